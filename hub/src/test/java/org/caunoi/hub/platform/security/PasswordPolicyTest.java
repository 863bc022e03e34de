package org.caunoi.hub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.caunoi.hub.platform.security.PasswordPolicy.Weakness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every rule of the password policy as a table: each refusal, and passwords that pass. */
class PasswordPolicyTest {

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("lan.nguyen", "eleven-char", Weakness.LENGTH),
                // bcrypt keeps 72 bytes: 76 letters are too many, and so are 57 with Vietnamese accents (73 bytes).
                Arguments.of("lan.nguyen", "the quick brown fox jumps over the lazy dog near the old mill by the seaside", Weakness.TOO_LONG),
                Arguments.of("lan.nguyen", "những chiếc thuyền nhỏ xuôi dòng sông Hương lúc hoàng hôn", Weakness.TOO_LONG),
                // Twelve accents with nothing under them: no character an officer would count.
                Arguments.of("lan.nguyen", "\u0301".repeat(12), Weakness.LENGTH),
                Arguments.of("lan.nguyen", "lan.nguyen-2026", Weakness.CONTAINS_USERNAME),
                Arguments.of("lan.nguyen", "LanNguyen on the river", Weakness.CONTAINS_USERNAME),
                Arguments.of("admin", "ADMINISTRATOR-of-the-hub", Weakness.CONTAINS_USERNAME),
                Arguments.of("admin", "the-@dm1n-of-Hanoi", Weakness.CONTAINS_USERNAME),
                Arguments.of("lan.nguyen", "caunoi-hanoi-2026", Weakness.OBVIOUS_WORD),
                Arguments.of("lan.nguyen", "CauNoi rất an toàn", Weakness.OBVIOUS_WORD),
                Arguments.of("lan.nguyen", "C4u-N0i@hanoi river", Weakness.OBVIOUS_WORD),
                Arguments.of("lan.nguyen", "ionuac and more words", Weakness.OBVIOUS_WORD),
                Arguments.of("lan.nguyen", "Hải Quan Việt Nam", Weakness.OBVIOUS_WORD),
                Arguments.of("lan.nguyen", "MyPasswordIsLong", Weakness.OBVIOUS_WORD),
                Arguments.of("lan.nguyen", "password1234", Weakness.OBVIOUS_WORD),
                Arguments.of("lan.nguyen", "P@ssw0rd-for-the-hub", Weakness.OBVIOUS_WORD),
                Arguments.of("lan.nguyen", "Matkhau@1234", Weakness.OBVIOUS_WORD),
                Arguments.of("lan.nguyen", "mật khẩu của tôi", Weakness.OBVIOUS_WORD),
                Arguments.of("lan.nguyen", "Mat-Khau-2026-HN", Weakness.OBVIOUS_WORD),
                Arguments.of("lan.nguyen", "Anhyeuem@123", Weakness.COMMON_PASSWORD),
                Arguments.of("lan.nguyen", "iloveyou2026", Weakness.COMMON_PASSWORD),
                Arguments.of("lan.nguyen", "sunshine2026!", Weakness.COMMON_PASSWORD),
                Arguments.of("lan.nguyen", "Abcd@12345678", Weakness.COMMON_PASSWORD),
                // Once refused as runs; they are in the lists of passwords people use, which is what counts.
                Arguments.of("lan.nguyen", "123456789012", Weakness.COMMON_PASSWORD),
                Arguments.of("lan.nguyen", "qwertyuiopas", Weakness.COMMON_PASSWORD),
                Arguments.of("lan.nguyen", "vietnam123456", Weakness.DICTIONARY_WORD),
                Arguments.of("lan.nguyen", "monkeybusiness", Weakness.DICTIONARY_WORD),
                Arguments.of("lan.nguyen", "zxcvbnm,./asdf", Weakness.KEYBOARD_RUN),
                Arguments.of("lan.nguyen", "abcdefghijkl", Weakness.SEQUENCE),
                Arguments.of("lan.nguyen", "LKJIHGFEDCBA", Weakness.SEQUENCE),
                Arguments.of("lan.nguyen", "987654321098", Weakness.SEQUENCE),
                Arguments.of("lan.nguyen", "aaaaaaaaaaaa", Weakness.REPEATED),
                Arguments.of("lan.nguyen", "AAAAAAAAAAAAAAAA", Weakness.REPEATED),
                Arguments.of("lan.nguyen", "abababababab", Weakness.REPEATED),
                Arguments.of("lan.nguyen", "123123123123", Weakness.REPEATED),
                Arguments.of("lan.nguyen", "trustno1trustno1", Weakness.REPEATED),
                Arguments.of("lan.nguyen", "01/02/1985abc", Weakness.DATE));
    }

    @ParameterizedTest(name = "{1} for {0}: {2}")
    @MethodSource("refusals")
    void refusesWithTheRuleItBreaks(String username, String password, Weakness expected) {
        assertThat(PasswordPolicy.check(username, password)).contains(expected);
    }

    @Test
    void everyRuleHasARefusalInTheTable() {
        Set<Weakness> covered = refusals().map(arguments -> (Weakness) arguments.get()[2]).collect(Collectors.toSet());

        assertThat(covered).isEqualTo(EnumSet.allOf(Weakness.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void acceptsPassphrasesWithoutComposingRules(String password) {
        assertThat(PasswordPolicy.check("lan.nguyen", password)).isEmpty();
    }

    static Stream<String> accepted() {
        return Stream.of("correct horse battery staple", "hợp tác quốc tế 2026", "a long enough passphrase",
                "1234 lanterns on the river", "abcd efgh ijkl", "quả xoài chín vàng trên cây",
                "tY7#qm2!Lp9@vX4z", "correct-horse-battery", "my own good passphrase",
                // Just above the threshold: two words are enough at the minimum length.
                "orange lantern", "buffalo in rice",
                // The hub's Vietnamese words inside other syllables: "t|hai quan|g", "x|au noi" is not "cau noi".
                "Thái Quang đi Hải Phòng", "chị Thái Quang ở Huế",
                // 72 bytes, all bcrypt keeps.
                "the quick brown fox jumps over the lazy dog near the old mill by the sea");
    }

    @Test
    void aShortUserNameInsideAPassphraseOnlyLowersTheEstimate() {
        assertThat(PasswordPolicy.check("an", "orange lantern by the river")).isEmpty();
        assertThat(PasswordPolicy.check("bao", "baobab trees at dusk")).isEmpty();
        assertThat(PasswordPolicy.check("bao", "bao.bao.bao.bao")).contains(Weakness.REPEATED);
    }

    @Test
    void saysWhatToFixInTheOfficersLanguage() {
        Weakness weakness = PasswordPolicy.check("lan.nguyen", "iloveyou2026").orElseThrow();

        assertThat(reason(weakness, Locale.ENGLISH)).startsWith("The password is, or is built on, one of the most commonly used passwords");
        assertThat(reason(weakness, Locale.forLanguageTag("vi"))).startsWith("Mật khẩu là, hoặc dựa trên, một trong những mật khẩu được dùng nhiều nhất");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyWeakness")
    void everyReasonIsWrittenInBothLanguages(Weakness weakness) {
        String english = reason(weakness, Locale.ENGLISH);
        String vietnamese = reason(weakness, Locale.forLanguageTag("vi"));

        assertThat(english).startsWith("The password").doesNotContain("{");
        assertThat(vietnamese).startsWith("Mật khẩu").doesNotContain("{").isNotEqualTo(english);
    }

    static Stream<Weakness> everyWeakness() {
        return Stream.of(Weakness.values()).filter(weakness -> weakness != Weakness.LENGTH);
    }

    @Test
    void theLengthSaysTheBounds() {
        assertThat(reason(Weakness.LENGTH, Locale.ENGLISH)).isEqualTo("Use at least 12 characters.");
        assertThat(reason(Weakness.LENGTH, Locale.forLanguageTag("vi"))).isEqualTo("Dùng ít nhất 12 ký tự.");
        assertThat(reason(Weakness.TOO_LONG, Locale.ENGLISH)).contains("at most 72 bytes");
        assertThat(reason(Weakness.TOO_LONG, Locale.forLanguageTag("vi"))).contains("tối đa 72 byte");
    }

    private static String reason(Weakness weakness, Locale locale) {
        var bundles = new ResourceBundleMessageSource();
        bundles.setBasename("i18n/platform/messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles.getMessage(weakness.messageKey(), weakness.arguments(), locale);
    }
}
