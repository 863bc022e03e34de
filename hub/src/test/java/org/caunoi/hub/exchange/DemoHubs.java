package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.caunoi.hub.CauNoiApplication;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo network in one JVM: hubs VN and HK, each on its own data directory and port, sharing one
 * demo PKI folder, each knowing the other at its loopback endpoint. Ports are chosen up front so a
 * hub can be stopped and started again at the same address.
 */
final class DemoHubs {

    final Path pki = TestHub.newDataDir("demo-pki");
    final Path vnData = TestHub.newDataDir("vn");
    final Path hkData = TestHub.newDataDir("hk");
    final int vnPort = freePort();
    final int hkPort = freePort();

    ConfigurableApplicationContext startVn(String... extra) {
        return start("VN", vnData, vnPort, extra);
    }

    ConfigurableApplicationContext startHk(String... extra) {
        ConfigurableApplicationContext hub = start("HK", hkData, hkPort, extra);
        knowVietnam(port(hub));
        return hub;
    }

    ConfigurableApplicationContext start(String node, Path dataDir, int port, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--caunoi.node=" + node,
                "--caunoi.demo=true",
                "--caunoi.data-dir=" + dataDir,
                "--caunoi.demo-facts=" + TestHub.cooperationFacts(),
                "--caunoi.exchange.demo-pki=" + pki,
                "--caunoi.exchange.demo-network.VN=http://127.0.0.1:" + vnPort + "/as4",
                "--caunoi.exchange.demo-network.HK=http://127.0.0.1:" + hkPort + "/as4",
                "--caunoi.exchange.poll-interval=200ms",
                "--caunoi.exchange.first-retry=300ms",
                "--caunoi.exchange.max-retry=1s"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(CauNoiApplication.class).run(args.toArray(String[]::new));
    }

    /**
     * The facts loader creates the partners of Vietnam Customs only, so the HK hub learns Vietnam and
     * a mirror of the HK arrangement through the partners API. (A partners API for the demo network's
     * counterpart nodes would do this at start; see the exchange module's notes.)
     */
    static void knowVietnam(int port) {
        var liaison = HubClient.as(port, "liaison");
        if (liaison.get("/api/partners/VN").statusCode() == 200) {
            return;
        }
        assertThat(liaison.putJson("/api/partners/VN", """
                {"kind": "customs-administration", "isoCountry": "VN", "nameVi": "Tổng cục Hải quan Việt Nam",
                 "nameEn": "General Department of Vietnam Customs", "region": "southeast-asia"}""").statusCode()).isEqualTo(200);
        assertThat(liaison.postJson("/api/agreements", """
                {"kind": "administration-arrangement", "titleVi": "Thỏa thuận hỗ trợ lẫn nhau Hồng Kông – Việt Nam",
                 "titleEn": "Hong Kong – Viet Nam customs mutual assistance arrangement", "signedOn": "2013-06-28",
                 "status": "in-force", "parties": ["VN"],
                 "dataCategories": ["enforcement-nominal", "enforcement-non-nominal", "assistance-request",
                                    "certificate-of-origin", "cargo-information"],
                 "personalDataAllowed": true,
                 "purposes": ["risk-assessment", "investigation", "verification", "prosecution"]}""").statusCode())
                .isEqualTo(201);
    }

    static int port(ConfigurableApplicationContext hub) {
        return ((WebServerApplicationContext) hub).getWebServer().getPort();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
