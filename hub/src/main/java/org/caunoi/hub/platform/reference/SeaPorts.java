package org.caunoi.hub.platform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The world's sea ports by UN/LOCODE (built into the hub from the MIT-licensed sea-ports list): name,
 * country and position. The table is read once, at the first question.
 */
@Component("seaPorts")
public class SeaPorts {

    static final String PORTS = "reference/ports/sea-ports.json";
    /** Vietnam's ports by the names Vietnamese officers write: the list spells them in English ("Haiphong"). */
    static final String VIETNAMESE_NAMES = "reference/ports/vietnam-port-names-vi.csv";

    /** A position in decimal degrees (WGS 84). */
    public record Coordinates(double latitude, double longitude) {
    }

    /**
     * A sea port. {@code country} is the English country name the list gives ("Viet Nam");
     * {@code coordinates} is null for the few ports the list has no position for; {@code nameVi} is the
     * Vietnamese name of a port of Vietnam ("Hải Phòng"), null for the others.
     */
    public record SeaPort(String locode, String name, String country, @Nullable Coordinates coordinates,
            @Nullable String nameVi) {

        /** The ISO 3166 country code: a UN/LOCODE starts with it. */
        public String countryCode() {
            return locode.substring(0, 2);
        }

        /** The name in the officer's language: Vietnamese where the port has one, else the list's. */
        public String name(Locale locale) {
            return nameVi != null && locale.getLanguage().equals("vi") ? nameVi : name;
        }
    }

    /** One entry of the list as it is written: coordinates are [longitude, latitude]. */
    private record Entry(String name, String country, @Nullable List<Double> coordinates) {
    }

    private final SingletonSupplier<Map<String, SeaPort>> ports;

    public SeaPorts(JsonMapper json) {
        this.ports = SingletonSupplier.of(() -> read(json));
    }

    /** The port of a UN/LOCODE ({@code VNHPH}, also written {@code VN HPH}); empty when the list has none. */
    public Optional<SeaPort> find(String locode) {
        String code = locode.replace(" ", "").toUpperCase(Locale.ROOT);
        return Optional.ofNullable(ports.obtain().get(code));
    }

    /**
     * A place as screens show it: a port's name in the officer's language with its UN/LOCODE
     * ({@code Haiphong (VNHPH)}, {@code Hải Phòng (VNHPH)}), anything else (a border gate, a customs
     * office) as written.
     */
    public String label(@Nullable String place, Locale locale) {
        if (place == null) {
            return "";
        }
        return place.length() <= 6
                ? find(place).map(port -> port.name(locale) + " (" + port.locode() + ")").orElse(place)
                : place;
    }

    /** Every port of the list, in no particular order: for a module that looks ports up by name. */
    public Collection<SeaPort> all() {
        return ports.obtain().values();
    }

    /** Number of ports in the list. */
    public int size() {
        return ports.obtain().size();
    }

    private static Map<String, SeaPort> read(JsonMapper json) {
        Map<String, Entry> entries;
        try (InputStream in = ReferenceResource.open(PORTS)) {
            entries = json.readValue(in, new TypeReference<Map<String, Entry>>() {
            });
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PORTS, e);
        }
        Map<String, String> vietnamese = vietnameseNames();
        Map<String, SeaPort> ports = new HashMap<>(entries.size() * 2);
        entries.forEach((code, entry) -> ports.put(code, new SeaPort(code, entry.name(), entry.country(),
                coordinatesOf(entry.coordinates()), vietnamese.get(code))));
        return Map.copyOf(ports);
    }

    private static Map<String, String> vietnameseNames() {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = ReferenceResource.open(VIETNAMESE_NAMES);
                CSVParser rows = CSVParser.parse(in, StandardCharsets.UTF_8, format)) {
            Map<String, String> names = new HashMap<>();
            rows.forEach(row -> names.put(row.get("locode"), row.get("name_vi")));
            return names;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + VIETNAMESE_NAMES, e);
        }
    }

    private static @Nullable Coordinates coordinatesOf(@Nullable List<Double> longitudeLatitude) {
        return longitudeLatitude == null || longitudeLatitude.size() != 2 ? null
                : new Coordinates(longitudeLatitude.get(1), longitudeLatitude.get(0));
    }
}
