package org.caunoi.hub.platform.backup;

/** A backup or restore that cannot go ahead, with a message that says what to fix; nothing was written. */
final class BackupRefusedException extends Exception {

    BackupRefusedException(String message) {
        super(message);
    }

    BackupRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
