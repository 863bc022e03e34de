package org.caunoi.hub.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cases' GIN indexes keep no pending list: with one, every search through the index read the
 * whole list, and an import finding its persons again by document number slowed as it went
 * (1,538 ms for a sheet's thousand numbers with the list full, 6 ms without; enforcement V9).
 */
@HubTest
class GinIndexesTest extends HubTest.Base {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyGinIndexOfTheEnforcementSchemaHasItsPendingListTurnedOff() {
        var ginIndexes = jdbc.sql("""
                SELECT c.relname, coalesce(array_to_string(c.reloptions, ','), '') AS options
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam
                WHERE a.amname = 'gin' AND n.nspname = 'enforcement' ORDER BY c.relname""")
                .query((rs, n) -> rs.getString("relname") + " " + rs.getString("options")).list();

        assertThat(ginIndexes).isNotEmpty().allSatisfy(index -> assertThat(index).contains("fastupdate=off"));
    }
}
