package org.caunoi.hub.platform.attachments;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The smallest files whose first bytes make them what they claim, for the store's type checks. */
final class SampleFiles {

    private SampleFiles() {
    }

    static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0);
    }

    static byte[] jpeg() {
        return bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9);
    }

    static byte[] webp() {
        return bytes('R', 'I', 'F', 'F', 0x1A, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ', 0x0E, 0, 0, 0, 0x30, 1, 0,
                0x9D, 0x01, 0x2A, 1, 0, 1, 0);
    }

    static byte[] html() {
        return "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.US_ASCII);
    }

    /** A PNG header followed by zeros up to {@code size} bytes. */
    static byte[] pngOfSize(int size) {
        return Arrays.copyOf(png(), size);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
