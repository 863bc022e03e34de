package org.caunoi.hub.platform.tables;

/**
 * A column of a table: its stable name (what an import may carry as its header) and the message key
 * of its header in the officer's language (what an export writes, and an import accepts too). An
 * import needs every column in the file's header, except an optional one, whose cells then read empty.
 */
public record TableColumn(String name, String headerKey, boolean optional) {

    public TableColumn(String name, String headerKey) {
        this(name, headerKey, false);
    }

    /** A column an import reads when the file has it (an export's reference) and does without otherwise. */
    public static TableColumn optional(String name, String headerKey) {
        return new TableColumn(name, headerKey, true);
    }
}
