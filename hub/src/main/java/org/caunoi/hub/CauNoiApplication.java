package org.caunoi.hub;

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

    public static void main(String[] args) {
        if (args.length > 0 && "demo-pki".equals(args[0])) {
            DemoNetworkKeys.run(java.util.Arrays.asList(args).subList(1, args.length));
            return;
        }
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args));
        }
        SpringApplication.run(CauNoiApplication.class, args);
    }
}
