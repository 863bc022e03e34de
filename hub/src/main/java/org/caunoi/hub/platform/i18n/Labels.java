package org.caunoi.hub.platform.i18n;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.caunoi.hub.platform.Codes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The name of an enum constant on screen, in the officer's language, from one key scheme:
 * {@code <module>.<enum>.<constant>} in kebab case, the module being the top package under the
 * application's ({@code partners.agreement-kind.mou} for {@code partners.AgreementKind.MOU},
 * {@code exchange.state.dead-letter} for {@code exchange.internal.OutboundMessage.State.DEAD_LETTER}).
 * Templates write {@code ${@labels.of(agreement.kind)}}; a value that arrives as a code (a form's
 * option, a state stored as text) is named with {@code ${@labels.of('partners.region', code)}}.
 */
@Component("labels")
public class Labels {

    /** {@code org.caunoi.hub}: modules are the packages right below it. */
    private static final String PLATFORM = "platform";
    private static final String APPLICATION_PACKAGE =
            Labels.class.getPackageName().substring(0, Labels.class.getPackageName().indexOf(".platform"));

    private final MessageSource messages;
    /** The modules whose bundles may name an audit entry's action or record type, platform first. */
    private final List<String> modules;

    Labels(MessageSource messages) throws IOException {
        this.messages = messages;
        List<String> found = new ArrayList<>(LanguageConfiguration.moduleNames());
        found.remove(PLATFORM);
        found.addFirst(PLATFORM);
        this.modules = List.copyOf(found);
    }

    /** The constant's name in the current request's language. */
    public String of(Enum<?> value) {
        return of(value, LocaleContextHolder.getLocale());
    }

    public String of(Enum<?> value, Locale locale) {
        return messages.getMessage(key(value), null, locale);
    }

    /**
     * The name of a constant given as its code (either {@code DEAD_LETTER} or {@code dead-letter}) within a
     * family; nothing for no code (a message without a data category, say).
     */
    public String of(String family, @Nullable String code) {
        return code == null ? "" : messages.getMessage(family + "." + kebab(code), null, LocaleContextHolder.getLocale());
    }

    /** The bundle key of a constant: {@code <module>.<enum>.<constant>}. */
    public static String key(Enum<?> value) {
        return family(value.getDeclaringClass()) + "." + kebab(value.name());
    }

    /**
     * The name of a code within a family when the bundles have one, else the code itself: for codes
     * that may arrive without a name (a refusal reason a partner sends, a column of an imported file).
     */
    public String orCode(String family, @Nullable String code) {
        return orCode(family, code, LocaleContextHolder.getLocale());
    }

    public String orCode(String family, @Nullable String code, Locale locale) {
        return code == null ? "" : Objects.requireNonNullElse(messages.getMessage(family + "." + kebab(code), null, code, locale), code);
    }

    /**
     * The name of a message type ({@code enforcement/CaseReport}) in the officer's language, from the
     * bundle of the module its service names ({@code enforcement.message-type.case-report}); the type
     * itself when no bundle names it (a type a partner's newer hub sends).
     */
    public String messageType(@Nullable String type) {
        if (type == null) {
            return "";
        }
        int slash = type.indexOf('/');
        if (slash < 0) {
            return type;
        }
        String key = messageTypeKey(type.substring(0, slash), type.substring(slash + 1));
        return Objects.requireNonNullElse(messages.getMessage(key, null, type, LocaleContextHolder.getLocale()), type);
    }

    /** {@code enforcement}, {@code CaseReport} → {@code enforcement.message-type.case-report}. */
    public static String messageTypeKey(String service, String action) {
        return service + ".message-type." + kebab(action.replaceAll("([a-z0-9])([A-Z])", "$1_$2"));
    }

    /**
     * The name of an audit entry's action: the shared verbs ({@code CREATE}, {@code READ}, ...) in
     * platform's bundle as {@code platform.audit-action.<code>}, a module's own actions in its bundle
     * as {@code <module>.audit-action.<code>}; the code itself when no bundle names it.
     */
    public String auditAction(@Nullable String code) {
        return audit("audit-action", code);
    }

    /** The name of an audit entry's record type, found as {@link #auditAction} finds an action's. */
    public String auditRecord(@Nullable String code) {
        return audit("audit-record", code);
    }

    private String audit(String family, @Nullable String code) {
        if (code == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        for (String module : modules) {
            String name = messages.getMessage(module + "." + family + "." + kebab(code), null, null, locale);
            if (name != null) {
                return name;
            }
        }
        return code;
    }

    /** The key prefix of an enum's constants, without the trailing dot: {@code partners.agreement-kind}. */
    public static String family(Class<? extends Enum<?>> type) {
        String packageName = type.getPackageName();
        if (!packageName.startsWith(APPLICATION_PACKAGE + ".")) {
            throw new IllegalArgumentException(type + " is not in a module of the hub");
        }
        String module = packageName.substring(APPLICATION_PACKAGE.length() + 1).split("\\.")[0];
        return module + "." + kebab(type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2"));
    }

    private static String kebab(String name) {
        return Codes.of(name);
    }
}
