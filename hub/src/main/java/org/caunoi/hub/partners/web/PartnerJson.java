package org.caunoi.hub.partners.web;

import java.util.List;

import org.caunoi.hub.partners.Agreement;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.Codes;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the partners API: codes in kebab-case, dates ISO, precision stated. */
final class PartnerJson {

    private PartnerJson() {
    }

    record PartnerView(String code, String kind, @Nullable String isoCountry, String nameVi, String nameEn,
            String region, String note, List<FocalPointView> focalPoints) {

        static PartnerView of(Partner partner) {
            return new PartnerView(partner.code(), kebab(partner.kind()), partner.isoCountry(), partner.nameVi(),
                    partner.nameEn(), kebab(partner.region()), partner.note(),
                    partner.focalPoints().stream().map(FocalPointView::of).toList());
        }
    }

    record FocalPointView(long id, String domain, String name, String position, String email, String phone) {

        static FocalPointView of(Partner.FocalPoint point) {
            return new FocalPointView(point.id(), kebab(point.domain()), point.name(), point.position(), point.email(),
                    point.phone());
        }
    }

    record AgreementView(long id, String kind, String titleVi, String titleEn, String counterpart, String signed,
            String signedPrecision, @Nullable String entryIntoForce, @Nullable String expiresOn, String status,
            List<String> parties, ProfileView exchangeProfile, String note, int version,
            @Nullable String document) {

        static AgreementView of(Agreement agreement) {
            return new AgreementView(agreement.id(), kebab(agreement.kind()), agreement.titleVi(), agreement.titleEn(),
                    agreement.counterpart(), agreement.signedDisplay(), kebab(agreement.signedPrecision()),
                    agreement.entryIntoForce() == null ? null : agreement.entryIntoForce().toString(),
                    agreement.expiresOn() == null ? null : agreement.expiresOn().toString(),
                    kebab(agreement.status()), agreement.parties(), ProfileView.of(agreement),
                    agreement.note(), agreement.version(),
                    agreement.document() == null ? null : "/api/agreements/" + agreement.id() + "/document");
        }
    }

    record ProfileView(List<String> dataCategories, boolean personalDataAllowed, List<String> purposes,
            boolean onwardTransmissionNeedsConsent, @Nullable Integer answerDeadlineDays) {

        static ProfileView of(Agreement agreement) {
            var profile = agreement.profile();
            return new ProfileView(profile.categories().stream().sorted().map(DataCategory::kebab).toList(),
                    profile.personalDataAllowed(), profile.purposes().stream().sorted().map(Purpose::kebab).toList(),
                    profile.onwardTransmissionNeedsConsent(), profile.answerDeadlineDays());
        }
    }

    static String kebab(Enum<?> value) {
        return Codes.of(value);
    }
}
