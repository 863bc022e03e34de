package org.caunoi.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysed readings of every name a watchlist has seen, one per distinct name and one word
 * object per distinct word: persons share names (Nguyễn Văn Hùng thousands of times among two
 * million), so each name is analysed once and its readings held once, however many entries bear it.
 * Names of removed entries stay: holding a name costs far less than analysing it again.
 */
final class PreparedNames {

    private record Key(String name, boolean stripForms, boolean typeUnknown) {
    }

    private final ConcurrentHashMap<Key, List<PreparedEntry.PreparedName>> names = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<NameToken, NameToken> words = new ConcurrentHashMap<>();

    /** The readings of the name, analysed the first time it is asked for. */
    List<PreparedEntry.PreparedName> of(String name, boolean stripForms, boolean typeUnknown) {
        Key key = new Key(name, stripForms, typeUnknown);
        List<PreparedEntry.PreparedName> known = names.get(key);
        if (known != null) {
            return known;
        }
        List<PreparedEntry.PreparedName> prepared = new ArrayList<>();
        for (NameVariant variant : NameAnalyzer.analyze(name, stripForms, typeUnknown)) {
            if (!variant.words().isEmpty()) {
                List<NameToken> shared = variant.words().stream().map(w -> words.computeIfAbsent(w, k -> k)).toList();
                prepared.add(new PreparedEntry.PreparedName(name, new NameVariant(shared, variant.forms())));
            }
        }
        List<PreparedEntry.PreparedName> result = List.copyOf(prepared);
        List<PreparedEntry.PreparedName> raced = names.putIfAbsent(key, result);
        return raced != null ? raced : result;
    }
}
