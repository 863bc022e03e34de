package org.caunoi.bench.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;
import org.caunoi.matching.EntryType;
import org.caunoi.matching.VietnameseSyllables;
import org.caunoi.matching.WatchlistEntry;

/**
 * A seeded list of Vietnamese persons (family, middle and given name from Datafaker's vi locale)
 * and the variants of their names partners and documents write: without diacritics, upper case,
 * another word order, in Han characters, with a slip of the keyboard that makes no syllable,
 * without the middle name; and names that must not hit: the same family and middle names with
 * another given name, a name one real syllable away from a listed one.
 */
final class VietnamesePersons {

    enum Kind {
        DIACRITICS, UPPER_CASE, WORD_ORDER, HAN_WRITTEN, SLIP, MIDDLE_NAME_DROPPED, HARD_NEGATIVE, OTHER_SYLLABLE;

        boolean negative() {
            return this == HARD_NEGATIVE || this == OTHER_SYLLABLE;
        }
    }

    record Query(Kind kind, String name, String expectedId) {
    }

    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Ngọc", "Hữu", "Xuân", "Công", "Quang", "Kim"};

    final List<WatchlistEntry> entries = new ArrayList<>();
    final List<Query> queries = new ArrayList<>();
    /** Names drawn for the Han kind whose syllables the name table could not all write. */
    int hanUnwritable;
    private final Random random;
    private final Set<String> listed = new HashSet<>();
    private final Map<String, String[]> parts = new HashMap<>();
    /** A syllable (lower case, with diacritics) → a Han character with that reading: family names first, given names last. */
    private final Map<String, String> familyCharacter = new HashMap<>();
    private final Map<String, String> givenCharacter = new HashMap<>();

    VietnamesePersons(long seed, int persons, int perKind) throws IOException {
        random = new Random(seed);
        readNameTable();
        Faker vi = new Faker(Locale.forLanguageTag("vi"), new Random(seed + 1));
        List<String> ids = new ArrayList<>();
        // Datafaker's vi locale keeps family names under firstName() and given names under lastName()
        List<String> families = new ArrayList<>();
        List<String> givens = new ArrayList<>();
        while (ids.size() < persons) {
            String family = vi.name().firstName();
            String given = vi.name().lastName();
            families.add(family);
            givens.add(given);
            String[] p = {family, pick(MIDDLE), given};
            String name = String.join(" ", p);
            if (listed.add(fold(name))) {
                String id = "vn" + ids.size();
                ids.add(id);
                parts.put(id, p);
                entries.add(new WatchlistEntry(id, "synthetic", EntryType.PERSON, List.of(name), null, null, List.of()));
            }
        }
        for (int i = 0; i < perKind; i++) {
            String id = pick(ids);
            String[] p = parts.get(id);
            queries.add(new Query(Kind.DIACRITICS, strip(String.join(" ", p)), id));
            id = pick(ids);
            p = parts.get(id);
            queries.add(new Query(Kind.UPPER_CASE, String.join(" ", p).toUpperCase(Locale.ROOT), id));
            id = pick(ids);
            p = parts.get(id);
            queries.add(new Query(Kind.WORD_ORDER, random.nextBoolean() ? p[2] + " " + p[0] + " " + p[1]
                    : strip(p[1] + " " + p[2] + " " + p[0]), id));
            han(ids);
            id = pick(ids);
            p = parts.get(id);
            String slipped = slip(p);
            if (slipped != null) {
                queries.add(new Query(Kind.SLIP, slipped, id));
            }
            id = pick(ids);
            p = parts.get(id);
            String dropped = p[0] + " " + p[2];
            queries.add(new Query(Kind.MIDDLE_NAME_DROPPED, random.nextBoolean() ? dropped : strip(dropped), id));
            id = pick(ids);
            p = parts.get(id);
            String negative = p[0] + " " + p[1] + " " + givens.get(random.nextInt(givens.size()));
            if (!listed.contains(fold(negative))) {
                queries.add(new Query(Kind.HARD_NEGATIVE, random.nextBoolean() ? negative : strip(negative), null));
            }
            id = pick(ids);
            String other = otherSyllable(parts.get(id));
            if (other != null && !listed.contains(fold(other))) {
                queries.add(new Query(Kind.OTHER_SYLLABLE, other, null));
            }
        }
    }

