package org.caunoi.hub.enforcement.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which of this hub's cases to list: every field left null lets all through.
 *
 * @param text words the description contains, as written or without case and diacritics
 * @param sharedWith the code of a partner the case was shared with, whatever became of the share
 */
public record CaseFilter(@Nullable String category, @Nullable LocalDate from, @Nullable LocalDate to,
        @Nullable String unit, @Nullable String country, @Nullable Long operation, @Nullable String text,
        @Nullable String sharedWith) {

    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null, null, null, null);

    public CaseFilter(@Nullable String category, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String unit,
            @Nullable String country, @Nullable Long operation) {
        this(category, from, to, unit, country, operation, null, null);
    }

    /** The cases of a category (null: all of them) shared with a partner (null: shared or not). */
    public static CaseFilter of(@Nullable String category, @Nullable String sharedWith) {
        return new CaseFilter(category, null, null, null, null, null, null, sharedWith);
    }

    /** The same filter for every category: what facet counts are taken over. */
    public CaseFilter withoutCategory() {
        return withCategory(null);
    }

    CaseFilter withCategory(@Nullable String newCategory) {
        return new CaseFilter(newCategory, from, to, unit, country, operation, text, sharedWith);
    }

    Map<String, @Nullable Object> parameters() {
        Map<String, @Nullable Object> parameters = new HashMap<>();
        parameters.put("category", category);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("unit", unit);
        parameters.put("country", country);
        parameters.put("operation", operation);
        parameters.put("sharedWith", sharedWith);
        // LIKE's own wildcards in the words are taken literally.
        parameters.put("text", text == null || text.isBlank() ? null
                : "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        return parameters;
    }
}
