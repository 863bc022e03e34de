package org.caunoi.hub.platform.tables;

/**
 * A column of a table: its stable name (what an import may carry as its header) and the message key
 * of its header in the officer's language (what an export writes, and an import accepts too).
 *
 * @param optional whether an import takes a file without the column (its cells read as empty): a column added
 *        after files were made from the earlier template
 */
public record TableColumn(String name, String headerKey, boolean optional) {

    /** A column every imported file must have. */
    public TableColumn(String name, String headerKey) {
        this(name, headerKey, false);
    }
}
