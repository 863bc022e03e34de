package org.caunoi.matching;

/** A malformed line or element in a list file, where it is and what is wrong with it. */
public record LoadProblem(String file, long line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
