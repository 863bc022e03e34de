package org.caunoi.hub.enforcement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A form on a page as a browser would post it back (its fields' values, no button, no CSRF token: the session adds
 * its own), to change a few fields of before posting: the tests correct a case the way an officer does.
 */
final class FilledForm {

    private final Map<String, String> fields = new LinkedHashMap<>();

    private FilledForm() {
    }

    /** The fields of the form {@code formId} on the page as they stand. */
    static FilledForm of(String page, String formId) {
        Element form = Jsoup.parse(page).getElementById(formId);
        if (form == null) {
            throw new IllegalStateException("no form " + formId + " on the page");
        }
        FilledForm filled = new FilledForm();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String name = field.attr("name");
            String type = field.attr("type");
            if (name.equals("_csrf") || type.equals("submit") || type.equals("button")
                    || (type.matches("checkbox|radio") && !field.hasAttr("checked"))) {
                continue;
            }
            filled.fields.put(name, switch (field.tagName()) {
                case "select" -> field.select("option[selected]").stream().findFirst()
                        .or(() -> field.select("option").stream().findFirst()).map(option -> option.attr("value")).orElse("");
                case "textarea" -> field.wholeText();
                default -> field.attr("value");
            });
        }
        return filled;
    }

    FilledForm with(String name, String value) {
        fields.put(name, value);
        return this;
    }

    /** The value posted for the field, as the page holds it. */
    String get(String name) {
        return fields.get(name);
    }

    /** The body the form posts, urlencoded. */
    String body() {
        return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
