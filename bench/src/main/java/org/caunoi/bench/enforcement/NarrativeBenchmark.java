package org.caunoi.bench.enforcement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import org.caunoi.hub.enforcement.NarrativeCleaning;

/**
 * What cleaning a case's narrative for the non-nominal form costs ({@link NarrativeCleaning}, the hub's own index and cleaning) against
 * a name index of generated persons and companies, and against an empty index in the same process
 * (the regular expressions alone): the ratio is the figure to trust on a shared machine. Four
 * rows per index: a text first cleaned since the index changed, the same phrases again, a text of
 * words the index was never asked about ({@link #unheardOf}), and the empty index.
 *
 * <pre>java -cp "bench/target/classes:$(cat bench/target/exchange.classpath)" \
 *     org.caunoi.bench.enforcement.NarrativeBenchmark [names in the index ...]</pre>
 */
public final class NarrativeBenchmark {

    /** 106 words, a seizure at Hai Phong; no listed person is named in it. */
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
            NarrativeCleaning cleaning = new NarrativeCleaning();
            long began = System.nanoTime();
            fill(cleaning, names);
            System.out.printf("%,d names indexed in %.1f s%n", cleaning.names(), (System.nanoTime() - began) / 1e9);
            time("  clean one narrative, " + names + " names, index changed before each", cleaning, true);
            time("  clean one narrative, " + names + " names, index unchanged", cleaning, false);
            time("  clean one narrative, " + names + " names, index changed before each, every word new", cleaning, true,
                    NarrativeBenchmark::unheardOf);
            time("  clean one narrative, empty index", new NarrativeCleaning(), false);
        }
    }

    /** Cases of one generated suspect and one company each, added in one update as the hub's start does. */
    private static void fill(NarrativeCleaning cleaning, int names) {
        EnforcementBenchmark generated = new EnforcementBenchmark();
        List<String> suspects = new ArrayList<>();
        List<String> companies = new ArrayList<>();
        for (int i = 0; i < names / 2; i++) {
            suspects.add(generated.person());
            companies.add(generated.company());
        }
        cleaning.addCases(suspects, companies);
    }

    /**
     * @param changed whether the index changes before each text (an entity record of no name taken out), so
     *                that nothing screened for an earlier text is remembered: the cost of a first cleaning
     */
    private static void time(String what, NarrativeCleaning cleaning, boolean changed) {
        time(what, cleaning, changed, run -> NARRATIVE.replace("12.5 kg", (10 + run) + " kg") + " Run " + run + ".");
    }

    /**
     * @param text the text of each timed run
     */
    private static void time(String what, NarrativeCleaning cleaning, boolean changed, IntFunction<String> text) {
        for (int i = 0; i < 50; i++) {
            // a different text each time, so that nothing remembered from the last one is reused
            cleaning.clean(NARRATIVE + " Run " + i + ".");
        }
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            String narrative = text.apply(i);
            if (changed) {
                cleaning.changeIndex();
            }
            long began = System.nanoTime();
            cleaning.clean(narrative);
            nanos[i] = System.nanoTime() - began;
        }
        Arrays.sort(nanos);
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms%n", what, nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.95) - 1] / 1e6);
    }

    /**
     * The narrative with two letters of the run appended to every word: words the index was never
     * asked about, so that nothing the matcher remembers of a word (what it reaches) helps. The worst
     * case of a text never seen before; real narratives share most of their words.
     */
    static String unheardOf(int run) {
        String letters = "" + (char) ('a' + run % 26) + (char) ('a' + run / 26 % 26);
        return NARRATIVE.replaceAll("(\\p{L}+)", "$1" + letters);
    }
}
