package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.browser.BrowserTestBase;
import org.caunoi.hub.enforcement.internal.CenTemplate;
import org.caunoi.hub.platform.tables.TableColumn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.json.JsonMapper;

/**
 * An investigator in a real browser: records a seizure (a wrong IMO check digit refused in Vietnamese,
 * nothing stored), finds the suspect by another spelling in English, opens an operation page whose
 * charts ECharts draws (totals, timeline, route flows) and sends an alert from it, and imports a
 * sheet whose progress and faults it reads in Vietnamese. Screenshots land in target/screenshots.
 */
@HubTest
class EnforcementInTheBrowserTest extends BrowserTestBase {

    @Test
    void tickingAPartnerShowsWhatItGetsInThePagesLanguageWithoutTheTokenInAnyAddress() throws Exception {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        logIn("investigator", "vi");
        browser.get(url("/enforcement/cases/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("share-partner-HK")));

        browser.findElement(By.id("share-partner-HK")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("share-preview-HK")));

        assertThat(browser.findElement(By.id("share-preview-HK")).getText())
                .contains("Được chuyển dữ liệu cá nhân theo: Thỏa thuận hợp tác về hỗ trợ hành chính lẫn nhau")
                .doesNotContain("Arrangement");
        browser.findElement(By.id("preview-share")).click();
        wait.until(ExpectedConditions.urlContains("/share-preview"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("share-preview-HK")));
        assertThat(browser.getCurrentUrl()).doesNotContain("_csrf");
        screenshot("enforcement-share-preview-vi");
    }

    @Test
    void recordsASeizureWithErrorsInVietnameseThenFindsTheSuspectInEnglish() throws Exception {
        logIn("investigator", "vi");
        browser.get(url("/enforcement/cases/new"));
        type("date", "2026-11-02");
        type("place", "VNHPH");
        type("hsCode", "293945");
        type("description", "Methamphetamine hidden in tea packages");
        type("quantityValue", "12.5");
        type("vesselName", "HAI PHONG STAR");
        type("imo", "9074728");
        type("containers0", "CSQU3054383");
        type("persons0.name", "Nguyễn Văn Hùng");
        type("persons0.nationality", "Việt Nam");
        type("companies0.name", "Công ty TNHH Thương mại Hoàng Long");
        browser.findElement(By.id("save-case")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Số IMO 9074728 không hợp lệ: 7 chữ số, chữ số cuối là số kiểm tra.");
        screenshot("enforcement-case-errors-vi");
        browser.findElement(By.id("imo")).clear();
        type("imo", "9074729");
        browser.findElement(By.id("save-case")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-reference")));
        String reference = browser.findElement(By.id("case-reference")).getText();
        assertThat(reference).matches("VN-\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("case-persons")).getText()).contains("Nguyễn Văn Hùng (Nguyen Van Hung)");
        assertThat(browser.findElement(By.id("case-category")).getText()).isEqualTo("Ma túy");
        screenshot("enforcement-case-vi");

        browser.get(url("/enforcement/cases?lang=en"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Enforcement cases"));
        type("q", "Hung Nguyen Van");
        // The hits' head row (id hits) says the list now holds the search's hits, not the cases.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hits")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-rows"), reference));
        assertThat(browser.findElement(By.id("case-rows")).getText()).contains("Person", "Hung = Hung",
                "Nguyễn Văn Hùng (Nguyen Van Hung)");
        screenshot("enforcement-search-en");
    }

    @Test
    void recordsASeizureAtABorderGateWithCountriesByNameAndDatesDayFirstSeeingEveryErrorAtOnce() throws Exception {
        logIn("investigator", "vi");
        browser.get(url("/enforcement/cases/new"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("placeKind"))).selectByValue("border-gate");
        type("date", "31/02/2026");
        type("place", "Lao Bảo");
        type("description", "Heroin in a truck's fuel tank");
        type("quantityValue", "3,2");
        type("departure", "Lào");
        type("destination", "Campuchia");
        type("imo", "9074728");
        type("persons0.name", "Trần Văn An");
        type("persons0.dateOfBirth", "17/05/1980");
        type("persons0.nationality", "Việt Nam");
        type("persons0.documents0.number", "B7654321");
        type("companies0.name", "Công ty TNHH Vận tải Lao Bảo");
        type("companies0.taxNumber", "3200123456");
        browser.findElement(By.id("save-case")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(
                "Ngày 31/02/2026 không có thật: hãy kiểm tra ngày và tháng.",
                "Số IMO 9074728 không hợp lệ: 7 chữ số, chữ số cuối là số kiểm tra.");
        assertThat(browser.findElement(By.id("departure")).getDomProperty("value")).isEqualTo("Lào");
        screenshot("enforcement-case-all-errors-vi");
        browser.findElement(By.id("date")).clear();
        type("date", "02/11/2026");
        browser.findElement(By.id("imo")).clear();
        browser.findElement(By.id("save-case")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-reference")));
        assertThat(browser.findElement(By.id("case-date")).getText()).isEqualTo("02/11/2026");
        assertThat(browser.findElement(By.id("case-place-kind")).getText()).isEqualTo("Cửa khẩu");
        assertThat(browser.findElement(By.id("case-place")).getText()).isEqualTo("Lao Bảo");
        assertThat(browser.findElement(By.id("case-departure")).getText()).isEqualTo("Lào");
        assertThat(browser.findElement(By.id("case-destination")).getText()).isEqualTo("Campuchia");
        assertThat(browser.findElement(By.id("case-destination")).getDomAttribute("title")).isEqualTo("KH");
        assertThat(browser.findElement(By.id("case-persons")).getText()).contains("Trần Văn An (Tran Van An)",
                "17/05/1980", "Việt Nam", "B7654321");
        assertThat(browser.findElement(By.id("case-companies")).getText()).contains("Công ty TNHH Vận tải Lao Bảo",
                "3200123456");
        screenshot("enforcement-case-border-gate-vi");
    }

    @Test
    void addsASecondSuspectAndContainerWithHtmxKeepingWhatWasTypedAndSavesThemAll() throws Exception {
        logIn("investigator", "vi");
        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.get(url("/enforcement/cases/new"));
        type("date", "02/11/2026");
        new Select(browser.findElement(By.id("placeKind"))).selectByValue("border-gate");
        type("place", "Lao Bảo");
        type("description", "Heroin in a truck's fuel tank");
        type("persons0.name", "Trần Văn An");
        type("persons0.dateOfBirth", "17/05/1980");
        type("containers0", "CSQU3054383");

        browser.findElement(By.cssSelector("button[name=add][value=persons]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("persons1.name")));
        wait.until(driver -> "persons1.name".equals(driver.switchTo().activeElement().getDomAttribute("id")));
        browser.findElement(By.cssSelector("button[name=add][value=containers]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("containers1")));

        assertThat(browser.getCurrentUrl()).as("htmx changed the form in place").endsWith("/enforcement/cases/new");
        assertThat(browser.findElement(By.id("persons0.name")).getDomProperty("value")).isEqualTo("Trần Văn An");
        assertThat(browser.findElement(By.id("containers0")).getDomProperty("value")).isEqualTo("CSQU3054383");
        assertThat(browser.findElement(By.id("person-1")).getText()).contains("Đối tượng nghi vấn 2", "Bỏ đối tượng này",
                "Bỏ giấy tờ này", "Thêm giấy tờ");
        type("persons1.name", "Sok Dara");
        type("persons1.nationality", "Campuchia");
        new Select(browser.findElement(By.id("persons1.documents0.type"))).selectByValue("border-pass");
        type("persons1.documents0.number", "N0123456");
        // A second document for the second suspect: a line added in place, the cursor in its number.
        browser.findElement(By.cssSelector("button[name=add][value='documents:1']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("persons1.documents1.number")));
        wait.until(driver -> "persons1.documents1.number".equals(driver.switchTo().activeElement().getDomAttribute("id")));
        assertThat(browser.findElement(By.id("persons1.documents0.number")).getDomProperty("value")).isEqualTo("N0123456");
        assertThat(browser.findElement(By.id("persons1.name")).getDomProperty("value")).isEqualTo("Sok Dara");
        assertThat(browser.findElements(By.id("persons0.documents1.number"))).as("the first suspect's row unchanged").isEmpty();
        type("persons1.documents1.number", "P9988776");
        new Select(browser.findElement(By.id("persons1.documents1.type"))).selectByValue("passport");
        assertHintsShowWhole();
        type("containers1", "MSKU9070323");
        type("concealment", "trong thùng nhiên liệu");
        new Select(browser.findElement(By.id("detectionMethod"))).selectByValue("detector-dog");
        browser.findElement(By.id("persons1.name")).click();
        screenshot("enforcement-case-two-suspects-vi");
        browser.findElement(By.id("save-case")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-reference")));
        assertThat(browser.findElement(By.id("case-persons")).getText()).contains("Trần Văn An (Tran Van An)", "Sok Dara",
                "Campuchia", "N0123456", "P9988776");
        assertThat(browser.findElement(By.id("case-containers")).getText()).isEqualTo("CSQU3054383, MSKU9070323");
        assertThat(browser.findElement(By.id("case-concealment")).getText()).isEqualTo("trong thùng nhiên liệu");
        assertThat(browser.findElement(By.id("case-detection-method")).getText()).isEqualTo("Chó nghiệp vụ");
    }

    @Test
    void correctsACaseOnScreenFromItsPageKeepingWhatTheFormDoesNotShow() throws Exception {
        long id = Recorded.caseOn(port, CaseCorrectionScreenTest.withMoreThanTheFormShows());

        logIn("investigator", "en");
        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.get(url("/enforcement/cases/" + id));
        browser.findElement(By.id("edit-case")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-edit-hint")));
        assertThat(browser.findElement(By.id("departure")).getDomProperty("value")).isEqualTo("Laos");
        assertThat(browser.findElement(By.id("date")).getDomProperty("value")).isEqualTo("02/11/2026");
        browser.findElement(By.id("description")).clear();
        type("description", "Heroin, not methamphetamine");
        browser.findElement(By.id("departure")).clear();
        type("departure", "Cambodia");
        screenshot("enforcement-case-correction-en");
        browser.executeScript("document.getElementById('persons').scrollIntoView()");
        assertThat(browser.findElement(By.id("persons0.documents1.number")).getDomProperty("value")).isEqualTo("B7654321");
        assertHintsShowWhole();
        screenshot("enforcement-case-correction-persons-en");
        browser.findElement(By.id("save-case")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-reference")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("version 2");
        assertThat(browser.findElement(By.id("case-description")).getText()).isEqualTo("Heroin, not methamphetamine");
        assertThat(browser.findElement(By.id("case-departure")).getText()).isEqualTo("Cambodia");
        assertThat(browser.findElement(By.id("case-transit")).getText()).isEqualTo("Hong Kong (China)");
        assertThat(browser.findElement(By.id("case-containers")).getText()).isEqualTo("CSQU3054383, MSKU9070323");
        assertThat(browser.findElement(By.id("case-persons")).getText()).contains("Sok Dara");
        screenshot("enforcement-case-corrected-en");
    }

    /**
     * Every field of the case form with a hint (a suspect's nationality, a transit country, the place, the currency...)
     * is wide enough for the whole hint at a small screen's 1024 pixels and a laptop's 1366, and the page does not
     * scroll sideways at either.
     */
    private void assertHintsShowWhole() {
        for (int width : new int[] {1024, 1366}) {
            showPixelsWide(width);
            Object cut = browser.executeScript("""
                    const context = document.createElement('canvas').getContext('2d');
                    return [...document.querySelectorAll('#case-form input[placeholder]')].filter(field => {
                      const style = getComputedStyle(field);
                      context.font = style.font;
                      const inside = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                      return context.measureText(field.placeholder).width > inside;
                    }).map(field => field.id);""");
            assertThat((List<?>) cut).as("fields whose hint is cut off at %d pixels", width).isEmpty();
            Object sideways = browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) sideways).intValue()).as("pixels the page scrolls sideways at %d pixels", width)
                    .isLessThanOrEqualTo(0);
        }
    }

    /** Sizes the window so that the page itself is {@code width} pixels wide, whatever the window's frame takes. */
    private void showPixelsWide(int width) {
        browser.manage().window().setSize(new Dimension(width, 768));
        long frame = ((Number) browser.executeScript("return window.outerWidth - window.innerWidth;")).longValue();
        if (frame != 0) {
            browser.manage().window().setSize(new Dimension(width + (int) frame, 768));
        }
        assertThat(((Number) browser.executeScript("return window.innerWidth;")).intValue()).isEqualTo(width);
    }

    @Test
    void theOperationPageDrawsItsTotalsFromTheTaggedCases() throws Exception {
        var api = HubClient.as(port, "investigator");
        var json = JsonMapper.builder().build();
        long operation = json.readTree(api.postJson("/api/enforcement/operations",
                "{\"name\": \"Mekong Dragon\", \"categories\": [\"drugs\"], \"partners\": [\"HK\", \"LA\"]}").body())
                .get("id").asLong();
        for (double kilograms : new double[] {12.5, 3}) {
            long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("quantity.value", kilograms));
            api.postJson("/api/enforcement/operations/" + operation + "/cases/" + id, "");
        }

        logIn("analyst", "en");
        browser.get(url("/enforcement/operations/" + operation));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#operation-chart-kg canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#operation-timeline canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#operation-routes canvas")));
        assertThat(browser.findElement(By.id("operation-cases")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("total-drugs-kg")).getText()).isEqualTo("Drugs 15.5 kg");
        Object axis = browser.executeScript("""
                var chart = document.querySelector('#operation-chart-kg [data-chart]');
                return echarts.getInstanceByDom(chart).getOption().yAxis[0].name;""");
        assertThat(axis).as("the value axis names its unit").isEqualTo("kg");
        assertThat(browser.findElement(By.id("route-country-LA")).getText()).isEqualTo("Laos 2 2 0 0");
        assertThat(browser.findElement(By.id("route-country-HK")).getText()).isEqualTo("Hong Kong (China) 2 0 2 0");
        assertThat(browser.findElement(By.cssSelector("#route-country-LA td")).getDomAttribute("title")).isEqualTo("LA");
        assertThat(browser.findElements(By.id("alert-form"))).as("analysts do not send alerts").isEmpty();
        screenshot("enforcement-operation-en");
        Object flowNodes = browser.executeScript("""
                var routes = document.getElementById('operation-routes');
                routes.scrollIntoView();
                return echarts.getInstanceByDom(routes).getOption().series[0].data.map(function (n) { return n.name; });""");
        assertThat(flowNodes).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly("departure:LA", "transit-1:HK", "destination:VN");
        Object flowLabels = browser.executeScript("""
                var routes = document.getElementById('operation-routes');
                return echarts.getInstanceByDom(routes).getOption().series[0].data.map(function (n) { return n.label.formatter; });""");
        assertThat(flowLabels).as("the route countries named as the table names them")
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly("Laos", "Hong Kong (China)", "Vietnam");
        screenshot("enforcement-operation-routes-en");
        Object englishDays = browser.executeScript("""
                return echarts.getInstanceByDom(document.getElementById('operation-timeline')).getOption().xAxis[0].data;""");
        assertThat(englishDays).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isNotEmpty()
                .allSatisfy(day -> assertThat((String) day).matches("\\d\\d/\\d\\d/\\d{4}"));
        browser.get(url("/enforcement/operations/" + operation + "?lang=vi"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#operation-timeline canvas")));
        Object vietnameseDays = browser.executeScript("""
                return echarts.getInstanceByDom(document.getElementById('operation-timeline')).getOption().xAxis[0].data;""");
        assertThat(vietnameseDays).as("the timeline's days as the forms ask for them")
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isNotEmpty()
                .allSatisfy(day -> assertThat((String) day).matches("\\d\\d/\\d\\d/\\d{4}"));

        logIn("investigator", "en");
        browser.get(url("/enforcement/operations/" + operation));
        type("alert-text", "Inspect container CSQU3054383 on arrival");
        browser.findElement(By.id("send-alert")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-sent")));
        assertThat(browser.findElement(By.id("alerts-sent")).getText()).as("each recipient by its name")
                .contains("Inspect container CSQU3054383 on arrival", "Customs and Excise Department, Hong Kong, China",
                        "Lao Customs Department");
        screenshot("enforcement-operation-alert-en");
    }

    @Test
    void createsAJointOperationFromTheListAfterAnErrorInVietnameseAndSeesItThere() throws Exception {
        logIn("investigator", "vi");
        browser.get(url("/enforcement/operations"));
        browser.findElement(By.id("new-operation")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operation-form")));
        type("organisers", "VN, CN");
        var partners = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("partners")));
        partners.selectByValue("HK");
        partners.selectByValue("LA");
        browser.findElement(By.cssSelector("input[name=categories][value=drugs]")).click();
        browser.findElement(By.cssSelector("input[name=categories][value=precursors]")).click();
        type("phases0.name", "Giai đoạn 1");
        browser.findElement(By.id("save-operation")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Chiến dịch có lỗi: chưa lưu gì",
                "Hãy đặt tên cho chiến dịch bằng tiếng Anh, tiếng Việt hoặc cả hai.");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("partners")))
                .getAllSelectedOptions()).as("the choices are kept").hasSize(2);
        screenshot("enforcement-operation-form-errors-vi");
        type("nameVi", "Chiến dịch Con Rồng Mê Kông 2027");
        browser.findElement(By.id("save-operation")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operation-name")));
        assertThat(browser.findElement(By.id("operation-name")).getText()).isEqualTo("Chiến dịch Con Rồng Mê Kông 2027");
        assertThat(browser.findElement(By.id("operation-partners")).getText()).isEqualTo("Hồng Kông (Trung Quốc), Lào");
        assertThat(browser.findElement(By.id("operation-phases")).getText()).contains("Giai đoạn 1");
        browser.get(url("/enforcement/operations?lang=en"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Joint operations"));
        var row = browser.findElements(By.cssSelector("#operations tbody tr")).stream()
                .filter(tr -> tr.getText().contains("Chiến dịch Con Rồng Mê Kông 2027")).findFirst().orElseThrow();
        assertThat(row.getText()).contains("Hong Kong (China), Laos", "Drugs", "Precursors", "0");
        screenshot("enforcement-operations-en");
    }

    @Test
    void importsASheetWatchingItsProgressAndReadsEachFaultInVietnamese() throws Exception {
        String header = String.join(",", CenTemplate.COLUMNS.stream().map(TableColumn::name).toList());
        java.util.function.Function<String, String> row = hsCode -> String.join(",", CenTemplate.COLUMNS.stream()
                .map(column -> switch (column.name()) {
                    case "date" -> "2026-11-04";
                    case "place" -> "VNHPH";
                    case "category" -> "drugs";
                    case "hs-code" -> hsCode;
                    case "description" -> "Heroin in the browser sheet";
                    case "quantity" -> "2";
                    case "unit" -> "kg";
                    default -> "";
                }).toList());
        Path sheet = Files.createTempFile("cen-sheet", ".csv");
        Files.writeString(sheet, header + "\n" + row.apply("293945") + "\n" + row.apply("999999") + "\n");

        logIn("investigator", "vi");
        browser.get(url("/enforcement/cases/import"));
        browser.findElement(By.id("file")).sendKeys(sheet.toString());
        browser.findElement(By.id("start-import")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));
        assertThat(browser.findElement(By.id("import-nothing")).getText())
                .isEqualTo("Tệp có lỗi: không có vụ việc nào được nhập.");
        assertThat(browser.findElement(By.id("import-problems")).getText())
                .contains("3", "Mã HS", "Mã HS 999999");
        screenshot("enforcement-import-refused-vi");

        browser.get(url("/enforcement/cases/import"));
        browser.findElement(By.id("file")).sendKeys(sheet.toString());
        browser.findElement(By.id("validRowsOnly")).click();
        browser.findElement(By.id("start-import")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));
        assertThat(browser.findElement(By.id("import-result")).getText()).isEqualTo("Đã đọc 2 dòng, đã nhập 1 vụ việc.");
        assertThat(browser.findElement(By.id("import-bar")).getDomProperty("value")).isEqualTo("100");
        screenshot("enforcement-import-vi");
    }

    @Test
    void addsAPhotoToACaseAfterANonImageIsRefusedInVietnamese() throws Exception {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        java.nio.file.Path notAPhoto = java.nio.file.Files.createTempFile("not-a-photo", ".jpg");
        java.nio.file.Files.writeString(notAPhoto, "%PDF-1.4 a scanned form, not a photo");
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("tea-packages", ".png");
        java.nio.file.Files.write(photo, Photos.image("png", java.awt.Color.RED));

        logIn("investigator", "vi");
        browser.get(url("/enforcement/cases/" + id));
        browser.findElement(By.id("photo-file")).sendKeys(notAPhoto.toString());
        browser.findElement(By.id("upload-photo")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("photo-error")));
        assertThat(browser.findElement(By.id("photo-error")).getText()).startsWith("Tệp không thuộc loại được phép");
        assertThat(browser.findElements(By.cssSelector("#case-photos img"))).isEmpty();
        screenshot("enforcement-photo-refused-vi");

        browser.findElement(By.id("photo-file")).sendKeys(photo.toString());
        browser.findElement(By.id("upload-photo")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#case-photos img")));
        assertThat(browser.findElements(By.id("photo-error"))).isEmpty();
        wait.until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const img = document.querySelector('#case-photos img'); return img.complete && img.naturalWidth === 64;"));
        screenshot("enforcement-photo-vi");
    }

    @Test
    void mergesTwoRecordsOfOnePersonAfterSeeingThemSideBySide() throws Exception {
        long first = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong()
                .with("persons", java.util.List.of(java.util.Map.of("name", "Mạc Đăng Dung", "documents", java.util.List.of("M1527001")))));
        long second = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong()
                .with("persons", java.util.List.of(java.util.Map.of("name", "Mac Dang Dung", "documents", java.util.List.of("M1527002")))));

        logIn("investigator", "en");
        browser.get(url("/enforcement/merge"));
        type("q", "dang dung");
        browser.findElement(By.id("compare")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("found")));
        var ids = browser.findElements(By.cssSelector("#found tbody tr")).stream()
                .map(row -> row.getDomAttribute("id").substring("record-".length())).toList();
        assertThat(ids).hasSize(2);
        assertThat(browser.findElement(By.id("found")).getText()).as("each record by its name, not its number")
                .contains("Mạc Đăng Dung", "Mac Dang Dung", "M1527001", "M1527002", reference(first), reference(second));
        browser.findElement(By.cssSelector("#record-" + ids.get(0) + " a.choose-a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-a")));
        browser.findElement(By.cssSelector("#record-" + ids.get(1) + " a.choose-b")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("merge-form")));
        assertThat(browser.findElement(By.id("record-a")).getText()).contains("Mạc Đăng Dung", "M1527001");
        assertThat(browser.findElement(By.id("record-b")).getText()).contains("Mac Dang Dung", "M1527002");
        screenshot("enforcement-merge-side-by-side-en");
        browser.findElement(By.id("merge")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("merge-done")));
        assertThat(browser.findElement(By.id("merge-done")).getText())
                .isEqualTo("Mac Dang Dung (record " + ids.get(1) + ") was merged into Mạc Đăng Dung (record " + ids.get(0)
                        + "); 1 case(s) moved.");
        assertThat(browser.findElement(By.id("record-a")).getText()).contains("Mac Dang Dung", "Merge history",
                "by investigator");
        assertThat(browser.findElement(By.cssSelector("#record-a .record-cases")).getText())
                .contains(reference(first), reference(second));
        screenshot("enforcement-merged-en");
    }

    private String reference(long id) {
        return JsonMapper.builder().build().readTree(HubClient.as(port, "investigator")
                .get("/api/enforcement/cases/" + id).body()).get("reference").asString();
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }
}
