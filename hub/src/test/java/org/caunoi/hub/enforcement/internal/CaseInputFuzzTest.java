package org.caunoi.hub.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.caunoi.hub.platform.reference.CountryNames;
import org.caunoi.hub.platform.problem.ApiJson;
import org.caunoi.hub.platform.reference.HsNomenclature;
import org.caunoi.hub.platform.reference.SeaPorts;
import org.junit.jupiter.api.Tag;
import org.springframework.context.support.StaticMessageSource;
import tools.jackson.core.JacksonException;

/**
 * Hostile bodies for {@code POST /api/enforcement/cases}, taken through the steps the hub takes
 * before storing a case: Boot's JSON binding, then {@link CaseChecks}. Each body is refused as
 * unreadable (400 naming the field) or with its faults by field, or gives the case as it would be
 * stored, which writes back to JSON; never another exception (a {@code null} in a list included).
 * Seeds in {@code CaseInputFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
@Tag("fuzz")
class CaseInputFuzzTest {

    private final CaseChecks checks = new CaseChecks(new HsNomenclature(), new PortNames(new SeaPorts(ApiJson.mapper())),
            new CountryNames(new StaticMessageSource()),
            Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneOffset.UTC));

    @FuzzTest(maxDuration = "2m")
    void anyCaseBodyIsRefusedByFieldOrGivesTheCaseToStore(byte[] body) {
        CaseInput input;
        try {
            input = ApiJson.mapper().readValue(body, CaseInput.class);
        }
        catch (JacksonException unreadable) {
            return;
        }
        if (input == null) {
            return;
        }
        CaseInput stored;
        try {
            stored = checks.checked(input);
        }
        catch (InvalidInputException refused) {
            assertThat(refused.fieldErrors()).isNotEmpty().allSatisfy(error -> assertThat(error.field()).isNotBlank());
            return;
        }
        assertThat(stored.date()).isNotNull();
        assertThat(stored.place()).isNotBlank();
        assertThat(stored.description()).isNotBlank();
        assertThat(ApiJson.mapper().writeValueAsBytes(stored)).isNotEmpty();
    }
}
