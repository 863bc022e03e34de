package org.caunoi.hub.partners.internal.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.caunoi.hub.partners.AgreementKind;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.ExchangeProfile;
import org.caunoi.hub.partners.Purpose;

/**
 * The exchange profile the demo data gives each agreement, since the facts file does not state
 * profiles. They follow what such instruments allow: a mutual administrative assistance agreement
 * (CMAA) enforcement and verification data, personal data under its conditions; an MoU on
 * single-stop inspection the inspection and cargo data of its border crossing, not seizures or
 * investigations; an AEO mutual recognition arrangement the AEO lists; a statistics arrangement
 * statistics only. Where the facts' scope names a border inspection, the scope decides, not the
 * kind (the facts file calls every MoU an MoU); narrowed for the partners the demo restricts. Officers correct them per agreement in the editor.
 */
final class DemoExchangeProfiles {

    private DemoExchangeProfiles() {
    }

    private static final Set<Purpose> ENFORCEMENT_PURPOSES =
            EnumSet.of(Purpose.RISK_ASSESSMENT, Purpose.INVESTIGATION, Purpose.VERIFICATION, Purpose.PROSECUTION);

    /**
     * Partners with whom the demo exchanges enforcement information in the non-nominal form only, under
     * every agreement that covers such information: Lao PDR, whose instruments with Vietnam (the 2014 agreement with the Ministry
     * of Finance on information exchange and investigation support, the 2005 MoU on single-stop
     * inspection, the 2006 coordination against revenue loss) state no protection of personal data.
     * The demo network's third hub shows such a partnership: sending personal data there is refused.
     */
    private static final Set<String> NON_NOMINAL_ONLY = Set.of("LA");

    /**
     * Joint inspection at a border crossing (the GMS single-stop, single-window inspection): the declarations,
     * consignments and inspection results of that crossing, to target and clear goods there; no personal data and
     * no enforcement information (a seizure or an investigation passes under an agreement on enforcement).
     */
    private static final ExchangeProfile BORDER_INSPECTION = new ExchangeProfile(EnumSet.of(DataCategory.CARGO_INFORMATION),
            false, EnumSet.of(Purpose.RISK_ASSESSMENT, Purpose.TRADE_FACILITATION), true, null);

    /** The profile of an agreement of this kind and scope (the facts' English wording) between Vietnam and these parties. */
    static ExchangeProfile of(AgreementKind kind, List<String> parties, String scope) {
        ExchangeProfile profile = isBorderInspection(scope) ? BORDER_INSPECTION : forKind(kind);
        return parties.stream().anyMatch(NON_NOMINAL_ONLY::contains) ? nonNominalOnly(profile) : profile;
    }

    /** Whether the scope is a single-stop or single-window inspection at a border crossing, as the facts write it. */
    private static boolean isBorderInspection(String scope) {
        String lower = scope.toLowerCase(Locale.ROOT);
        return lower.contains("single-stop") || lower.contains("single stop") || lower.contains("single-window inspection");
    }

    /** Enforcement information in the non-nominal form only; an agreement that covers none keeps its profile. */
    private static ExchangeProfile nonNominalOnly(ExchangeProfile profile) {
        if (!profile.categories().contains(DataCategory.ENFORCEMENT_NOMINAL)
                && !profile.categories().contains(DataCategory.ENFORCEMENT_NON_NOMINAL)) {
            return profile;
        }
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
