package org.caunoi.hub.enforcement.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which of this hub's cases to list: every field left null lets all through.
 *
 * @param text words the description contains, as written or without case and diacritics
 */
public record CaseFilter(@Nullable String category, @Nullable LocalDate from, @Nullable LocalDate to,
        @Nullable String unit, @Nullable String country, @Nullable Long operation, @Nullable String text) {

    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null, null, null);

    public CaseFilter(@Nullable String category, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String unit,
            @Nullable String country, @Nullable Long operation) {
        this(category, from, to, unit, country, operation, null);
    }

    /** The same filter for every category: what facet counts are taken over. */
    public CaseFilter withoutCategory() {
        return withCategory(null);
    }

    CaseFilter withCategory(@Nullable String newCategory) {
        return new CaseFilter(newCategory, from, to, unit, country, operation, text);
    }

    Map<String, @Nullable Object> parameters() {
        Map<String, @Nullable Object> parameters = new HashMap<>();
        parameters.put("category", category);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("unit", unit);
        parameters.put("country", country);
        parameters.put("operation", operation);
        // LIKE's own wildcards in the words are taken literally.
        parameters.put("text", text == null || text.isBlank() ? null
                : "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        return parameters;
    }
}
