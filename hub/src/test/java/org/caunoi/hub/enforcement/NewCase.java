package org.caunoi.hub.enforcement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A case as a client posts it, from the example (methamphetamine at Hải Phòng, Nguyễn Văn
 * Hùng, Hoàng Long), with any field changed by its JSON path: {@code with("conveyance.imo", "9074728")}.
 */
final class NewCase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> fields;

    private NewCase(Map<String, Object> fields) {
        this.fields = fields;
    }

    static NewCase methamphetamineAtHaiPhong() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("date", "2026-11-02");
        fields.put("place", "VNHPH");
        fields.put("category", "drugs");
        fields.put("hsCode", "293945");
        fields.put("description", "Methamphetamine hidden in tea packages");
        fields.put("quantity", Map.of("value", 12.5, "unit", "kg"));
        fields.put("route", Map.of("departure", "LA", "transit", List.of("HK"), "destination", "VN"));
        fields.put("conveyance", Map.of("vesselName", "HAI PHONG STAR", "imo", "9074729",
                "containers", List.of("CSQU3054383")));
        fields.put("persons", List.of(Map.of("name", "Nguyễn Văn Hùng", "dateOfBirth", "1980-05-17",
                "nationality", "VN", "documents", List.of("C1234567"))));
        fields.put("companies", List.of(Map.of("name", "Công ty TNHH Thương mại Hoàng Long",
                "taxNumber", "0101234567")));
        fields.put("narrative", "Nguyễn Văn Hùng declared the goods as green tea; passport C1234567.");
        return new NewCase(copy(fields));
    }

    /** Sets a field by its path (dots between names, [i] for a list element); null removes it. */
    NewCase with(String path, Object value) {
        Map<String, Object> copy = copy(fields);
        Object node = copy;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            node = step(node, steps[i]);
        }
        set(node, steps[steps.length - 1], value);
        return new NewCase(copy);
    }

    NewCase without(String field) {
        Map<String, Object> copy = copy(fields);
        copy.remove(field);
        return new NewCase(copy);
    }

    String json() {
        return JSON.writeValueAsString(fields);
    }

    @SuppressWarnings("unchecked")
    private static Object step(Object node, String step) {
        if (step.endsWith("]")) {
            String name = step.substring(0, step.indexOf('['));
            int index = Integer.parseInt(step.substring(step.indexOf('[') + 1, step.length() - 1));
            return ((List<Object>) ((Map<String, Object>) node).get(name)).get(index);
        }
        return ((Map<String, Object>) node).get(step);
    }

    @SuppressWarnings("unchecked")
    private static void set(Object node, String step, Object value) {
        if (step.endsWith("]")) {
            String name = step.substring(0, step.indexOf('['));
            int index = Integer.parseInt(step.substring(step.indexOf('[') + 1, step.length() - 1));
            ((List<Object>) ((Map<String, Object>) node).get(name)).set(index, value);
        }
        else {
            ((Map<String, Object>) node).put(step, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put((String) key, copy(item)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return (T) copy;
        }
        return value;
    }
}
