package org.caunoi.hub.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the message list says when it lists nothing: that no message was ever sent or received only
 * when no filter narrows it and the hub holds none; under a filter, that nothing matches.
 */
@HubTest
class EmptyMessageListTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} messages, filters [{1}] [{2}] [{3}] [{4}]: nothing yet {5}")
    @CsvSource({
            "0, '', '', '', '', true",
            "0, '', '  ', '', '', true",
            "0, out, '', '', '', false",
            "0, '', HK, '', '', false",
            "0, '', '', FAILED, '', false",
            "0, '', '', '', exchange/Ping, false",
            "3, '', '', '', '', false",
            "3, out, '', '', '', false"})
    void saysNothingWasExchangedYetOnlyWithoutFiltersAndWithoutMessages(long total, String direction, String partner,
            String state, String type, boolean nothingYet) {
        assertThat(ExchangeScreens.nothingExchangedYet(total, direction, partner, state, type)).isEqualTo(nothingYet);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, No messages match., No message has been sent or received yet.",
            "vi, Không có thông điệp phù hợp., Chưa có thông điệp nào được gửi hoặc nhận."})
    void aFilterThatMatchesNothingSaysSoAndNeverThatNothingWasExchanged(String language, String noneMatch, String noneYet) {
        assertThat(HubClient.as(port, "liaison").post("/api/exchange/ping?partner=HK", "application/json", new byte[0])
                .statusCode()).isBetween(200, 202);
        BrowserSession liaison = new BrowserSession(port);
        liaison.logIn("liaison", "demo");

        String filtered = emptyRow(liaison.get("/exchange/messages?type=test/" + UUID.randomUUID() + "&lang=" + language));
        String pastTheEnd = emptyRow(liaison.get("/exchange/messages?page=999999&lang=" + language));
        String whole = liaison.get("/exchange/messages?lang=" + language);

        assertThat(filtered).isEqualTo(noneMatch);
        assertThat(pastTheEnd).as("a page past the end of a list that holds messages").isEqualTo(noneMatch);
        assertThat(whole).as("the hub has sent a ping").doesNotContain(noneYet).contains("data-message-id=");
    }

    /** The text of the row an empty list shows in place of messages. */
    private static String emptyRow(String page) {
        return Jsoup.parse(page).select("#message-rows tbody td.muted[colspan]").text();
    }
}
