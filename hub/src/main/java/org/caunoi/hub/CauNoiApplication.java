package org.caunoi.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The customs cooperation hub: one Spring Boot application, one package per business module. */
@SpringBootApplication
public class CauNoiApplication {

    public static void main(String[] args) {
        SpringApplication.run(CauNoiApplication.class, args);
    }
}
