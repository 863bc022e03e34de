package org.caunoi.hub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.caunoi.hub.platform.security.PasswordPolicy.Weakness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the password policy as a table: each refusal, and passwords that pass. */
class PasswordPolicyTest {

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("lan.nguyen", "eleven-char", Weakness.LENGTH),
                Arguments.of("lan.nguyen", "x".repeat(64) + "y".repeat(65), Weakness.LENGTH),
                Arguments.of("lan.nguyen", "lan.nguyen-2026", Weakness.CONTAINS_USERNAME),
                Arguments.of("admin", "ADMINISTRATOR-of-the-hub", Weakness.CONTAINS_USERNAME),
                Arguments.of("lan.nguyen", "aaaaaaaaaaaa", Weakness.REPEATED),
                Arguments.of("lan.nguyen", "AAAAAAAAAAAAAAAA", Weakness.REPEATED),
                Arguments.of("lan.nguyen", "abababababab", Weakness.REPEATED),
                Arguments.of("lan.nguyen", "123123123123", Weakness.REPEATED),
                Arguments.of("lan.nguyen", "123456789012", Weakness.SEQUENCE),
                Arguments.of("lan.nguyen", "abcdefghijkl", Weakness.SEQUENCE),
                Arguments.of("lan.nguyen", "LKJIHGFEDCBA", Weakness.SEQUENCE),
                Arguments.of("lan.nguyen", "987654321098", Weakness.SEQUENCE),
                Arguments.of("lan.nguyen", "qwertyuiopas", Weakness.SEQUENCE),
                Arguments.of("lan.nguyen", "caunoi-hanoi-2026", Weakness.OBVIOUS_WORD),
                Arguments.of("lan.nguyen", "CauNoi rất an toàn", Weakness.OBVIOUS_WORD),
                Arguments.of("lan.nguyen", "MyPasswordIsLong", Weakness.OBVIOUS_WORD),
                Arguments.of("lan.nguyen", "P@ssw0rd-for-the-hub", Weakness.OBVIOUS_WORD),
                Arguments.of("lan.nguyen", "mật khẩu của tôi", Weakness.OBVIOUS_WORD),
                Arguments.of("lan.nguyen", "Mat-Khau-2026-HN", Weakness.OBVIOUS_WORD));
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
                "1234 lanterns on the river", "abcd efgh ijkl");
    }
}
