package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * Hostile payloads as the receiving hub checks them after decryption, before storing anything:
 * whatever the bytes, the schema check answers "follows" or "does not, because ..." with a reason
 * short enough for an ebMS error and the audit trail; it never throws, hangs or runs out of memory.
 * Seeds in {@code PayloadSchemaFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes (docs/benchmarks.md).
 */
@Tag("fuzz")
class PayloadSchemaFuzzTest {

    /** Every JSON schema a hub of this release checks inbound payloads against. */
    static final List<PayloadSchema> JSON_SCHEMAS = List.of(
            PayloadSchema.json("enforcement/schemas/case-report-2.schema.json"),
            PayloadSchema.json("enforcement/schemas/operation-alert-2.schema.json"),
            PayloadSchema.json("assistance/schemas/request-1.schema.json"),
            PayloadSchema.json("assistance/schemas/answer-1.schema.json"),
            PayloadSchema.json("assistance/schemas/reminder-1.schema.json"),
            PayloadSchema.json("assistance/schemas/reminder-2.schema.json"));

    static final PayloadSchema PING = PayloadSchema.xml("exchange/schemas/ping-1.xsd");

    /** Five problems at most are named; each is a location and a sentence, not the payload echoed back. */
    static final int LONGEST_REASON = 4_000;

    @FuzzTest(maxDuration = "2m")
    void anyJsonPayloadFollowsItsSchemaOrIsRefusedWithAShortReason(byte[] payload) {
        for (PayloadSchema schema : JSON_SCHEMAS) {
            checkReason(schema.problemWith(payload));
        }
    }

    @FuzzTest(maxDuration = "2m")
    void anyXmlPayloadFollowsItsSchemaOrIsRefusedWithAShortReason(byte[] payload) {
        checkReason(PING.problemWith(payload));
    }

    private static void checkReason(Optional<String> problem) {
        problem.ifPresent(reason -> assertThat(reason).isNotBlank().hasSizeLessThanOrEqualTo(LONGEST_REASON));
    }
}
