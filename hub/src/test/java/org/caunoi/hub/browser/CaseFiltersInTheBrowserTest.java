package org.caunoi.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.caunoi.hub.HubTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The case list's filters on a laptop's screen (1366 × 768): each label stays on one line beside its
 * field, in both languages; "Đã chia sẻ với" broke onto two once the partners' long names widened its list.
 */
@HubTest
class CaseFiltersInTheBrowserTest extends BrowserTestBase {

    /** The lines a label's text is laid out on, told by the distinct tops of its text's boxes. */
    private static final String LINES_OF_TEXT = """
            const range = document.createRange();
            range.selectNodeContents(arguments[0]);
            return new Set(Array.from(range.getClientRects()).map(box => Math.round(box.top))).size;
            """;

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void theSharedWithLabelStaysOnOneLineAtLaptopWidth(String language) throws Exception {
        browser.manage().window().setSize(new Dimension(1366, 768));
        logIn("investigator", language);

        browser.get(url("/enforcement/cases"));
        WebElement label = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("label[for=shared-with]")));
        screenshot("case-filters-1366-" + language);

        assertThat(label.getText()).isEqualTo(language.equals("vi") ? "Đã chia sẻ với" : "Shared with");
        assertThat(((Number) browser.executeScript(LINES_OF_TEXT, label)).intValue()).as("lines of the label").isEqualTo(1);
        for (WebElement other : browser.findElements(By.cssSelector("form.filters label"))) {
            assertThat(((Number) browser.executeScript(LINES_OF_TEXT, other)).intValue()).as(other.getText()).isEqualTo(1);
            WebElement field = browser.findElement(By.id(other.getAttribute("for")));
            int middle = other.getRect().getY() + other.getRect().getHeight() / 2;
            assertThat(middle).as(other.getText() + " beside its field, not on the row above")
                    .isBetween(field.getRect().getY(), field.getRect().getY() + field.getRect().getHeight());
        }
    }
}
