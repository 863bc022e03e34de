package org.caunoi.hub.enforcement.internal;

import java.util.Locale;

import org.caunoi.hub.platform.i18n.Sentences;
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

    /**
     * The name as an argument of a stored sentence (a notification, an audit entry): both names kept, each
     * language's already fallen back, so it is named in the reader's language when read.
     */
    public static String inSentence(@Nullable String name, @Nullable String nameVi) {
        return Sentences.of("enforcement.operation-name", in(Locale.ENGLISH, name, nameVi),
                in(Locale.forLanguageTag("vi"), name, nameVi));
    }
}
