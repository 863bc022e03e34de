package org.caunoi.hub.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.caunoi.hub.platform.web.Times;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** A stored sentence is worded in the reader's language; anything else is shown as it was stored. */
class SentencesTest {

    private final Sentences sentences = new Sentences(messages(), new Times(ZoneId.of("Asia/Ho_Chi_Minh")));

    @Test
    void aSentenceIsStoredAsItsKeyAndArgumentsAndWordedInTheReadersLanguage() {
        String stored = Sentences.of("platform.test.version", 3, "drugs");

        assertThat(stored).isEqualTo("{\"key\":\"platform.test.version\",\"args\":[\"3\",\"drugs\"]}");
        assertThat(sentences.render(stored, Locale.ENGLISH)).isEqualTo("version 3, drugs");
        assertThat(sentences.render(stored, Locale.of("vi"))).isEqualTo("phiên bản 3, drugs");
    }

    @Test
    void anArgumentThatIsASentenceIsWordedInTheSameLanguage() {
        String stored = Sentences.of("platform.test.version", 3, Sentences.of("platform.test.drugs"));

        assertThat(sentences.render(stored, Locale.ENGLISH)).isEqualTo("version 3, narcotic drugs");
        assertThat(sentences.render(stored, Locale.of("vi"))).isEqualTo("phiên bản 3, ma túy");
    }

    @Test
    void aMomentOrADayGivenAsAnArgumentIsShownInTheOfficersZoneAsTheReaderWritesIt() {
        String stored = Sentences.of("platform.test.version", Instant.parse("2026-12-07T12:35:35.535809571Z"), LocalDate.of(2026, 12, 31));

        assertThat(sentences.render(stored, Locale.of("vi"))).isEqualTo("phiên bản 07/12/2026 19:35:35 UTC+07:00, 31/12/2026");
        assertThat(sentences.render(stored, Locale.ENGLISH)).isEqualTo("version 07/12/2026 19:35:35 UTC+07:00, 31/12/2026");
    }

    @Test
    void textThatIsNoSentenceOfOursIsShownAsStored() {
        assertThat(sentences.render("filtered by action SIGN_IN", Locale.ENGLISH)).isEqualTo("filtered by action SIGN_IN");
        assertThat(sentences.render("{\"key\":\"broken", Locale.ENGLISH)).isEqualTo("{\"key\":\"broken");
        assertThat(sentences.render(null, Locale.ENGLISH)).isEmpty();
        String unknown = Sentences.of("platform.test.gone");
        assertThat(sentences.render(unknown, Locale.ENGLISH)).as("a key no bundle has any more").isEqualTo(unknown);
    }

    @Test
    void aLongArgumentIsCutSoTheStoredSentenceStaysWhole() {
        String stored = Sentences.of("platform.test.version", "x".repeat(5000), "drugs");

        assertThat(stored.length()).isLessThan(400);
        assertThat(sentences.render(stored, Locale.ENGLISH)).startsWith("version xxx").endsWith("…, drugs");
    }

    @Test
    void aCodeGivenAsANameIsShownByItsNameInTheReadersLanguageOrAsTheCodeWhereNoBundleNamesIt() {
        String stored = Sentences.of("platform.test.version", 3, new Sentences.Name("platform.test.category.drugs", "drugs"));
        String unnamed = Sentences.of("platform.test.version", 3, Sentences.Name.of("platform.test.category", "CITES_FAUNA"));

        assertThat(stored).isEqualTo("{\"key\":\"platform.test.version\",\"args\":[\"3\","
                + "{\"name\":\"platform.test.category.drugs\",\"code\":\"drugs\"}]}");
        assertThat(sentences.render(stored, Locale.ENGLISH)).isEqualTo("version 3, narcotic drugs");
        assertThat(sentences.render(stored, Locale.of("vi"))).isEqualTo("phiên bản 3, ma túy");
        assertThat(sentences.render(unnamed, Locale.of("vi"))).isEqualTo("phiên bản 3, CITES_FAUNA");
    }

    @Test
    void aListOfSentencesAndNamesIsWordedItemByItemInTheReadersLanguage() {
        String stored = Sentences.of("platform.test.version", 3, List.of(Sentences.of("platform.test.drugs"),
                new Sentences.Name("platform.test.category.drugs", "drugs"), "CITES"));

        assertThat(sentences.render(stored, Locale.ENGLISH)).isEqualTo("version 3, narcotic drugs, narcotic drugs, CITES");
        assertThat(sentences.render(stored, Locale.of("vi"))).isEqualTo("phiên bản 3, ma túy, ma túy, CITES");
    }

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.addMessage("platform.test.version", Locale.ENGLISH, "version {0}, {1}");
        messages.addMessage("platform.test.version", Locale.of("vi"), "phiên bản {0}, {1}");
        messages.addMessage("platform.test.category.drugs", Locale.ENGLISH, "narcotic drugs");
        messages.addMessage("platform.test.category.drugs", Locale.of("vi"), "ma túy");
        messages.addMessage("platform.test.drugs", Locale.ENGLISH, "narcotic drugs");
        messages.addMessage("platform.test.drugs", Locale.of("vi"), "ma túy");
        return messages;
    }
}
