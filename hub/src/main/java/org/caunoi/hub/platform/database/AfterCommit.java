package org.caunoi.hub.platform.database;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs something once the current transaction has committed, e.g. wakes a worker for the rows it just wrote. */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** After the commit when a transaction is active (never after a rollback); otherwise at once. */
    public static void run(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
