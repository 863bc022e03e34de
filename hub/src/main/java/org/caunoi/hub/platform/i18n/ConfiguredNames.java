package org.caunoi.hub.platform.i18n;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Names that come from the hub's configuration rather than from the bundles (an organisational unit's),
 * looked up by a bundle key after the bundles have none, so that {@link Labels} and stored sentences
 * name them as they name everything else.
 */
public interface ConfiguredNames {

    /** The name the key stands for in the language, or null when it is none of these. */
    @Nullable String named(String key, Locale locale);
}
