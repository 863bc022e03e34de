package org.caunoi.hub.platform.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.caunoi.hub.platform.HubProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The hub's settings as the hub itself would read them (application.yml, the command line, the
 * environment, Spring's config files), read by a small Spring context that starts nothing else: the
 * data directory, the node, and the external database when one is configured.
 *
 * @param datasourceUrl {@code spring.datasource.url}; null for the embedded database
 */
record CommandSettings(Path dataDirectory, String node, @Nullable String datasourceUrl, @Nullable String username,
        @Nullable String password) {

    static CommandSettings read(List<String> arguments) {
        var application = new SpringApplicationBuilder(Binding.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                // Progress lines, not the log of the libraries the commands use; --logging.level.root=info shows it.
                .properties(Map.of("logging.level.root", "warn"));
        try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
            HubProperties hub = context.getBean(HubProperties.class);
            Environment environment = context.getEnvironment();
            String url = environment.getProperty("spring.datasource.url");
            return new CommandSettings(hub.dataPath(), hub.node(), url == null || url.isBlank() ? null : url,
                    environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
        }
    }

    /** Binds the hub's properties and nothing else (no component scan, no auto-configuration). */
    @EnableConfigurationProperties(HubProperties.class)
    static class Binding {
    }
}
