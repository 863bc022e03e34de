package org.caunoi.hub.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case references count on per year without a ceiling: the millionth case of a year is numbered
 * with seven digits and stored like any other (found by the million-case benchmark, where it
 * failed with a database error).
 */
@HubTest
class CaseReferencesTest extends HubTest.Base {

    // A year no other test records cases in: the counter is per year and the hub is shared.
    private static final int YEAR = 2199;

    @Autowired
    CaseStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aYearsMillionthCaseIsNumberedWithSevenDigitsAndStored() {
        // All in one transaction rolled back at the end: the shared hub keeps no case of this test.
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("INSERT INTO enforcement.reference_counter (year, last) VALUES (?, 999998)").param(YEAR).update();

            var references = store.nextReferences("VN", YEAR, 2);

            assertThat(references).containsExactly("VN-2199-999999", "VN-2199-1000000");
            // The database takes it (the check asked for six digits exactly before).
            int stored = jdbc.sql("""
                    INSERT INTO enforcement.case_record (reference, owning_unit, state, version, case_date, category, place,
                        quantity, unit, kg, content, created_by, created_at, updated_at)
                    VALUES ('VN-2199-1000000', 'DTCBL', 'active', 1, DATE '2199-01-01', 'drugs', 'VNHPH', 1, 'kg', 1,
                        '{}'::jsonb, 'investigator', now(), now())""").update();
            assertThat(stored).isEqualTo(1);
        });
    }
}
