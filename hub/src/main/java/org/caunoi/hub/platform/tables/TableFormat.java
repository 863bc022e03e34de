package org.caunoi.hub.platform.tables;

import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;

/** The file formats tables go in and out as. */
public enum TableFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final MediaType mediaType;
    private final String extension;

    TableFormat(String mediaType, String extension) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.extension = extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format a request names ({@code csv}, {@code xlsx}, any case); empty for anything else. */
    public static Optional<TableFormat> parse(String text) {
        for (TableFormat format : values()) {
            if (format.extension.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The names {@link #parse} takes, for an error message. */
    public static String names() {
        return "csv, xlsx";
    }
}
