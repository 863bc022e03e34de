package org.caunoi.hub.platform.security;

import java.nio.file.Files;
import java.util.Locale;

import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.StartRefusedException;
import org.caunoi.hub.platform.database.EmbeddedDatabase;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Outside demo mode, refuses what is wrong with the administrator's start options as soon as the
 * options are read, before the embedded database starts and migrations run: a password given at start
 * that the {@link PasswordPolicy} refuses, or none at the first start of a new data directory, where
 * no administrator can exist yet. Whether a later start has an administrator needs the database:
 * {@link AccountBootstrap} checks that. Registered in {@code META-INF/spring.factories}.
 */
class AdminPasswordAtStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String ADMIN = "admin";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Binder binder = Binder.get(event.getEnvironment());
        HubProperties hub = binder.bind("caunoi", HubProperties.class).orElse(null);
        if (hub == null || hub.demo()) {
            return;
        }
        if (!hub.adminPassword().isBlank()) {
            refuseIfWeak(hub.adminPassword());
        }
        else if (newEmbeddedDatabase(binder, hub)) {
            throw AccountBootstrap.noAdministrator();
        }
    }

    /** Refuses the start when the policy refuses {@code password} for the administrator, saying what to fix. */
    static void refuseIfWeak(String password) {
        PasswordPolicy.check(ADMIN, password).ifPresent(weakness -> {
            throw new StartRefusedException("The admin password given at start is refused: " + inEnglish(weakness),
                    "Give another with --caunoi.admin-password=... or the environment variable CAUNOI_ADMIN_PASSWORD.");
        });
    }

    /** The hub would create its embedded database now: there is no account in it yet. */
    private static boolean newEmbeddedDatabase(Binder binder, HubProperties hub) {
        boolean external = !binder.bind("spring.datasource.url", String.class).orElse("").isBlank();
        return !external && hub.embeddedDb().enabled()
                && !Files.exists(EmbeddedDatabase.pgDirectory(hub.dataPath()).resolve("postgresql.conf"));
    }

    /** The sentence officers read for the same weakness, as the operator reads the rest of the start's messages. */
    private static String inEnglish(PasswordPolicy.Weakness weakness) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/platform/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages.getMessage(weakness.messageKey(), weakness.arguments(), Locale.ENGLISH);
    }
}
