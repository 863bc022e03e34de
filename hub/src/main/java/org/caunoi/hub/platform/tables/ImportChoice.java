package org.caunoi.hub.platform.tables;

/** What to take from a file with problems: nothing (the default), or its rows without problems. */
public enum ImportChoice {
    ALL_OR_NOTHING,
    VALID_ROWS_ONLY
}
