package org.caunoi.hub.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.caunoi.hub.enforcement.internal.CaseInput.Company;
import org.caunoi.hub.enforcement.internal.CaseInput.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The case rules that need no hub: the ISO 6346 check digit, the non-nominal form, and the payload schema. */
class CaseRulesTest {

    /** With an empty name index: the names the case lists are withheld all the same. */
    private static final CaseForms FORMS = new CaseForms(new NonNominalText(new CaseNameIndex()));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "CSQU3054383, true",
            "MSKU9070323, true",
            "TGHU2961283, true",
            "CSQU3054384, false",
            "CSQX3054383, false",
            "CSQU305438, false",
            "1SQU3054383, false"})
    void containerNumbersCarryTheIso6346CheckDigit(String number, boolean valid) {
        assertThat(ContainerNumber.isValid(number)).isEqualTo(valid);
    }

    @Test
    void theNonNominalFormKeepsNoPersonCompanyOrDocumentNumber() {
        CaseInput nominal = caseNaming("Nguyễn Văn Hùng (NGUYEN VAN HUNG, passport C1234567) of Hoàng Long Co., "
                + "tax number 0101234567, declared green tea; nguyễn văn hùng signed.");

        CaseInput nonNominal = FORMS.nonNominal(nominal);

        assertThat(nonNominal.persons()).isEmpty();
        assertThat(nonNominal.companies()).isEmpty();
        assertThat(nonNominal.narrative()).isEqualTo("[…] ([…], passport […]) of […], tax number […], declared green tea; "
                + "[…] signed.");
        assertThat(nonNominal.description()).isEqualTo(nominal.description());
    }

    @Test
    void theSchemaRefusesPersonsInANonNominalReport() {
        var schema = CaseReport.schema();
        JsonMapper json = JsonMapper.builder().build();
        CaseInput nominal = caseNaming("Nguyễn Văn Hùng declared green tea.");
        CaseReport honest = new CaseReport("VN-2026-000001", 1, 1, "original", "non-nominal", List.of(),
                Instant.parse("2026-12-06T00:00:00Z"), FORMS.nonNominal(nominal), List.of());
        CaseReport leaking = new CaseReport("VN-2026-000001", 1, 1, "original", "non-nominal", List.of(),
                Instant.parse("2026-12-06T00:00:00Z"), nominal, List.of());
        CaseReport leakingPhotos = new CaseReport("VN-2026-000001", 1, 1, "original", "non-nominal", List.of(),
                Instant.parse("2026-12-06T00:00:00Z"), FORMS.nonNominal(nominal), List.of(new CaseReport.Photo(
                        "suspect.png", "image/png", "0".repeat(64), "iVBORw0KGgo=")));

        assertThat(schema.problemWith(json.writeValueAsBytes(honest))).isEmpty();
        assertThat(schema.problemWith(json.writeValueAsBytes(leaking))).isPresent();
        assertThat(schema.problemWith(json.writeValueAsBytes(leakingPhotos))).as("photos may show persons").isPresent();
        assertThat(schema.problemWith("{\"reference\": 1}".getBytes(StandardCharsets.UTF_8))).isPresent();
    }

    @Test
    void aReportReadAsNonNominalKeepsNoPersonEvenIfItCalledItselfNominal() {
        CaseReport claimed = new CaseReport("VN-2026-000001", 1, 1, "original", "nominal", List.of(),
                Instant.parse("2026-12-06T00:00:00Z"), caseNaming("Nguyễn Văn Hùng declared green tea."),
                List.of(new CaseReport.Photo("suspect.png", "image/png", "0".repeat(64), "iVBORw0KGgo=")));

        CaseReport kept = claimed.nonNominal(FORMS);

        assertThat(kept.form()).isEqualTo("non-nominal");
        assertThat(kept.content().persons()).isEmpty();
        assertThat(kept.content().narrative()).isEqualTo("[…] declared green tea.");
        assertThat(kept.photoList()).as("photos may show persons").isEmpty();
    }

    @Test
    void theSchemaTakesTheSendersNonNominalTextsBesideTheNominalFormOnlyAndAVersionOnePayloadAsBefore() {
        var schema = CaseReport.schema();
        JsonMapper json = JsonMapper.builder().build();
        CaseInput nominal = caseNaming("Nguyễn Văn Hùng met ông Trịnh at the gate.");
        CaseReport.FreeTexts sendersForm = new CaseReport.FreeTexts(null, null, "[…] met ông […] at the gate.");
        Instant sentAt = Instant.parse("2026-12-06T00:00:00Z");
        CaseReport versionTwo = new CaseReport("VN-2026-000001", 1, 1, "original", "nominal", List.of(), sentAt, nominal,
                List.of(), sendersForm);
        CaseReport versionOne = new CaseReport("VN-2026-000001", 1, 1, "original", "nominal", List.of(), sentAt, nominal,
                List.of());
        CaseReport nonNominalWithTexts = new CaseReport("VN-2026-000001", 1, 1, "original", "non-nominal", List.of(),
                sentAt, FORMS.nonNominal(nominal), List.of(), sendersForm);

        assertThat(schema.problemWith(json.writeValueAsBytes(versionTwo))).isEmpty();
        assertThat(new String(json.writeValueAsBytes(versionTwo), StandardCharsets.UTF_8))
                .contains("\"nonNominal\":{\"narrative\":\"[…] met ông […] at the gate.\"}");
        assertThat(new String(json.writeValueAsBytes(versionOne), StandardCharsets.UTF_8)).doesNotContain("nonNominal");
        assertThat(schema.problemWith(json.writeValueAsBytes(versionOne))).as("a hub of an earlier release").isEmpty();
        assertThat(schema.problemWith(json.writeValueAsBytes(nonNominalWithTexts))).as("only beside the nominal form")
                .isPresent();
        String personsBeside = """
                {"reference": "VN-2026-000001", "version": 1, "caseVersion": 1, "change": "original", "form": "nominal",
                 "caveats": [], "sentAt": "2026-12-06T00:00:00Z",
                 "content": {"date": "2026-11-02", "place": "VNHPH", "category": "drugs", "description": "tea"},
                 "nonNominal": {"persons": []}}""";
        assertThat(schema.problemWith(personsBeside.getBytes(StandardCharsets.UTF_8))).as("free texts only").isPresent();
    }

    @Test
    void aReceivedCasesNonNominalFormIsTheSendersCleanedAgainHereAndTheTextAsReceivedWhereTheSenderGaveNone() {
        CaseInput nominal = caseNaming("Nguyễn Văn Hùng met ông Trịnh at the gate.");
        // A sender that missed the listed person: this hub's own cleaning still takes him out.
        CaseReport.FreeTexts sendersForm = new CaseReport.FreeTexts(null, null, "Nguyễn Văn Hùng met ông […] at the gate.");

        CaseInput withSendersForm = FORMS.nonNominal(nominal, sendersForm);
        CaseInput withoutSendersForm = FORMS.nonNominal(nominal, null);

        assertThat(withSendersForm.narrative()).isEqualTo("[…] met ông […] at the gate.");
        assertThat(withSendersForm.description()).as("the sender gave none: the text as received, cleaned here")
                .isEqualTo("Methamphetamine hidden in tea packages");
        assertThat(withSendersForm.persons()).isEmpty();
        assertThat(withoutSendersForm.narrative()).as("this hub knows no Trịnh").isEqualTo("[…] met ông Trịnh at the gate.");
        assertThat(withoutSendersForm).isEqualTo(FORMS.nonNominal(nominal));
    }

    private static CaseInput caseNaming(String narrative) {
        return new CaseInput(LocalDate.of(2026, 11, 2), "VNHPH", "port", null, "import", "drugs", "293945",
                "Methamphetamine hidden in tea packages", null, null, null, null, null, null,
                List.of(new Person("Nguyễn Văn Hùng", "NGUYEN VAN HUNG", null, "VN", List.of("C1234567"))),
                List.of(new Company("Hoàng Long Co.", null, "0101234567")), narrative, List.of());
    }
}
