package org.caunoi.hub.exchange.internal.versions;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A payload schema's version as its name carries it: {@code case-report-2.schema.json} is version 2,
 * {@code ping-1.xsd} version 1, on the class path and at a hub's {@code /schemas/…} address alike.
 */
final class SchemaVersion {

    private static final Pattern VERSIONED = Pattern.compile("-(\\d{1,4})\\.(?:schema\\.json|xsd)$");

    private SchemaVersion() {
    }

    static OptionalInt of(String schemaName) {
        Matcher matcher = VERSIONED.matcher(schemaName);
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }
}
