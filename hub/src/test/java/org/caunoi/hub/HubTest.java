package org.caunoi.hub;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole hub on a random port, on a fresh embedded PostgreSQL, in demo mode with its built-in demo data:
 * what a new user gets. Test classes with this annotation share one running hub.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = CauNoiApplication.class)
public @interface HubTest {

    /** Registers the data directory and demo mode; every {@link HubTest} class extends this. */
    abstract class Base {
        @DynamicPropertySource
        static void hubProperties(DynamicPropertyRegistry registry) {
            registry.add("caunoi.data-dir", () -> TestHub.dataDir().toString());
            registry.add("caunoi.demo", () -> "true");
        }
    }
}
