package org.caunoi.hub.platform.attachments;

import java.text.Normalizer;

/**
 * Turns an uploader's file name into a name fit to show and to offer on download: no folders, no
 * control or reserved characters, NFC, at most 200 characters. It is only ever a label.
 */
final class DisplayNames {

    static final int MAX_LENGTH = 200;

    private DisplayNames() {
    }

    static String of(String fileName, String fallback) {
        String name = Normalizer.normalize(fileName, Normalizer.Form.NFC);
        // Browsers send a bare name today, but old ones sent the whole path; either separator may come.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").replaceAll("[<>:\"|?*]", "_").strip();
        name = name.replaceAll("^\\.+", "");
        if (name.isBlank()) {
            return fallback;
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name;
    }
}
