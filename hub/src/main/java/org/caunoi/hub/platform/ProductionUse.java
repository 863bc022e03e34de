package org.caunoi.hub.platform;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps production data out of demo mode. The first start outside demo mode that has an administrator
 * marks the database as used in production ({@code platform.production_use}); a start in demo mode on a marked database is
 * refused here, before the demo's accounts, data or keys reach it. The mark lives in the database, so a
 * backup carries it to the restored hub, and an external database keeps it as the embedded one does.
 * What the demo sets up while the context starts depends on this bean ({@link #BEAN}); the rest runs
 * after the context, and so this check, is up.
 */
@Component
@DependsOnDatabaseInitialization
public class ProductionUse {

    private static final Logger log = LoggerFactory.getLogger(ProductionUse.class);

    public static final String BEAN = "productionUse";

    /** The table of the mark, as the backup names it. */
    public static final String MARK_TABLE = "platform.production_use";

    private final JdbcClient jdbc;
    private final boolean usedInProduction;

    ProductionUse(HubProperties properties, DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.usedInProduction = jdbc.sql("SELECT count(*) FROM " + MARK_TABLE).query(Long.class).single() > 0;
        if (properties.demo() && usedInProduction) {
            throw new StartRefusedException("This hub's data has been used in production and the hub was started in "
                    + "demo mode, which would add demo accounts (password 'demo'), demo data and demo keys to it.",
                    "Add --caunoi.demo=false to the command line (or CAUNOI_DEMO=false to the environment).");
        }
    }

    /**
     * Marks the data as used in production, once: called at a start outside demo mode when it is sure to
     * go on (it has an administrator), so that a refused start leaves a demo data directory as it was.
     */
    public void markUsedInProduction() {
        if (!usedInProduction) {
            jdbc.sql("INSERT INTO " + MARK_TABLE + " (marked_at) VALUES (now()) ON CONFLICT DO NOTHING").update();
            log.info("This hub's data is now marked as used in production: it will not start in demo mode again.");
        }
    }
}
