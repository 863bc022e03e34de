/**
 * Notifications to officers: in the hub (the bell and its unread count), by e-mail when an SMTP
 * server is configured, and reminders delivered when the hub's clock reaches their time.
 */
@NullMarked
package org.caunoi.hub.platform.notifications;

import org.jspecify.annotations.NullMarked;
