package org.caunoi.hub.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The partner editor as a liaison officer's browser uses it: saves what is valid, explains what is not. */
@HubTest
class PartnerEditorTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @Test
    void createsAPartnerFromTheForm() {
        var browser = new BrowserSession(port);
        browser.logIn("liaison", "demo");

        int status = browser.postForm("/partners", "code=ID&kind=customs-administration&isoCountry=ID"
                + "&nameVi=T%E1%BB%95ng+c%E1%BB%A5c+H%E1%BA%A3i+quan+Indonesia&nameEn=Directorate+General+of+Customs+and+Excise+(Indonesia)"
                + "&region=southeast-asia&note=", true);

        assertThat(status).isEqualTo(302);
        assertThat(HubClient.as(port, "viewer").get("/api/partners/ID").body()).contains("Directorate General of Customs and Excise");
    }

    @Test
    void explainsABadCountryCodeInVietnameseAndSavesNothing() {
        var browser = new BrowserSession(port);
        browser.logIn("liaison", "demo");
        browser.get("/partners?lang=vi");

        String page = browser.postFormForPage("/partners",
                "code=XK1&kind=customs-administration&isoCountry=QQ&nameVi=&nameEn=X&region=europe");

        assertThat(page).contains("<title>Thêm đối tác", "Mã quốc gia không hợp lệ: QQ", "Trường này là bắt buộc");
        assertThat(HubClient.as(port, "viewer").get("/api/partners/XK1").statusCode()).isEqualTo(404);
    }

    @Test
    void aFocalPointWithErrorsNamesEachFieldKeepsWhatWasTypedAndSavesNothing() {
        var browser = new BrowserSession(port);
        browser.logIn("liaison", "demo");
        browser.get("/partners/HK?lang=vi");

        String page = browser.postFormForPage("/partners/HK/focal-points",
                "domain=cites&name=&position=Tr%C6%B0%E1%BB%9Fng+ph%C3%B2ng&email=not-an-address&phone=abc");

        assertThat(page).contains("Thêm đầu mối liên lạc").as("the country by its name")
                .contains("title=\"HK\">Hồng Kông (Trung Quốc)<");
        assertThat(fieldError(page, "name")).isEqualTo("Trường này là bắt buộc");
        assertThat(fieldError(page, "email")).isEqualTo("Địa chỉ thư điện tử không hợp lệ");
        assertThat(fieldError(page, "phone")).isEqualTo("Giá trị không đúng định dạng");
        assertThat(page).contains("value=\"Trưởng ph&ograve;ng\"", "value=\"not-an-address\"", "value=\"abc\"")
                .containsPattern("<option value=\"cites\" selected=\"selected\"");
        assertThat(HubClient.as(port, "viewer").get("/api/partners/HK").body()).doesNotContain("not-an-address");
        assertThat(browser.status("/partners/HK/focal-points")).as("a reload of the form's address goes to the partner").isEqualTo(302);
    }

    /** The error shown beside a field of the form: the span right after its input. */
    private static String fieldError(String page, String field) {
        var matcher = java.util.regex.Pattern.compile("id=\"" + field + "\"[^>]*>(?:</select>)?\\s*<span class=\"field-error\">([^<]*)</span>")
                .matcher(page);
        return matcher.find() ? matcher.group(1) : "(no error beside " + field + ")";
    }

    @Test
    void refusesToCreateAPartnerTwice() {
        var browser = new BrowserSession(port);
        browser.logIn("liaison", "demo");

        String page = browser.postFormForPage("/partners?lang=en",
                "code=HK&kind=territory-administration&isoCountry=HK&nameVi=X&nameEn=X&region=east-asia");

        assertThat(page).contains("A partner with code HK already exists.");
        assertThat(HubClient.as(port, "viewer").get("/api/partners/HK").body()).contains("Customs and Excise Department");
    }
}
