package org.caunoi.hub.platform.backup;

import java.nio.file.Path;
import java.util.List;

import org.caunoi.hub.platform.HubProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The hub's settings as the hub itself reads them (the command line, the environment, application.yml
 * and Spring's config files, with Spring Boot's own config-data loading and binding), without starting
 * an application context: the data directory, the node, and the external database when one is configured.
 *
 * @param datasourceUrl {@code spring.datasource.url}; null for the embedded database
 */
record CommandSettings(Path dataDirectory, String node, @Nullable String datasourceUrl, @Nullable String username,
        @Nullable String password) {

    static CommandSettings read(List<String> arguments) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(arguments.toArray(String[]::new)));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        ConfigurationPropertySources.attach(environment);
        HubProperties hub = Binder.get(environment).bindOrCreate("caunoi", HubProperties.class);
        String url = environment.getProperty("spring.datasource.url");
        return new CommandSettings(hub.dataPath(), hub.node(), url == null || url.isBlank() ? null : url,
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
    }

    /**
     * For a command run as its own process: progress lines only, not the log of the libraries it uses
     * (the embedded server's output, Flyway's steps); warnings and errors still show.
     */
    static void quietLogging() {
        LoggingSystem logging = LoggingSystem.get(CommandSettings.class.getClassLoader());
        logging.beforeInitialize();
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
    }
}
