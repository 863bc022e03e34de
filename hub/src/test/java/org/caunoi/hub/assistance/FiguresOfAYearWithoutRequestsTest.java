package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;

import org.caunoi.hub.HubTest;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.browser.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The figures page of a year without requests says so and points to the years with figures; it draws no tables of
 * headings over nothing, nor a column of zeros for the answer times.
 */
@HubTest
class FiguresOfAYearWithoutRequestsTest extends BrowserTestBase {

    private static final By TABLES = By.cssSelector("#figures-all, #figures-per-partner, #figures-per-kind, "
            + "#figures-per-subject, #figures-answer-days");

    @Test
    void aYearWithoutRequestsShowsItsNoticeInsteadOfEmptyTables() throws Exception {
        logIn("supervisor", "vi");
        // Next year: other tests of this hub may have made requests this year, none can have made any then.
        Year empty = Year.now(TestHub.ZONE).plusYears(1);
        browser.get(url("/assistance/figures?year=" + empty));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("figures-no-data")));
        assertThat(browser.findElement(By.id("figures-no-data")).getText()).contains("Chưa có số liệu năm " + empty);
        assertThat(browser.findElements(TABLES)).as("no tables of a year without requests").isEmpty();
        screenshot("figures-year-without-requests-vi");

        browser.get(url("/assistance/figures?year=" + Year.now(TestHub.ZONE).minusYears(1)));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("figures-summary")));
        assertThat(browser.findElements(TABLES)).as("the demo year keeps its five tables").hasSize(5);
        assertThat(browser.findElements(By.id("figures-no-data"))).isEmpty();
    }
}
