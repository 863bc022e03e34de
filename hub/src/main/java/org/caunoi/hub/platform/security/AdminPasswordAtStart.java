package org.caunoi.hub.platform.security;

import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.StartRefusedException;
import org.caunoi.hub.platform.database.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Outside demo mode, refuses what is wrong with the administrator's start options as soon as the
 * options are read, before the embedded database starts and migrations run: a password given at start
 * that the {@link PasswordPolicy} refuses, or none at the first start of a new data directory, where
 * no administrator can exist yet. Whether a later start has an administrator needs the database:
 * {@link AccountBootstrap} checks that. Registered in {@code META-INF/spring.factories}.
 *
 * <p>The password policy's first check reads zxcvbn's lists (0.4 to 0.9 s in all on this machine):
 * it runs beside the start while Spring reads the application's configuration, and the start waits
 * for its verdict only before the first bean is made, so still before any database.
 */
class AdminPasswordAtStart implements ApplicationListener<SpringApplicationEvent> {

    static final String ADMIN = "admin";

    private @Nullable CompletableFuture<Optional<PasswordPolicy.Weakness>> verdict;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            checkOptions(prepared);
        }
        else if (event instanceof ApplicationPreparedEvent prepared && verdict != null) {
            CompletableFuture<Optional<PasswordPolicy.Weakness>> pending = verdict;
            verdict = null;
            prepared.getApplicationContext().addBeanFactoryPostProcessor(beanFactory -> refuseFor(pending.join()));
        }
    }

    private void checkOptions(ApplicationEnvironmentPreparedEvent event) {
        Binder binder = Binder.get(event.getEnvironment());
        HubProperties hub = binder.bind("caunoi", HubProperties.class).orElse(null);
        if (hub == null || hub.demo()) {
            return;
        }
        if (!hub.adminPassword().isBlank()) {
            String password = hub.adminPassword();
            verdict = CompletableFuture.supplyAsync(() -> PasswordPolicy.check(ADMIN, password));
        }
        else if (newEmbeddedDatabase(binder, hub)) {
            throw AccountBootstrap.noAdministrator();
        }
    }

    /** Refuses the start when the policy refuses {@code password} for the administrator, saying what to fix. */
    static void refuseIfWeak(String password) {
        refuseFor(PasswordPolicy.check(ADMIN, password));
    }

    private static void refuseFor(Optional<PasswordPolicy.Weakness> weakness) {
        weakness.ifPresent(found -> {
            throw new StartRefusedException("The admin password given at start is refused: " + inEnglish(found),
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
