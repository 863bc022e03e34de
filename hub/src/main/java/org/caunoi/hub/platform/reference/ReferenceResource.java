package org.caunoi.hub.platform.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Opens a reference file built into the hub; a missing one is a broken build, not bad input. */
final class ReferenceResource {

    private ReferenceResource() {
    }

    static InputStream open(String path) {
        InputStream in = ReferenceResource.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException(path + " is not on the classpath: the hub jar is incomplete"));
        }
        return in;
    }

    /** A UTF-8 reader that skips a leading byte-order mark (the HS sections file has one). */
    static Reader reader(String path) {
        try {
            Reader reader = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8));
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return reader;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
