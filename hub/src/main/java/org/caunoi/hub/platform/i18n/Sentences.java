package org.caunoi.hub.platform.i18n;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * something that is not a sentence of ours, is shown as it is.
 */
@Component("sentences")
public class Sentences {

    /** An argument longer than this is cut: a stored sentence stays small and its JSON whole. */
    static final int ARGUMENT_LIMIT = 300;
    private static final String START = "{\"key\":\"";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final MessageSource messages;

    Sentences(MessageSource messages) {
        this.messages = messages;
    }

    /** The stored form of a sentence: its key and its arguments as text. */
    public static String of(String key, Object... arguments) {
        List<String> args = Arrays.stream(arguments).map(argument -> {
            String text = String.valueOf(argument);
            // A sentence as an argument is whole or nothing; its own arguments are cut already.
            return text.length() > ARGUMENT_LIMIT && !text.startsWith(START) ? text.substring(0, ARGUMENT_LIMIT) + "…" : text;
        }).toList();
        // In this order, always: the stored text is hashed into the audit chain, and read back by its start.
        Map<String, Object> sentence = new LinkedHashMap<>();
        sentence.put("key", key);
        sentence.put("args", args);
        return JSON.writeValueAsString(sentence);
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
                // An argument that is itself a stored sentence (a code's name, say) is worded in the same language.
                Object[] worded = args.stream().map(argument -> argument instanceof String text && text.startsWith(START)
                        ? render(text, locale) : argument).toArray();
                return java.util.Objects.requireNonNullElse(messages.getMessage(key, worded, stored, locale), stored);
            }
        }
        catch (JacksonException notOurs) {
            // Shown as stored, below.
        }
        return stored;
    }
}
