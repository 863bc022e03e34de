package org.caunoi.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Lists of partners read in the alphabetical order of the partners' names in the reader's language,
 * Vietnamese order for a Vietnamese officer (Đ after D, Ấn Độ after Anh): the operation editor's
 * participants and the assistance figures' table per partner.
 */
@HubTest
class PartnersInNameOrderTest extends HubTest.Base {

    private static final Pattern PARTICIPANT = Pattern.compile("<option value=\"([A-Z]+)\"[^>]*>([^<]+) \\(\\1\\)</option>");
    private static final Pattern FIGURES_ROW = Pattern.compile("<td title=\"[A-Z]+\">([^<]+)</td>");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void theOperationEditorListsParticipantsByName(String language) {
        var investigator = new BrowserSession(port);
        investigator.logIn("investigator", "demo");

        List<String> names = all(PARTICIPANT, 2, investigator.get("/enforcement/operations/new?lang=" + language));

        assertThat(names).hasSizeGreaterThan(5).isSortedAccordingTo(Collator.getInstance(Locale.of(language)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void theFiguresTablePerPartnerListsPartnersByName(String language) {
        var supervisor = new BrowserSession(port);
        supervisor.logIn("supervisor", "demo");
        String page = supervisor.get("/assistance/figures?year=" + (TestHub.today().getYear() - 1) + "&lang=" + language);
        String table = page.substring(page.indexOf("id=\"figures-per-partner\""));

        List<String> names = all(FIGURES_ROW, 1, table.substring(0, table.indexOf("</table>")));

        assertThat(names).hasSizeGreaterThan(2).isSortedAccordingTo(Collator.getInstance(Locale.of(language)));
    }

    private static List<String> all(Pattern pattern, int group, String page) {
        List<String> found = new ArrayList<>();
        var matcher = pattern.matcher(page);
        while (matcher.find()) {
            found.add(org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(group)));
        }
        return found;
    }
}
