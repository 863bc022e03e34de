package org.caunoi.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;

import org.caunoi.hub.HubTest;
import org.caunoi.hub.TestHub;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The menu's screens on a 1024-pixel laptop, as an officer opens them in either language: none scrolls sideways, every
 * table is drawn as the others (lines, a shaded heading), and a day, a time or a reference in a table is never cut in the middle to make room for a column of free text.
 */
@HubTest
class ScreensAtLaptopWidthInTheBrowserTest extends BrowserTestBase {

    /** The main screen of each module, and the administration's, as the menu opens them. */
    private static final List<String> SUPERVISOR_SCREENS = List.of("/", "/partners", "/agreements", "/legal-basis",
            "/exchange/messages", "/exchange/dead-letters", "/enforcement/cases", "/enforcement/received",
            "/enforcement/operations", "/enforcement/alerts", "/assistance/requests",
            "/assistance/figures?year=" + Year.now(TestHub.ZONE).minusYears(1), "/assistance/figures?year=" + Year.now(TestHub.ZONE).plusYears(1),
            "/admin/audit", "/account/tokens");
    private static final List<String> ADMIN_SCREENS = List.of("/admin/officers", "/admin/events");

    /**
     * For each element, its words (split at spaces) that the browser laid out over more than one line: a word is
     * broken when the range of its letters has more than one box.
     */
    private static final String BROKEN_WORDS = """
            var broken = [];
            for (var element of arguments[0]) {
              var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
              for (var text = walker.nextNode(); text; text = walker.nextNode()) {
                var words = /\\S+/g, word;
                while ((word = words.exec(text.data)) !== null) {
                  var range = document.createRange();
                  range.setStart(text, word.index);
                  range.setEnd(text, word.index + word[0].length);
                  if (range.getClientRects().length > 1) broken.push(word[0]);
                }
              }
            }
            return broken;""";

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void noScreenOfTheMenuScrollsSidewaysAt1024Pixels(String language) {
        browser.manage().window().setSize(new Dimension(1024, 768));
        logIn("supervisor", language);
        SUPERVISOR_SCREENS.forEach(this::assertNoSidewaysScrolling);

        browser.manage().deleteAllCookies();
        logIn("admin", language);
        ADMIN_SCREENS.forEach(this::assertNoSidewaysScrolling);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void daysTimesAndReferencesInTablesAreNeverCutAt1024Pixels(String language) throws Exception {
        browser.manage().window().setSize(new Dimension(1024, 768));
        logIn("supervisor", language);

        browser.get(url("/assistance/requests"));
        // Reference, deadline, days left: the demo year's requests fill the list.
        assertNoWordBroken("#request-rows tbody tr td:nth-child(1) > a, #request-rows tbody tr td:nth-child(n+6)");
        screenshot("requests-at-1024-" + language);

        browser.get(url("/admin/audit"));
        // Number, time, officer and address; the details column beside them is the one that wraps.
        assertNoWordBroken("#audit-rows tbody tr td:nth-child(-n+4)");
        screenshot("audit-at-1024-" + language);

        browser.get(url("/enforcement/cases"));
        assertNoWordBroken("#case-rows tbody tr td:nth-child(1) > a, #case-rows tbody tr td:nth-child(2)");
    }

    private void assertNoSidewaysScrolling(String path) {
        browser.get(url(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        long clientWidth = (Long) browser.executeScript("return document.documentElement.clientWidth;");
        assertThat(scrollWidth).as("%s at 1024 pixels scrolls sideways", path).isLessThanOrEqualTo(clientWidth);
        assertThat(browser.findElements(By.cssSelector("main table:not(.grid)"))).as("tables of %s drawn as the others", path)
                .isEmpty();
    }

    private void assertNoWordBroken(String cells) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cells)));
        List<WebElement> found = browser.findElements(By.cssSelector(cells));
        assertThat(found).as("cells to look at: %s", cells).isNotEmpty();
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) browser.executeScript(BROKEN_WORDS, found);
        assertThat(broken).as("words cut over two lines in %s on %s", cells, browser.getCurrentUrl()).isEmpty();
    }
}
