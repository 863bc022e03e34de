package org.caunoi.hub.partners;

/** A code (category, purpose, kind...) that the hub does not know; the message lists the valid ones. */
public class UnknownCodeException extends IllegalArgumentException {

    private final String field;
    private final String value;
    private final String validValues;

    public UnknownCodeException(String field, String value, String validValues) {
        super("Unknown " + field + " '" + value + "'. Valid values: " + validValues);
        this.field = field;
        this.value = value;
        this.validValues = validValues;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public String validValues() {
        return validValues;
    }
}
