package org.caunoi.hub.partners.internal;

import java.util.EnumSet;
import java.util.Set;

import org.caunoi.hub.partners.AgreementKind;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.ExchangeProfile;
import org.caunoi.hub.partners.Purpose;

/**
 * The exchange profile the demo data gives each kind of agreement, since the facts file does not
 * state profiles. They follow what such instruments usually allow (a CMAA covers nominal
 * enforcement data and assistance requests, a statistics arrangement covers statistics only);
 * officers correct them per agreement in the editor.
 */
final class DemoExchangeProfiles {

    private DemoExchangeProfiles() {
    }

    private static final Set<Purpose> ENFORCEMENT_PURPOSES =
            EnumSet.of(Purpose.RISK_ASSESSMENT, Purpose.INVESTIGATION, Purpose.VERIFICATION, Purpose.PROSECUTION);

    static ExchangeProfile forKind(AgreementKind kind) {
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
