package org.caunoi.hub.partners.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.caunoi.hub.partners.Agreement;
import org.caunoi.hub.platform.problem.ApiJson;
import org.junit.jupiter.api.Tag;
import org.springframework.validation.BeanPropertyBindingResult;
import tools.jackson.core.JacksonException;

/**
 * Hostile bodies for {@code POST /api/agreements}, taken through the steps the controller takes:
 * Boot's JSON binding, Bean Validation, the code checks, then the agreement. Each body stops at one
 * of the steps that answer 400 naming the field, or gives a complete agreement; never another
 * exception (the 500s of {@code "kind": null} and {@code "parties": [null]} were of this kind).
 * Seeds in {@code AgreementInputFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
@Tag("fuzz")
class AgreementInputFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void anyAgreementBodyIsRefusedByFieldOrGivesACompleteAgreement(byte[] body) {
        AgreementInput input;
        try {
            input = ApiJson.mapper().readValue(body, AgreementInput.class);
        }
        catch (JacksonException unreadable) {
            return;
        }
        if (input == null || !ApiJson.validator().validate(input).isEmpty()) {
            return;
        }
        var errors = new BeanPropertyBindingResult(input, "agreement");
        input.checkCodes(errors);
        if (errors.hasErrors()) {
            assertThat(errors.getFieldErrors()).hasSize(errors.getErrorCount());
            return;
        }
        Agreement agreement = input.toAgreement(0, 0);
        assertThat(agreement.kind()).isNotNull();
        assertThat(agreement.status()).isNotNull();
        assertThat(agreement.titleVi()).isNotBlank();
        assertThat(agreement.titleEn()).isNotBlank();
        assertThat(agreement.counterpart()).isNotNull();
        assertThat(agreement.note()).isNotNull();
        assertThat(agreement.parties()).isNotEmpty().allSatisfy(party -> assertThat(party).isNotBlank());
        if (agreement.expiresOn() != null && agreement.entryIntoForce() != null) {
            assertThat(agreement.expiresOn()).isAfter(agreement.entryIntoForce());
        }
    }
}
