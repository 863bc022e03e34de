package org.caunoi.hub.platform.backup;

/** Names put into SQL text: catalog names are quoted as identifiers, never spliced in as they are. */
final class Sql {

    private Sql() {
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String columns(java.util.List<String> columns) {
        return String.join(", ", columns.stream().map(Sql::quote).toList());
    }
}
