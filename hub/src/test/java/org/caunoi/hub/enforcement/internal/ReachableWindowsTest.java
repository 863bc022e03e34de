package org.caunoi.hub.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.caunoi.hub.enforcement.internal.CaseInput.Company;
import org.caunoi.hub.enforcement.internal.CaseInput.Person;
import org.junit.jupiter.api.Test;

/**
 * Screening only the word windows of which some word reaches a name of the index removes exactly
 * what screening every window removed: generated narratives naming persons and companies the index
 * holds (Vietnamese with and without diacritics, in capitals, family name last, Chinese, English,
 * with a slip of the keyboard, with a typo in every word, split across line ends) are cleaned the
 * same both ways. A name with a typo in every word ("Jamse Mooer") holds no word of the index and
 * still scores above the threshold: what a word reaches is more than the words the index holds.
 */
class ReachableWindowsTest {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Quốc", "Minh", "Thanh", "Xuân", "Đức", "Ngọc", "Hữu", "Thế"};
    private static final String[] GIVEN = {"Hùng", "Mai", "Tám", "Bảo", "Hoa", "Cường", "Long", "Hải", "Phong", "Lan", "Tuấn", "Dũng"};
    private static final String[] HAN_FAMILY = {"王", "李", "张", "刘", "陈", "阮", "黄"};
    private static final String[] HAN_GIVEN = {"小明", "文雄", "建华", "志强", "美玲", "国平"};
    private static final String[] ENGLISH_GIVEN = {"James", "Susan", "Thomas", "Mary", "David", "Linda"};
    private static final String[] ENGLISH_FAMILY = {"Moore", "Williams", "Clarke", "Johnson", "Taylor", "Brown"};
    private static final String[] TRADES = {"Thương mại", "Xuất nhập khẩu", "Vận tải", "Logistics", "Trading"};
    private static final String[] BRANDS = {"Hoàng Long", "Sao Mai", "Hưng Phát", "Golden Dragon", "Mekong Star", "Đại Dương"};
    private static final String[] SENTENCES = {
        "On %s officers of the Hai Phong port customs branch inspected the container declared by %s as green tea.",
        "Hàng hóa do %s khai báo là chè xanh, được %s nhận tại cửa khẩu Lao Bảo.",
        "The consignee %s could not explain the shipment, and the goods were seized.",
        "Samples were sent to the laboratory; %s paid the driver in cash at the gate.",
        "Documents signed by %s and stamped by %s were found behind the tea boxes.",
        "Shipped by %s to Hong Kong in transit through Laos.",
    };

    @Test
    void everyGeneratedNarrativeIsCleanedAsScreeningEveryWindowCleansIt() {
        Random random = new Random(18);
        List<String> persons = new ArrayList<>();
        List<String> companies = new ArrayList<>();
        Map<Long, CaseInput> cases = new LinkedHashMap<>();
        for (long id = 1; id <= 600; id++) {
            String person = person(random);
            String company = company(random);
            persons.add(person);
            companies.add(company);
            cases.put(id, caseWith(person, company));
        }
        CaseNameIndex cheaper = new CaseNameIndex();
        CaseNameIndex everyWindow = new CaseNameIndex(true);
        cheaper.addAll("case", cases);
        everyWindow.addAll("case", cases);
        NonNominalText cleaning = new NonNominalText(cheaper);
        NonNominalText reference = new NonNominalText(everyWindow);

        int withheld = 0;
        for (int n = 0; n < 150; n++) {
            String narrative = narrative(random, persons, companies);
            String cleaned = cleaning.clean(narrative);
            assertThat(cleaned).as(narrative).isEqualTo(reference.clean(narrative));
            if (cleaned != null && cleaned.contains(NonNominalText.WITHHELD)) {
                withheld++;
            }
        }
        assertThat(withheld).as("narratives that had a name taken out, of 150").isGreaterThan(120);
    }

    private static String narrative(Random random, List<String> persons, List<String> companies) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 3; s++) {
            String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
            int slots = sentence.split("%s", -1).length - 1;
            Object[] names = new Object[slots];
            for (int k = 0; k < slots; k++) {
                names[k] = random.nextInt(3) == 0 ? written(random, companies.get(random.nextInt(companies.size())))
                        : written(random, persons.get(random.nextInt(persons.size())));
            }
            text.append(String.format(sentence, names)).append(random.nextBoolean() ? " " : "\n");
        }
        return text.toString().strip();
    }

    /** A name as a narrative may write it. */
    private static String written(Random random, String name) {
        return switch (random.nextInt(8)) {
            case 0 -> withoutDiacritics(name);
            case 1 -> name.toUpperCase(Locale.ROOT);
            case 2 -> familyNameLast(name);
            case 3 -> name.replaceFirst(" ", "\n");
            case 4 -> slip(random, withoutDiacritics(name));
            case 5 -> typoInEveryWord(name);
            default -> name;
        };
    }

    private static String person(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> pick(random, HAN_FAMILY) + pick(random, HAN_GIVEN);
            case 1 -> pick(random, ENGLISH_GIVEN) + " " + pick(random, ENGLISH_FAMILY);
            default -> pick(random, FAMILY) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
        };
    }

    private static String company(Random random) {
        return random.nextBoolean() ? "Công ty TNHH " + pick(random, TRADES) + " " + pick(random, BRANDS)
                : pick(random, BRANDS) + " " + pick(random, TRADES) + " Co., Ltd";
    }

    private static String withoutDiacritics(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('Đ', 'D').replace('đ', 'd');
    }

    private static String familyNameLast(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(space + 1) + " " + name.substring(0, space);
    }

    /** Two adjacent letters of the last word swapped: a slip of the keyboard. */
    private static String slip(Random random, String name) {
        int at = name.lastIndexOf(' ') + 1;
        if (name.length() - at < 3) {
            return name;
        }
        int k = at + random.nextInt(name.length() - at - 1);
        char[] letters = name.toCharArray();
        char swapped = letters[k];
        letters[k] = letters[k + 1];
        letters[k + 1] = swapped;
        return new String(letters);
    }

    /** The last two letters of every word of five letters or more swapped ("Jamse Mooer" for James Moore). */
    private static String typoInEveryWord(String name) {
        return name.replaceAll("(?<=\\p{L}{3})(\\p{L})(\\p{L})\\b", "$2$1");
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static CaseInput caseWith(String person, String company) {
        return new CaseInput(LocalDate.of(2026, 10, 1), "VNHPH", "port", null, "import", "drugs", "293945", null, null,
                null, null, null, null, null, List.of(new Person(person, null, null, "VN", List.of())),
                List.of(new Company(company, null, null)), null, List.of());
    }
}
