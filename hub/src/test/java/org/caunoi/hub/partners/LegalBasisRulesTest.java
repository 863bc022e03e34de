package org.caunoi.hub.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caunoi.hub.partners.AgreementBuilder.anAgreement;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the legal-basis check, as a table: each refusal reason, and what an allowed answer carries. */
class LegalBasisRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("no agreement at all", List.of(),
                        DataCategory.ENFORCEMENT_NON_NOMINAL, Purpose.INVESTIGATION, TODAY, RefusalReason.NO_AGREEMENT),
                Arguments.of("signed, not in force", List.of(anAgreement().status(AgreementStatus.SIGNED_NOT_IN_FORCE).build()),
                        DataCategory.ENFORCEMENT_NON_NOMINAL, Purpose.INVESTIGATION, TODAY, RefusalReason.SIGNED_NOT_IN_FORCE),
                Arguments.of("suspended", List.of(anAgreement().status(AgreementStatus.SUSPENDED).build()),
                        DataCategory.ENFORCEMENT_NON_NOMINAL, Purpose.INVESTIGATION, TODAY, RefusalReason.SUSPENDED),
                Arguments.of("date before signature", List.of(anAgreement().build()),
                        DataCategory.ENFORCEMENT_NON_NOMINAL, Purpose.INVESTIGATION, LocalDate.of(2013, 6, 27),
                        RefusalReason.NOT_YET_IN_FORCE),
                Arguments.of("date before entry into force", List.of(anAgreement().inForceFrom(LocalDate.of(2014, 1, 1)).build()),
                        DataCategory.ENFORCEMENT_NON_NOMINAL, Purpose.INVESTIGATION, LocalDate.of(2013, 12, 31),
                        RefusalReason.NOT_YET_IN_FORCE),
                Arguments.of("signing year known only, date inside that year",
                        List.of(anAgreement().signedInYear(2019).build()),
                        DataCategory.ENFORCEMENT_NON_NOMINAL, Purpose.INVESTIGATION, LocalDate.of(2019, 12, 30),
                        RefusalReason.NOT_YET_IN_FORCE),
                Arguments.of("expiry date passed", List.of(anAgreement().expiresOn(LocalDate.of(2020, 1, 1)).build()),
                        DataCategory.ENFORCEMENT_NON_NOMINAL, Purpose.INVESTIGATION, LocalDate.of(2020, 1, 1),
                        RefusalReason.EXPIRED),
                Arguments.of("expired without a known end date", List.of(anAgreement().status(AgreementStatus.EXPIRED).build()),
                        DataCategory.ENFORCEMENT_NON_NOMINAL, Purpose.INVESTIGATION, TODAY, RefusalReason.EXPIRED),
                Arguments.of("category not covered", List.of(anAgreement().covering(DataCategory.TRADE_STATISTICS).build()),
                        DataCategory.CERTIFICATE_OF_ORIGIN, Purpose.INVESTIGATION, TODAY, RefusalReason.CATEGORY_NOT_COVERED),
                Arguments.of("nominal data where personal data is not allowed",
                        List.of(anAgreement().personalData(false).build()),
                        DataCategory.ENFORCEMENT_NOMINAL, Purpose.INVESTIGATION, TODAY, RefusalReason.PERSONAL_DATA_NOT_ALLOWED),
                Arguments.of("purpose not permitted", List.of(anAgreement().forPurposes(Purpose.STATISTICS).build()),
                        DataCategory.ENFORCEMENT_NON_NOMINAL, Purpose.PROSECUTION, TODAY, RefusalReason.PURPOSE_NOT_PERMITTED),
                Arguments.of("the most specific reason among several agreements",
                        List.of(anAgreement().status(AgreementStatus.SUSPENDED).build(),
                                anAgreement().forPurposes(Purpose.STATISTICS).build(),
                                anAgreement().covering(DataCategory.AEO_LIST).build()),
                        DataCategory.ENFORCEMENT_NON_NOMINAL, Purpose.PROSECUTION, TODAY, RefusalReason.PURPOSE_NOT_PERMITTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesWithTheReason(String situation, List<Agreement> agreements, DataCategory category, Purpose purpose,
            LocalDate date, RefusalReason expected) {
        LegalBasisDecision decision = LegalBasisRules.decide("HK", true, agreements, category, purpose, date);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo(expected);
    }

    @Test
    void refusesAnUnknownPartnerWhateverItsAgreements() {
        LegalBasisDecision decision = LegalBasisRules.decide("XX", false, List.of(anAgreement().build()),
                DataCategory.ENFORCEMENT_NON_NOMINAL, Purpose.INVESTIGATION, TODAY);

        assertThat(decision.reason()).isEqualTo(RefusalReason.UNKNOWN_PARTNER);
    }

    @Test
    void namesTheAgreementsThatCameClosestWhenRefusing() {
        Agreement wrongPurpose = anAgreement().forPurposes(Purpose.STATISTICS).build();
        Agreement suspended = anAgreement().status(AgreementStatus.SUSPENDED).build();

        LegalBasisDecision decision = LegalBasisRules.decide("HK", true, List.of(suspended, wrongPurpose),
                DataCategory.ENFORCEMENT_NON_NOMINAL, Purpose.INVESTIGATION, TODAY);

        assertThat(decision.agreements()).extracting(LegalBasisDecision.AgreementRef::id).containsExactly(wrongPurpose.id());
    }

    @Test
    void allowsUnderEveryAgreementThatCoversTheExchange() {
        Agreement cmaa = anAgreement().kind(AgreementKind.GOVERNMENT_AGREEMENT).answerDeadline(90).onwardConsent(false).build();
        Agreement arrangement = anAgreement().answerDeadline(30).onwardConsent(true).build();
        Agreement statistics = anAgreement().covering(DataCategory.TRADE_STATISTICS).build();

        LegalBasisDecision decision = LegalBasisRules.decide("HK", true, List.of(cmaa, arrangement, statistics),
                DataCategory.ENFORCEMENT_NOMINAL, Purpose.INVESTIGATION, TODAY);

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.reason()).isNull();
        assertThat(decision.agreements()).extracting(LegalBasisDecision.AgreementRef::id)
                .containsExactlyInAnyOrder(cmaa.id(), arrangement.id());
        assertThat(decision.answerDeadlineDays()).as("the shortest deadline applies").isEqualTo(30);
        assertThat(decision.onwardTransmissionNeedsConsent()).as("the stricter reading").isTrue();
    }

    @Test
    void onwardTransmissionIsFreeWhenNoAgreementThatAllowsTheExchangeAsksForConsent() {
        Agreement cmaa = anAgreement().kind(AgreementKind.GOVERNMENT_AGREEMENT).onwardConsent(false).build();
        Agreement notCovering = anAgreement().covering(DataCategory.TRADE_STATISTICS).onwardConsent(true).build();

        LegalBasisDecision decision = LegalBasisRules.decide("HK", true, List.of(cmaa, notCovering),
                DataCategory.ENFORCEMENT_NOMINAL, Purpose.INVESTIGATION, TODAY);

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.onwardTransmissionNeedsConsent())
                .as("an agreement that does not cover the exchange does not add its condition").isFalse();
    }

    @Test
    void allowsFromTheExactDayOfSignatureWhenTheDayIsKnown() {
        LegalBasisDecision decision = LegalBasisRules.decide("HK", true, List.of(anAgreement().build()),
                DataCategory.ENFORCEMENT_NON_NOMINAL, Purpose.INVESTIGATION, LocalDate.of(2013, 6, 28));

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void allowsFromTheLastDayOfTheYearWhenOnlyTheYearIsKnown() {
        Agreement yearOnly = anAgreement().signedInYear(2019).build();

        assertThat(LegalBasisRules.decide("US", true, List.of(yearOnly), DataCategory.ENFORCEMENT_NON_NOMINAL,
                Purpose.INVESTIGATION, LocalDate.of(2019, 12, 31)).allowed()).isTrue();
    }

    @Test
    void anExpiredAgreementStillCoversExchangesBeforeItsEnd() {
        Agreement expired = anAgreement().status(AgreementStatus.EXPIRED).expiresOn(LocalDate.of(2020, 1, 1)).build();

        assertThat(LegalBasisRules.decide("HK", true, List.of(expired), DataCategory.ENFORCEMENT_NON_NOMINAL,
                Purpose.INVESTIGATION, LocalDate.of(2019, 6, 1)).allowed()).isTrue();
    }

    @Test
    void nonNominalDataPassesWhereOnlyPersonalDataIsForbidden() {
        Agreement noPersonalData = anAgreement().personalData(false).build();

        assertThat(LegalBasisRules.decide("HK", true, List.of(noPersonalData), DataCategory.ENFORCEMENT_NON_NOMINAL,
                Purpose.INVESTIGATION, TODAY).allowed()).isTrue();
    }

    static Stream<Arguments> agreementsInForce() {
        return Stream.of(
                Arguments.of("no agreement at all", List.of(), RefusalReason.NO_AGREEMENT),
                Arguments.of("only a suspended one", List.of(anAgreement().status(AgreementStatus.SUSPENDED).build()),
                        RefusalReason.SUSPENDED),
                Arguments.of("the closest of several not in force",
                        List.of(anAgreement().status(AgreementStatus.EXPIRED).build(),
                                anAgreement().status(AgreementStatus.SIGNED_NOT_IN_FORCE).build()),
                        RefusalReason.EXPIRED),
                Arguments.of("one in force among others, whatever it covers",
                        List.of(anAgreement().status(AgreementStatus.SUSPENDED).build(),
                                anAgreement().covering(DataCategory.TRADE_STATISTICS).personalData(false).build()),
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreementsInForce")
    void aMessageWithoutDataNeedsOneAgreementInForce(String situation, List<Agreement> agreements,
            RefusalReason expected) {
        assertThat(LegalBasisRules.whyNoneInForce(true, agreements, TODAY)).isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @Test
    void aMessageWithoutDataToAnUnknownPartnerIsRefused() {
        assertThat(LegalBasisRules.whyNoneInForce(false, List.of(anAgreement().build()), TODAY))
                .contains(RefusalReason.UNKNOWN_PARTNER);
    }

    @Test
    void everyRefusalReasonIsCoveredByTheTable() {
        List<RefusalReason> tested = refusals().map(arguments -> (RefusalReason) arguments.get()[5]).toList();

        assertThat(Stream.concat(tested.stream(), Stream.of(RefusalReason.UNKNOWN_PARTNER)).distinct())
                .containsExactlyInAnyOrder(RefusalReason.values());
    }
}
