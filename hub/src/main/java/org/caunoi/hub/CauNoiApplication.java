package org.caunoi.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** The customs cooperation hub: one Spring Boot application, one package per business module. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "CauNoi hub", sharedModules = "platform")
public class CauNoiApplication {

    public static void main(String[] args) {
        SpringApplication.run(CauNoiApplication.class, args);
    }
}
