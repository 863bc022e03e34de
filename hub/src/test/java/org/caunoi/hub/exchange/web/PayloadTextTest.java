package org.caunoi.hub.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A payload on the message page: JSON indented, a photo in Base64 by its length, anything else as it came. */
class PayloadTextTest {

    @Test
    void jsonIsIndentedAndALongTextInsideIsShownByItsLength() {
        String photo = "iVBORw0KGgo".repeat(100);
        String json = "{\"text\":\"Inspect CSQU3054383\",\"attachments\":[{\"name\":\"photo.png\",\"content\":\"" + photo + "\"}]}";

        String shown = PayloadText.readable(json.getBytes(StandardCharsets.UTF_8));

        assertThat(shown).contains("\n", "\"text\" : \"Inspect CSQU3054383\"", "\"name\" : \"photo.png\"")
                .contains("… (" + photo.length() + ")").doesNotContain(photo);
    }

    @Test
    void xmlAndBrokenJsonAreShownAsTheyCame() {
        String xml = "<Ping xmlns=\"urn:caunoi:exchange:ping:1\"><From>VN</From></Ping>";
        assertThat(PayloadText.readable(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo(xml);
        assertThat(PayloadText.readable("{\"broken\": ".getBytes(StandardCharsets.UTF_8))).isEqualTo("{\"broken\": ");
    }
}
