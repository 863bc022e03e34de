/**
 * Officers' accounts as administrators manage them (create, change, disable, reset a password) and
 * as officers keep them (their own password), on screen and in the API.
 */
@NullMarked
package org.caunoi.hub.platform.accounts;

import org.jspecify.annotations.NullMarked;
