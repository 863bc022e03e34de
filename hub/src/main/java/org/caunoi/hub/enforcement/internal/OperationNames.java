package org.caunoi.hub.enforcement.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Which of a joint operation's two names a reader sees: the Vietnamese one on Vietnamese screens and the
 * English one elsewhere, each falling back to the other where an operation has only one.
 */
public final class OperationNames {

    private OperationNames() {
    }

    /** The name for a reader of that language; empty only when the operation has neither. */
    public static String in(Locale locale, @Nullable String name, @Nullable String nameVi) {
        boolean vietnamese = "vi".equals(locale.getLanguage());
        String preferred = vietnamese ? nameVi : name;
        String other = vietnamese ? name : nameVi;
        return preferred != null ? preferred : other != null ? other : "";
    }
}
