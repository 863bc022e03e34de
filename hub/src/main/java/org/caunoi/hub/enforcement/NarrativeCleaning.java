package org.caunoi.hub.enforcement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caunoi.hub.enforcement.internal.CaseInput;
import org.caunoi.hub.enforcement.internal.CaseNameIndex;
import org.caunoi.hub.enforcement.internal.NonNominalText;

/**
 * The non-nominal form's cleaning of free text over a name index of its own, outside a running hub:
 * what the benchmarks measure, through the same index and cleaning classes the hub builds, without
 * reaching into the module's internal package.
 */
public final class NarrativeCleaning {

    private final CaseNameIndex index = new CaseNameIndex();
    private final NonNominalText text = new NonNominalText(index);
    private long lastCase;

    /** Adds one case per suspect and company pair, all in one update as the hub's start adds the stored cases. */
    public void addCases(List<String> suspects, List<String> companies) {
        Map<Long, CaseInput> cases = new LinkedHashMap<>();
        for (int i = 0; i < suspects.size(); i++) {
            cases.put(++lastCase, new CaseInput(LocalDate.of(2026, 10, 1), "VNHPH", "port", null, "import", "drugs", "293945",
                    null, null, null, null, null, null, null,
                    List.of(new CaseInput.Person(suspects.get(i), null, null, "VN", List.of())),
                    List.of(new CaseInput.Company(companies.get(i), null, null)), null, List.of()));
        }
        index.addAll("case", cases);
    }

    /** How many names the index holds. */
    public int names() {
        return index.size();
    }

    /** A text of no case, cleaned as the non-nominal form cleans it. */
    public String clean(String narrative) {
        String cleaned = text.clean(narrative);
        return cleaned == null ? "" : cleaned;
    }

    /** Changes the index (a record of no name), so that nothing screened for an earlier text is remembered. */
    public void changeIndex() {
        index.indexEntity("person", -1, List.of());
    }
}
