package org.caunoi.hub.partners.internal.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.caunoi.hub.partners.AgreementKind;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.ExchangeProfile;
import org.caunoi.hub.partners.Purpose;

/**
 * The exchange profile the demo data gives each agreement, since the facts file does not state
 * profiles. They follow what such instruments usually allow (a CMAA covers nominal enforcement data
 * and assistance requests, a statistics arrangement covers statistics only), narrowed for the
 * partners the demo restricts; officers correct them per agreement in the editor.
 */
final class DemoExchangeProfiles {

    private DemoExchangeProfiles() {
    }

    private static final Set<Purpose> ENFORCEMENT_PURPOSES =
            EnumSet.of(Purpose.RISK_ASSESSMENT, Purpose.INVESTIGATION, Purpose.VERIFICATION, Purpose.PROSECUTION);

    /**
     * Partners with whom the demo exchanges non-nominal enforcement information only, whatever the
     * kind of agreement: Lao PDR, whose instruments with Vietnam (the 2014 agreement with the Ministry
     * of Finance on information exchange and investigation support, the 2005 MoU on single-stop
     * inspection, the 2006 coordination against revenue loss) state no protection of personal data.
     * The demo network's third hub shows such a partnership: sending personal data there is refused.
     */
    private static final Set<String> NON_NOMINAL_ONLY = Set.of("LA");

    /** The profile of an agreement of this kind between Vietnam and these parties. */
    static ExchangeProfile of(AgreementKind kind, List<String> parties) {
        ExchangeProfile profile = forKind(kind);
        return parties.stream().anyMatch(NON_NOMINAL_ONLY::contains) ? nonNominalOnly(profile) : profile;
    }

    private static ExchangeProfile nonNominalOnly(ExchangeProfile profile) {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        if (profile.categories().contains(DataCategory.ENFORCEMENT_NON_NOMINAL)) {
            categories.add(DataCategory.ENFORCEMENT_NON_NOMINAL);
        }
        return new ExchangeProfile(categories, false, profile.purposes(), profile.onwardTransmissionNeedsConsent(),
                profile.answerDeadlineDays());
    }

    private static ExchangeProfile forKind(AgreementKind kind) {
        return switch (kind) {
            case GOVERNMENT_AGREEMENT, ADMINISTRATION_ARRANGEMENT, IMPLEMENTING_ARRANGEMENT -> new ExchangeProfile(
                    EnumSet.of(DataCategory.ENFORCEMENT_NOMINAL, DataCategory.ENFORCEMENT_NON_NOMINAL,
                            DataCategory.ASSISTANCE_REQUEST, DataCategory.CERTIFICATE_OF_ORIGIN,
                            DataCategory.CARGO_INFORMATION),
                    true, ENFORCEMENT_PURPOSES, true, 60);
            case MINISTRY_AGREEMENT -> new ExchangeProfile(
                    EnumSet.of(DataCategory.ENFORCEMENT_NON_NOMINAL, DataCategory.ASSISTANCE_REQUEST),
                    false, EnumSet.of(Purpose.RISK_ASSESSMENT, Purpose.INVESTIGATION), true, 60);
            case MOU -> new ExchangeProfile(EnumSet.of(DataCategory.ENFORCEMENT_NON_NOMINAL), false,
                    EnumSet.of(Purpose.RISK_ASSESSMENT, Purpose.INVESTIGATION), true, null);
            case STATISTICS_EXCHANGE -> new ExchangeProfile(EnumSet.of(DataCategory.TRADE_STATISTICS), false,
                    EnumSet.of(Purpose.STATISTICS), true, null);
            case AEO_MUTUAL_RECOGNITION -> new ExchangeProfile(EnumSet.of(DataCategory.AEO_LIST), false,
                    EnumSet.of(Purpose.AEO_MUTUAL_RECOGNITION, Purpose.TRADE_FACILITATION), true, null);
            case MULTILATERAL_CONVENTION -> ExchangeProfile.none();
        };
    }
}
