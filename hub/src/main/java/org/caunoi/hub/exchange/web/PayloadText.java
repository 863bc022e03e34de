package org.caunoi.hub.exchange.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A payload as an officer reads it on the message page: JSON indented, and a long text inside it (a
 * photo or a document in Base64) shown by its length instead of pages of letters. Anything else (XML,
 * JSON that does not parse) is shown as it came.
 */
final class PayloadText {

    /** The longest text shown whole; a Base64 photo is far longer. */
    static final int LONGEST_SHOWN = 300;
    private static final JsonMapper JSON = JsonMapper.shared();

    private PayloadText() {
    }

    static String readable(byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        if (!text.stripLeading().startsWith("{") && !text.stripLeading().startsWith("[")) {
            return text;
        }
        try {
            JsonNode tree = JSON.readTree(text);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(shortened(tree));
        }
        catch (JacksonException notJson) {
            return text;
        }
    }

    private static JsonNode shortened(JsonNode node) {
        if (node.isString() && node.asString().length() > LONGEST_SHOWN) {
            String value = node.asString();
            return StringNode.valueOf(value.substring(0, 60) + "… (" + value.length() + ")");
        }
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                object.set(field.getKey(), shortened(field.getValue()));
            }
        }
        else if (node.isArray()) {
            var array = (tools.jackson.databind.node.ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, shortened(array.get(i)));
            }
        }
        return node;
    }
}
