/** Officers, roles, sign-in and its throttle, and the rules of who may do what. */
@NullMarked
package org.caunoi.hub.platform.security;

import org.jspecify.annotations.NullMarked;
