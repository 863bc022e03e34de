package org.caunoi.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded server keeps what it commits: zonky starts PostgreSQL for tests, without fsync and
 * with asynchronous commits, and the hub turns both back on, or an acknowledged message could be lost.
 */
@HubTest
class EmbeddedDatabaseDurabilityTest extends HubTest.Base {

    @Autowired
    JdbcClient jdbc;

    @Test
    void commitsAreFlushedToDisk() {
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
    }
}
