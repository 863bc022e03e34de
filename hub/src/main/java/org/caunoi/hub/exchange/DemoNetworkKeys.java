package org.caunoi.hub.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.caunoi.hub.exchange.internal.demo.DemoPki;
import org.caunoi.hub.exchange.internal.ExchangeProperties;

/**
 * The {@code demo-pki} command: creates the demo network's CA and one key pair and certificate per
 * node in a folder, without starting a hub. Demo hubs create the same on their first start when it
 * is missing; the command is for looking at the keys first, or handing them to a partner's test hub.
 */
public final class DemoNetworkKeys {

    private DemoNetworkKeys() {
    }

    /** {@code demo-pki [--dir=DIR] [NODE ...]}: by default ./demo-pki and the nodes of the demo network (VN, HK, LA). */
    public static void run(List<String> arguments) {
        Path folder = Path.of("demo-pki");
        List<String> nodes = new java.util.ArrayList<>();
        for (String argument : arguments) {
            if (argument.startsWith("--dir=")) {
                folder = Path.of(argument.substring("--dir=".length()));
            }
            else if (argument.matches("[A-Z]{2,8}")) {
                nodes.add(argument);
            }
            else {
                throw new IllegalArgumentException("Unknown argument '" + argument
                        + "'. Usage: demo-pki [--dir=DIR] [NODE ...], nodes in capitals, e.g. VN HK");
            }
        }
        if (nodes.isEmpty()) {
            nodes = List.copyOf(ExchangeProperties.defaultDemoNetwork().keySet());
        }
        new DemoPki(folder.toAbsolutePath(), ExchangeProperties.DEMO_KEYSTORE_PASSWORD, Clock.systemUTC()).ensure(nodes);
        System.out.println("Demo CA and keys of " + String.join(", ", nodes) + " are in " + folder.toAbsolutePath()
                + " (PKCS#12 files, password " + ExchangeProperties.DEMO_KEYSTORE_PASSWORD + "; certificates as .pem).");
    }
}
