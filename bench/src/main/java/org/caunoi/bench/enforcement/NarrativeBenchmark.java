package org.caunoi.bench.enforcement;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caunoi.hub.enforcement.internal.CaseInput;
import org.caunoi.hub.enforcement.internal.CaseNameIndex;
import org.caunoi.hub.enforcement.internal.NonNominalText;

/**
 * What cleaning a case's narrative for the non-nominal form costs ({@link NonNominalText}) against
 * a name index of generated persons and companies, and against an empty index in the same process
 * (the regular expressions alone): the ratio is the figure to trust on a shared machine.
 *
 * <pre>java -cp "bench/target/classes:$(cat bench/target/exchange.classpath)" \
 *     org.caunoi.bench.enforcement.NarrativeBenchmark [names in the index ...]</pre>
 */
public final class NarrativeBenchmark {

    /** 103 words, a seizure at Hai Phong; no listed person is named in it. */
    static final String NARRATIVE = """
            On 2 November 2026 officers of the Hai Phong port customs branch inspected container CSQU3054383 \
            unloaded from the vessel HAI PHONG STAR, declared as green tea from Laos in transit through Hong Kong. \
            The scanner image showed dense packages behind the tea boxes, and the detector dog reacted at the \
            rear doors. Officers found 12.5 kg of methamphetamine hidden in 250 tea packages. The consignee, a \
            trading company registered in Hanoi, could not explain the shipment. The goods, the container and the \
            documents were seized, samples were sent to the laboratory, and the case was handed to the \
            investigation department for further inquiries with partner agencies.""";

    private NarrativeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Narrative of %d words%n", NARRATIVE.split("\\s+").length);
        for (String size : args.length > 0 ? args : new String[] {"10000", "100000"}) {
            int names = Integer.parseInt(size);
            CaseNameIndex index = new CaseNameIndex();
            long began = System.nanoTime();
            fill(index, names);
            System.out.printf("%,d names indexed in %.1f s%n", index.size(), (System.nanoTime() - began) / 1e9);
            time("  clean one narrative, " + names + " names, index changed before each", index, true);
            time("  clean one narrative, " + names + " names, index unchanged", index, false);
            time("  clean one narrative, empty index", new CaseNameIndex(), false);
        }
    }

    /** Cases of one generated suspect and one company each, added in one update as the hub's start does. */
    private static void fill(CaseNameIndex index, int names) throws Exception {
        EnforcementBenchmark generated = new EnforcementBenchmark();
        Map<Long, CaseInput> cases = new LinkedHashMap<>();
        for (long id = 1; id <= names / 2; id++) {
            cases.put(id, new CaseInput(LocalDate.of(2026, 10, 1), "VNHPH", "port", null, "import", "drugs", "293945",
                    null, null, null, null, null, null, null,
                    List.of(new CaseInput.Person(generated.person(), null, null, "VN", List.of())),
                    List.of(new CaseInput.Company(generated.company(), null, null)), null, List.of()));
        }
        // The index's bulk update is the hub's own (package-private): reached here as its start reaches it.
        Method addAll = CaseNameIndex.class.getDeclaredMethod("addAll", String.class, Map.class);
        addAll.setAccessible(true);
        addAll.invoke(index, "case", cases);
    }

    /**
     * @param changed whether the index changes before each text (an entity record of no name taken out), so
     *                that nothing screened for an earlier text is remembered: the cost of a first cleaning
     */
    private static void time(String what, CaseNameIndex index, boolean changed) {
        NonNominalText text = new NonNominalText(index);
        CaseInput nobody = new CaseInput(LocalDate.of(2026, 11, 2), "VNHPH", "port", null, "import", "drugs", "293945",
                null, null, null, null, null, null, null, List.of(), List.of(), null, List.of());
        for (int i = 0; i < 50; i++) {
            // a different text each time, so that nothing remembered from the last one is reused
            text.clean(NARRATIVE + " Run " + i + ".", nobody);
        }
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            String narrative = NARRATIVE.replace("12.5 kg", (10 + i) + " kg") + " Run " + i + ".";
            if (changed) {
                index.indexEntity("person", -1, List.of());
            }
            long began = System.nanoTime();
            text.clean(narrative, nobody);
            nanos[i] = System.nanoTime() - began;
        }
        Arrays.sort(nanos);
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms%n", what, nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.95) - 1] / 1e6);
    }
}
