package org.caunoi.hub.partners.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import org.apache.tika.Tika;

/**
 * What makes an upload a signed agreement the registry keeps: a PDF by its bytes (Apache Tika's
 * detection, which ignores the name the browser sent, and a PDF's end-of-file marker), stored
 * under a file name that is safe to send back in a header and to save on any disk.
 */
final class PdfDocuments {

    private static final Tika TIKA = new Tika();
    /** The marker a PDF ends with; writers may add a little whitespace or an incremental-update pad after it. */
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int END_WITHIN = 1024;
    private static final int NAME_LENGTH = 100;

    private PdfDocuments() {
    }

    static boolean isPdf(byte[] content) {
        return PartnerCatalog.PDF.equals(TIKA.detect(content)) && endsWithEofMarker(content);
    }

    /**
     * The last segment of the given name, in letters, digits, spaces and {@code . _ - ( )} only,
     * at most 100 characters and ending in {@code .pdf}: no path, quote or control character survives.
     */
    static String safeFileName(String given) {
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{N} ._()-]", "_")
                .replaceAll("^[ ._]+", "")
                .strip();
        if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            name = name.substring(0, name.length() - 4);
        }
        name = name.length() > NAME_LENGTH - 4 ? name.substring(0, NAME_LENGTH - 4) : name;
        return (name.isBlank() ? "agreement" : name.strip()) + ".pdf";
    }

    private static boolean endsWithEofMarker(byte[] content) {
        int from = Math.max(0, content.length - END_WITHIN);
        outer:
        for (int i = content.length - END.length; i >= from; i--) {
            for (int j = 0; j < END.length; j++) {
                if (content[i + j] != END[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
