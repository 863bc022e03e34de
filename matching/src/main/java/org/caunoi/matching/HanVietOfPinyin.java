package org.caunoi.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Hán-Việt readings a pinyin syllable may stand for in a Chinese name written in pinyin alone
 * ("Zhang Min", no characters): a Vietnamese officer reads the name as Trương Mẫn. Built from the
 * characters of the project's name table ({@code han-viet-names.tsv}), each with its Hán-Việt
 * readings and its pinyin as ICU's Han-Latin transliterator gives it: zhang → trương (张, 章),
 * wei → vĩ (伟), vệ (卫), ngụy (魏), uy (威), duy (维) …. The relation is ambiguous by nature
 * (a syllable stands for many characters), so the scorer gives such a pair less than a reading of
 * the characters themselves ({@link NameScorer#HAN_VIET_OF_PINYIN}). Only characters common in
 * names count: the Unihan table's rare characters would join far more syllables.
 */
final class HanVietOfPinyin {

    /** Folded pinyin syllable → folded Hán-Việt syllables of name characters read so in pinyin. */
    private static final Map<String, Set<String>> READINGS = build();

    private HanVietOfPinyin() {
    }

    /** Whether the folded word is the pinyin of some name character. */
    static boolean isPinyin(String folded) {
        return READINGS.containsKey(folded);
    }

    /** Whether a name character read {@code pinyin} in pinyin is read {@code hanViet} (folded) in Hán-Việt. */
    static boolean reads(String hanViet, String pinyin) {
        Set<String> readings = READINGS.get(pinyin);
        return readings != null && readings.contains(VietnameseSyllables.canonical(hanViet));
    }

    /** The folded pinyin syllables whose characters may be read {@code hanViet}; for the candidate search. */
    static List<String> pinyinOf(String hanViet) {
        return BY_HAN_VIET.getOrDefault(VietnameseSyllables.canonical(hanViet), List.of());
    }

    private static final Map<String, List<String>> BY_HAN_VIET = invert();

    private static Map<String, Set<String>> build() {
        Map<String, Set<String>> readings = new HashMap<>();
        for (int cp : HanVietReadings.nameCharacters()) {
            String pinyin = TextFolding.pinyin(cp);
            List<String> hanViet = HanVietReadings.nameReadings(cp);
            if (pinyin.isEmpty() || !pinyin.chars().allMatch(c -> c >= 'a' && c <= 'z') || hanViet == null) {
                continue;
            }
            Set<String> set = readings.computeIfAbsent(pinyin, k -> new HashSet<>());
            for (String reading : hanViet) {
                set.add(VietnameseSyllables.canonical(TextFolding.fold(reading)));
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        readings.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }

    private static Map<String, List<String>> invert() {
        Map<String, List<String>> byHanViet = new HashMap<>();
        READINGS.forEach((pinyin, hanViet) -> hanViet.forEach(h -> byHanViet.computeIfAbsent(h, k -> new java.util.ArrayList<>()).add(pinyin)));
        Map<String, List<String>> frozen = new HashMap<>();
        byHanViet.forEach((k, v) -> frozen.put(k, List.copyOf(v.stream().sorted().toList())));
        return Map.copyOf(frozen);
    }
}
