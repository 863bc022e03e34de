package org.caunoi.hub;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.caunoi.hub.exchange.DemoNetworkKeys;
import org.caunoi.hub.platform.backup.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The customs cooperation hub: one Spring Boot application, one package per business module. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "CauNoi hub", sharedModules = "platform")
public class CauNoiApplication {

    static final String USAGE = """
            usage: java -jar caunoi-hub.jar [--name=value ...]
                     starts the hub in demo mode (demo accounts with the password 'demo', demo data)
                   java -jar caunoi-hub.jar --caunoi.demo=false --caunoi.admin-password=... [--name=value ...]
                     starts the hub in production mode
                   java -jar caunoi-hub.jar backup --to FILE [--caunoi.data-dir=DIR] [--password=...]
                   java -jar caunoi-hub.jar restore --from FILE --data-dir=DIR [--password=...]
                   java -jar caunoi-hub.jar demo-pki [--dir=DIR] [NODE ...]
                   java -jar caunoi-hub.jar --help""";

    private static final Set<String> HELP = Set.of("--help", "-h", "help");

    public static void main(String[] args) {
        String first = args.length == 0 ? "" : args[0];
        if (HELP.contains(first)) {
            System.out.println(USAGE);
            return;
        }
        // Anything else that is not an option is a command: a mistyped one must not start a (demo) hub.
        if (first.isEmpty() || first.startsWith("--")) {
            SpringApplication.run(CauNoiApplication.class, args);
            return;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (first) {
            case "demo-pki" -> DemoNetworkKeys.run(rest);
            case "backup", "restore" -> System.exit(BackupCommand.run(args));
            default -> {
                System.err.println("unknown command '" + first + "'");
                System.err.println(USAGE);
                System.exit(2);
            }
        }
    }
}
