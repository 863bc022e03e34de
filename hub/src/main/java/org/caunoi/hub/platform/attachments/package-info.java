/**
 * One store for the documents and photos modules attach to their records: type checked by the
 * bytes, size limited, hashed, audited, kept in the database with everything else.
 */
@NullMarked
package org.caunoi.hub.platform.attachments;

import org.jspecify.annotations.NullMarked;
