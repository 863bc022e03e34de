/**
 * The {@code backup} and {@code restore} commands: the hub's whole state (its database, copied in
 * one consistent snapshot with PostgreSQL's COPY, and the files of its data directory, encrypted) in
 * one archive, and back into an empty data directory.
 */
@NullMarked
package org.caunoi.hub.platform.backup;

import org.jspecify.annotations.NullMarked;
