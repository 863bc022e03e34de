package org.caunoi.hub.platform;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps production data out of demo mode. The first start outside demo mode that has an administrator
 * marks the database as used in production ({@code platform.production_use}); a start in demo mode on a marked database is
 * refused here, before the demo's accounts, data or keys reach it. The mark lives in the database, so a
 * backup carries it to the restored hub, and an external database keeps it as the embedded one does.
 * What the demo sets up while the context starts depends on this bean ({@link #BEAN}); the rest runs
 * after the context, and so this check, is up.
 *
 * <p>Outside demo mode it also makes sure the hub knows which administration it is: {@code caunoi.node}
 * (VN when not given) names its case and request references, its AS4 MessageIds and its backups. A new
 * production hub (data not yet marked) without {@code --caunoi.node} is refused, so that Lao PDR's hub
 * does not number its cases VN-…; on data already marked, which a Vietnamese hub of an earlier release
 * made without the option, the default VN stands and a warning says to give it.
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

    ProductionUse(HubProperties properties, DataSource dataSource, Environment environment) {
        this.jdbc = JdbcClient.create(dataSource);
        this.usedInProduction = jdbc.sql("SELECT count(*) FROM " + MARK_TABLE).query(Long.class).single() > 0;
        if (properties.demo() && usedInProduction) {
            throw new StartRefusedException("This hub's data has been used in production and the hub was started in "
                    + "demo mode, which would add demo accounts (password 'demo'), demo data and demo keys to it.",
                    "Add --caunoi.demo=false to the command line (or CAUNOI_DEMO=false to the environment).");
        }
        if (!properties.demo() && !nodeGiven(environment)) {
            if (!usedInProduction) {
                throw new StartRefusedException("Outside demo mode the hub must be told which administration it is: "
                        + "--caunoi.node was not given, and the hub would call itself " + properties.node()
                        + " (Vietnam Customs) in its case references (" + properties.node() + "-2026-000001), its AS4 MessageIds (…@"
                        + properties.node().toLowerCase(java.util.Locale.ROOT) + ".caunoi), its party id and its backups.",
                        "Add --caunoi.node=CODE, your administration's ISO 3166 country code (--caunoi.node=LA for "
                        + "Lao PDR, --caunoi.node=VN for Vietnam), to the command line (or CAUNOI_NODE=CODE to the environment).");
            }
            log.warn("--caunoi.node is not given: this hub is {}, the default, as its data has been since its first start "
                    + "in production. Add --caunoi.node={} to the command line (or CAUNOI_NODE={} to the environment) to say so.",
                    properties.node(), properties.node(), properties.node());
        }
    }

    /** Whether the node is set (command line, environment, configuration file), not left to the default. */
    private static boolean nodeGiven(Environment environment) {
        String node = environment.getProperty("caunoi.node");
        return node != null && !node.isBlank();
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
