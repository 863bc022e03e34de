package org.caunoi.hub.platform.tables;

/**
 * A column of a table: its stable name (what an import may carry as its header) and the message key
 * of its header in the officer's language (what an export writes, and an import accepts too).
 */
public record TableColumn(String name, String headerKey) {
}
