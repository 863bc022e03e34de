package org.caunoi.hub.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.caunoi.hub.platform.reference.CountryNames;
import org.jspecify.annotations.Nullable;

/**
 * What makes two cases one seizure in a customs officer's eyes: the same day, the same place, the same
 * goods (category and description, and the HS code where both give one), the same quantity in the same
 * unit, and the same detecting unit where both name one. Texts are compared as the hub compares names
 * typed by hand ({@link CountryNames#normalised}: case, diacritics, spaces and punctuation aside), so a
 * sheet typed again for a case already entered is recognised, and one differing in quantity is not.
 */
record SameSeizure(LocalDate date, String place, String category, String goods, @Nullable String hsCode,
        @Nullable BigDecimal quantity, @Nullable String unit, @Nullable String detectingUnit) {

    /** The seizure a checked case describes; null without a date, which a checked case always has. */
    static @Nullable SameSeizure of(CaseInput input) {
        if (input.date() == null) {
            return null;
        }
        CaseInput.Quantity quantity = input.quantity();
        return new SameSeizure(input.date(),
                (input.placeKind() == null ? "port" : input.placeKind()) + ":" + normalised(input.place()),
                normalised(input.category()), normalised(input.description()), blankless(input.hsCode()),
                quantity == null || quantity.value() == null ? null : quantity.value().stripTrailingZeros(),
                quantity == null ? null : blankless(quantity.unit()), blankless(input.detectingUnit()));
    }

    /** The fields both must share, whatever else they give: where candidates are looked up. */
    String key() {
        return date + "|" + place + "|" + category + "|" + goods + "|" + quantity + "|" + unit;
    }

    boolean same(SameSeizure other) {
        return key().equals(other.key()) && agree(hsCode, other.hsCode) && agree(detectingUnit, other.detectingUnit);
    }

    /** Equal where both are given: a field one of the two left out proves nothing either way. */
    private static boolean agree(@Nullable String one, @Nullable String other) {
        return one == null || other == null || one.equals(other);
    }

    private static String normalised(@Nullable String text) {
        return text == null ? "" : CountryNames.normalised(text);
    }

    private static @Nullable String blankless(@Nullable String text) {
        String normalised = normalised(text);
        return normalised.isEmpty() ? null : normalised;
    }

    /** A stored case's seizure, from the columns and content the case list reads. */
    static SameSeizure stored(LocalDate date, @Nullable String placeKind, String place, String category,
            @Nullable String description, @Nullable String hsCode, @Nullable BigDecimal quantity, @Nullable String unit,
            @Nullable String detectingUnit) {
        return Objects.requireNonNull(of(new CaseInput(date, place, placeKind, detectingUnit, null, category, hsCode,
                description, quantity == null && unit == null ? null : new CaseInput.Quantity(quantity, unit, null), null,
                null, null, null, null, null, null, null, null)), "a date is given");
    }
}
