package org.caunoi.hub.platform.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.web.Times;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sentence the hub stores for officers to read later (an audit entry's details, a step in a
 * request's history), kept as its bundle key and arguments, not as English text, and worded in the
 * reader's language when shown: {@code Sentences.of("enforcement.audit-details.version", 3)} is stored
 * as {@code {"key":"enforcement.audit-details.version","args":["3"]}}. An argument that is itself a
 * stored sentence ({@code Sentences.of(Labels.key(kind))}: a code's name) is worded too. Text stored before, or by
 * something that is not a sentence of ours, is shown as it is. A moment stored as an argument (an
 * {@link Instant}, kept as ISO text) is shown in the officers' time zone and a day as the reader writes it,
 * as {@link Times} shows them on every screen.
 */
@Component("sentences")
public class Sentences {

    /** An argument longer than this is cut: a stored sentence stays small and its JSON whole. */
    static final int ARGUMENT_LIMIT = 300;
    private static final String START = "{\"key\":\"";
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Pattern ISO_MOMENT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");

    private final MessageSource messages;
    private final Times times;

    public Sentences(MessageSource messages, Times times) {
        this.messages = messages;
        this.times = times;
    }

    /**
     * An argument shown by its name in the reader's language: a code (a data category, a role, a
     * message type) stored with the key of its name, and shown as the code where no bundle names it.
     */
    public record Name(String key, String code) {

        /** A constant by its name, {@code <module>.<enum>.<constant>} as {@link Labels} names it. */
        public static Name of(Enum<?> value) {
            return new Name(Labels.key(value), Codes.of(value));
        }

        /** A code within a family ({@code partners.data-category}, {@code enforcement-nominal}). */
        public static Name of(String family, String code) {
            return new Name(family + "." + Codes.of(code), code);
        }
    }

    /**
     * The stored form of a sentence: its key and its arguments, as text, a {@link Name}, or a list of names and
     * sentences (shown one after the other, separated by commas).
     */
    public static String of(String key, Object... arguments) {
        List<Object> args = Arrays.stream(arguments).map(argument -> {
            if (argument instanceof Name name) {
                return stored(name);
            }
            if (argument instanceof List<?> list && !list.isEmpty()
                    && list.stream().allMatch(item -> item instanceof Name || item instanceof String)) {
                // Names and sentences alike, each worded when read: partners named in the reader's language.
                return (Object) list.stream().map(item -> item instanceof Name name ? stored(name) : cut((String) item)).toList();
            }
            return cut(String.valueOf(argument));
        }).toList();
        // In this order, always: the stored text is hashed into the audit chain, and read back by its start.
        Map<String, Object> sentence = new LinkedHashMap<>();
        sentence.put("key", key);
        sentence.put("args", args);
        return JSON.writeValueAsString(sentence);
    }

    /** A sentence as an argument is whole or nothing; its own arguments are cut already. */
    private static String cut(String text) {
        return text.length() > ARGUMENT_LIMIT && !text.startsWith(START) ? text.substring(0, ARGUMENT_LIMIT) + "…" : text;
    }

    private static Object stored(Name name) {
        Map<String, String> named = new LinkedHashMap<>();
        named.put("name", name.key());
        named.put("code", name.code());
        return named;
    }

    /** The stored text in the current request's language. */
    public String render(@Nullable String stored) {
        return render(stored, LocaleContextHolder.getLocale());
    }

    /** The sentence in the language, or the stored text itself when it is no sentence of ours. */
    public String render(@Nullable String stored, Locale locale) {
        if (stored == null || !stored.startsWith(START)) {
            return stored == null ? "" : stored;
        }
        try {
            Map<?, ?> sentence = JSON.readValue(stored, Map.class);
            if (sentence.get("key") instanceof String key && sentence.get("args") instanceof List<?> args) {
                Object[] worded = args.stream().map(argument -> worded(argument, locale)).toArray();
                return java.util.Objects.requireNonNullElse(messages.getMessage(key, worded, stored, locale), stored);
            }
        }
        catch (JacksonException notOurs) {
            // Shown as stored, below.
        }
        return stored;
    }

    /**
     * A message whose arguments may be stored sentences (a partner's name kept in both languages) or
     * plain text: each argument worded in the language, then the message.
     */
    public String render(String key, List<?> arguments, Locale locale) {
        Object[] worded = arguments.stream().map(argument -> worded(argument, locale)).toArray();
        return messages.getMessage(key, worded, locale);
    }

    private Object worded(@Nullable Object argument, Locale locale) {
        if (argument instanceof String text && text.startsWith(START)) {
            // An argument that is itself a stored sentence is worded in the same language.
            return render(text, locale);
        }
        if (argument instanceof Map<?, ?> named && named.get("name") instanceof String key && named.get("code") instanceof String code) {
            return java.util.Objects.requireNonNullElse(messages.getMessage(key, null, code, locale), code);
        }
        if (argument instanceof List<?> names) {
            return names.stream().map(name -> String.valueOf(worded(name, locale))).collect(java.util.stream.Collectors.joining(", "));
        }
        if (argument instanceof Instant instant) {
            return times.format(instant, locale);
        }
        if (argument instanceof OffsetDateTime time) {
            return times.format(time.toInstant(), locale);
        }
        if (argument instanceof LocalDate day) {
            return Times.date(day, locale);
        }
        if (argument instanceof String text) {
            return when(text, locale);
        }
        return String.valueOf(argument);
    }

    /** Text that is a moment or a day in ISO form, as the reader's screens show it; any other text as it is. */
    private String when(String text, Locale locale) {
        try {
            if (ISO_MOMENT.matcher(text).matches()) {
                return times.format(OffsetDateTime.parse(text).toInstant(), locale);
            }
            if (ISO_DAY.matcher(text).matches()) {
                return Times.date(LocalDate.parse(text), locale);
            }
        }
        catch (DateTimeParseException notADate) {
            // Shown as stored, below.
        }
        return text;
    }
}
