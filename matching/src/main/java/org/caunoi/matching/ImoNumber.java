package org.caunoi.matching;

/**
 * A vessel's IMO number, valid only with a correct check digit: the last digit equals the sum of
 * the first six digits weighted 7..2, modulo 10.
 */
public record ImoNumber(String digits) {

    public ImoNumber {
        if (!isValid(digits)) {
            throw new IllegalArgumentException("invalid IMO number '" + digits + "' (7 digits with a correct check digit)");
        }
    }

    /** Accepts "9074729", "IMO 9074729" or "IMO9074729". */
    public static ImoNumber parse(String text) {
        String digits = text.strip().replaceFirst("(?i)^IMO[\\s:.-]*", "");
        return new ImoNumber(digits);
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{7}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (digits.charAt(i) - '0') * (7 - i);
        }
        return sum % 10 == digits.charAt(6) - '0';
    }

    @Override
    public String toString() {
        return "IMO " + digits;
    }
}
