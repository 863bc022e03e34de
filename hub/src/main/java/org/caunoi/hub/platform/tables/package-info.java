/**
 * Tables in and out: any list exported to CSV or XLSX with headers in the officer's language, and
 * CSV or XLSX files imported row by row with a report of every problem by line and column.
 */
@NullMarked
package org.caunoi.hub.platform.tables;

import org.jspecify.annotations.NullMarked;
