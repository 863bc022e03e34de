package org.caunoi.hub.platform.database;

import java.util.Arrays;
import java.util.List;

import org.caunoi.hub.platform.StartRefusedException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a database a newer release has migrated: Flyway itself only warns that the
 * schema is newer than its latest migration and carries on, and this release would then work on
 * tables it does not know. Runs before each module's migration (Spring Modulith runs Flyway once per
 * module, with Boot's configuration and so with this callback).
 */
@Component
class DatabaseFromANewerRelease implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        List<MigrationInfo> future = Arrays.stream(Flyway.configure().configuration(context.getConfiguration()).load().info().applied())
                .filter(applied -> applied.getState() == MigrationState.FUTURE_SUCCESS
                        || applied.getState() == MigrationState.FUTURE_FAILED)
                .toList();
        if (!future.isEmpty()) {
            MigrationInfo newest = future.getLast();
            throw new StartRefusedException("This release of the hub is older than its database: a newer release migrated it"
                    + " (" + context.getConfiguration().getTable() + " is at version " + newest.getVersion() + ", \""
                    + newest.getDescription() + "\", which this release does not have).",
                    "Start the newer release again, or restore with this release the backup taken before the upgrade.");
        }
    }

    @Override
    public String getCallbackName() {
        return getClass().getSimpleName();
    }
}
