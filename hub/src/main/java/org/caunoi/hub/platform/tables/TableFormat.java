package org.caunoi.hub.platform.tables;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.caunoi.hub.platform.problem.UnknownValueException;
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

    /** The format a file or request names ({@code csv}, {@code xlsx}, any case); empty for anything else. */
    public static Optional<TableFormat> find(String text) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(text.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The format a request names; anything else is a 400 naming the valid ones. */
    public static TableFormat parse(String text) {
        return find(text).orElseThrow(() -> new UnknownValueException("format", text,
                Arrays.stream(values()).map(TableFormat::extension).toList()));
    }
}
