package org.caunoi.hub.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The legal-basis check's answer names the partner in the page's language; a code the hub does not know stays a code. */
@HubTest
class LegalBasisPageTest extends HubTest.Base {

    private static final String CHECK = "/legal-basis?partner=%s&category=enforcement-nominal&purpose=investigation&date=2024-01-10&lang=%s";

    @LocalServerPort
    int port;

    @Test
    void theAnswerNamesThePartnerInThePagesLanguage() {
        var analyst = new BrowserSession(port);
        analyst.logIn("analyst", "demo");

        assertThat(analyst.get(CHECK.formatted("HK", "en"))).containsPattern(
                "id=\"decision-text\">[^<]* may be exchanged with Customs and Excise Department, Hong Kong, China for ");
        assertThat(analyst.get(CHECK.formatted("HK", "vi"))).containsPattern(
                "id=\"decision-text\">Được trao đổi [^<]* với Cơ quan Hải quan và Thuế Hong Kong \\(Trung Quốc\\) cho mục đích ");
        assertThat(analyst.get(CHECK.formatted("ZZ", "vi"))).contains("Không có đối tác mã ZZ trong hệ thống.");
    }

    @Test
    void thePartnersToChooseFromAreInTheAlphabeticalOrderOfTheirNames() {
        var analyst = new BrowserSession(port);
        analyst.logIn("analyst", "demo");

        for (var language : List.of(Locale.of("vi"), Locale.ENGLISH)) {
            String page = analyst.get("/legal-basis?lang=" + language.getLanguage());
            String select = page.substring(page.indexOf("<select id=\"partner\""), page.indexOf("</select>", page.indexOf("<select id=\"partner\"")));
            List<String> names = Pattern.compile("<option value=\"[A-Z0-9-]+\"[^>]*>[^<]*? — ([^<]*)</option>").matcher(select)
                    .results().map(match -> match.group(1).replace("&amp;", "&")).toList();
            assertThat(names).as(language.toString()).hasSizeGreaterThan(20)
                    .isSortedAccordingTo(Collator.getInstance(language)::compare);
        }
    }
}