    /** The name in Han characters, each syllable by a character the name table reads so. */
    private void han(List<String> ids) {
        String id = pick(ids);
        String[] p = parts.get(id);
        StringBuilder han = new StringBuilder();
        for (int k = 0; k < p.length; k++) {
            String syllable = Normalizer.normalize(p[k].toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
            String character = k == 0 ? familyCharacter.getOrDefault(syllable, givenCharacter.get(syllable))
                    : givenCharacter.getOrDefault(syllable, familyCharacter.get(syllable));
            if (character == null) {
                hanUnwritable++;
                return;
            }
            han.append(character);
        }
        queries.add(new Query(Kind.HAN_WRITTEN, han.toString(), id));
    }

    /**
     * One syllable of the name (folded, as partners type it) changed by one keystroke — a letter
     * wrong, missing, extra or two swapped — into something that is no syllable at all.
     */
    private String slip(String[] p) {
        String[] words = strip(String.join(" ", p)).split(" ");
        for (int tries = 0; tries < 50; tries++) {
            int w = random.nextInt(words.length);
            String word = words[w];
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.length() < 2) {
                continue;
            }
            StringBuilder s = new StringBuilder(lower);
            int at = random.nextInt(lower.length());
            switch (random.nextInt(4)) {
                case 0 -> s.setCharAt(at, (char) ('a' + random.nextInt(26)));
                case 1 -> s.deleteCharAt(at);
                case 2 -> s.insert(at, (char) ('a' + random.nextInt(26)));
                default -> {
                    if (at + 1 >= lower.length()) {
                        continue;
                    }
                    char t = s.charAt(at);
                    s.setCharAt(at, s.charAt(at + 1));
                    s.setCharAt(at + 1, t);
                }
            }
            String changed = s.toString();
            if (changed.length() < 2 || VietnameseSyllables.isSyllable(changed)) {
                continue;
            }
            String[] out = words.clone();
            out[w] = Character.toUpperCase(changed.charAt(0)) + changed.substring(1);
            return String.join(" ", out);
        }
        return null;
    }

    /** The name with its given name changed by one letter into another real syllable (Hùng → Hàng): another person. */
    private String otherSyllable(String[] p) {
        String given = strip(p[2]).toLowerCase(Locale.ROOT);
        for (int tries = 0; tries < 50; tries++) {
            StringBuilder s = new StringBuilder(given);
            s.setCharAt(random.nextInt(given.length()), (char) ('a' + random.nextInt(26)));
            String changed = s.toString();
            // Thy is Thi spelt with y: the same name, not another
            if (!VietnameseSyllables.canonical(changed).equals(VietnameseSyllables.canonical(given)) && VietnameseSyllables.isSyllable(changed)) {
                return strip(p[0] + " " + p[1]) + " " + Character.toUpperCase(changed.charAt(0)) + changed.substring(1);
            }
        }
        return null;
    }

    private void readNameTable() throws IOException {
        boolean given = false;
        try (var reader = new BufferedReader(new InputStreamReader(
                VietnamesePersons.class.getResourceAsStream("/org/caunoi/matching/han-viet-names.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("# Given names")) {
                    given = true;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String character = new String(Character.toChars(f[0].codePointAt(0)));
                for (String reading : f[1].split(",")) {
                    (given ? givenCharacter : familyCharacter).putIfAbsent(Normalizer.normalize(reading, Normalizer.Form.NFC), character);
                }
            }
        }
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] array) {
        return array[random.nextInt(array.length)];
    }

    static String strip(String s) {
        return SyntheticNames.strip(s);
    }

    static String fold(String s) {
        return SyntheticNames.fold(s);
    }
}
