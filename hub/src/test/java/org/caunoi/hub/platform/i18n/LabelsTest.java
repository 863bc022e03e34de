package org.caunoi.hub.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.caunoi.hub.exchange.internal.outbox.OutboundMessage;
import org.caunoi.hub.partners.AgreementKind;
import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.partners.RefusalReason;
import org.caunoi.hub.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/** Enum constants are named on screen from one key scheme, {@code <module>.<enum>.<constant>}, in the officer's language. */
class LabelsTest {

    @Test
    void theKeyIsModuleEnumAndConstantInKebabCase() {
        assertThat(Labels.key(AgreementKind.AEO_MUTUAL_RECOGNITION)).isEqualTo("partners.agreement-kind.aeo-mutual-recognition");
        assertThat(Labels.key(RefusalReason.PERSONAL_DATA_NOT_ALLOWED)).isEqualTo("partners.refusal-reason.personal-data-not-allowed");
        assertThat(Labels.key(Role.LIAISON_OFFICER)).isEqualTo("platform.role.liaison-officer");
    }

    @Test
    void aNestedEnumIsNamedByItsOwnNameInTheModuleOfItsPackage() {
        assertThat(Labels.key(Partner.FocalPointDomain.CITES)).isEqualTo("partners.focal-point-domain.cites");
        assertThat(Labels.key(OutboundMessage.State.DEAD_LETTER)).isEqualTo("exchange.state.dead-letter");
    }

    @Test
    void namesAConstantInTheRequestedLanguage() throws Exception {
        Labels labels = new Labels(bundles());

        assertThat(labels.of(AgreementKind.MOU, Locale.ENGLISH)).isEqualTo("Memorandum of understanding (MoU)");
        assertThat(labels.of(AgreementKind.MOU, Locale.of("vi"))).isNotEqualTo("Memorandum of understanding (MoU)").isNotBlank();
    }

    @Test
    void namesAConstantGivenAsACodeEitherWay() throws Exception {
        Labels labels = new Labels(bundles());
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThat(labels.of("exchange.state", "DEAD_LETTER")).isEqualTo(labels.of(OutboundMessage.State.DEAD_LETTER));
            assertThat(labels.of("partners.region", "southeast-asia")).isEqualTo("Southeast Asia");
            assertThat(labels.of("partners.data-category", null)).isEmpty();
        }
        finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void anEnumOutsideTheHubHasNoKey() {
        assertThatThrownBy(() -> Labels.key(java.time.DayOfWeek.MONDAY)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ReloadableResourceBundleMessageSource bundles() throws Exception {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames(LanguageConfiguration.moduleBundles().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
