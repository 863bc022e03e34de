package org.caunoi.hub.platform.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The Harmonized System nomenclature (HS 2022, UN Comtrade edition, built into the hub): whether a
 * chapter, heading or subheading code exists, what it describes and which section it belongs to.
 * The table is read once, at the first question.
 */
@Component
public class HsNomenclature {

    static final String CODES = "reference/hs/harmonized-system.csv";
    static final String SECTIONS = "reference/hs/sections.csv";

    /** Chapter (2 digits), heading (4) or subheading (6); dots and spaces as on a declaration are allowed. */
    private static final Pattern CODE = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");

    /** A section of the nomenclature: its Roman number (I to XXI) and its name. */
    public record Section(String number, String name) {
    }

    /** A chapter, heading or subheading with its description and section. */
    public record HsCode(String code, String description, Section section) {

        /** 2 for a chapter, 4 for a heading, 6 for a subheading. */
        public int digits() {
            return code.length();
        }
    }

    private final SingletonSupplier<Map<String, HsCode>> codes = SingletonSupplier.of(HsNomenclature::read);

    /** The code as the nomenclature has it ({@code 293945} or {@code 2939.45}); empty when it does not exist. */
    public Optional<HsCode> find(String code) {
        String digits = code.replace(".", "").replace(" ", "");
        if (!CODE.matcher(digits).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(codes.obtain().get(digits));
    }

    /** True when the code is a chapter, heading or subheading of the nomenclature. */
    public boolean isValid(String code) {
        return find(code).isPresent();
    }

    public Optional<String> description(String code) {
        return find(code).map(HsCode::description);
    }

    public Optional<Section> sectionOf(String code) {
        return find(code).map(HsCode::section);
    }

    /** Number of codes in the table (chapters, headings and subheadings). */
    public int size() {
        return codes.obtain().size();
    }

    private static Map<String, HsCode> read() {
        Map<String, Section> sections = new HashMap<>();
        for (CSVRecord row : rows(SECTIONS)) {
            sections.put(row.get(0), new Section(row.get(0), row.get(1).strip()));
        }
        Map<String, HsCode> codes = new HashMap<>(8192);
        for (CSVRecord row : rows(CODES)) {
            Section section = sections.get(row.get(0));
            // UN Comtrade adds rows of its own (section TOTAL: 99, 9999, "all commodities"): not HS codes.
            if (section != null) {
                codes.put(row.get(1), new HsCode(row.get(1), row.get(2), section));
            }
        }
        return Map.copyOf(codes);
    }

    private static Iterable<CSVRecord> rows(String path) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = ReferenceResource.reader(path)) {
            return format.parse(reader).getRecords();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
