package org.caunoi.hub.exchange.internal.as4;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.io.input.BoundedInputStream;
import org.apache.commons.io.output.DeferredFileOutputStream;

/**
 * The body of one {@code /as4} request, read in full before phase4 parses it, and no further than
 * the request limit: in memory up to 256 KiB, in a temporary file beyond. phase4 parses with a small
 * pool of XML parsers; were it to read from the network, twenty senders dripping a byte at a time
 * would hold them all and no partner's message could be read. A body that stops arriving is Tomcat's
 * business: its read timeout closes the connection.
 */
final class SpooledRequestBody implements AutoCloseable {

    private static final int IN_MEMORY = 256 * 1024;

    private final DeferredFileOutputStream spool;
    private final boolean tooLarge;

    private SpooledRequestBody(DeferredFileOutputStream spool, boolean tooLarge) {
        this.spool = spool;
        this.tooLarge = tooLarge;
    }

    /** Reads the body up to one byte past {@code maxBytes}: enough to tell a body over the limit. */
    static SpooledRequestBody read(InputStream body, long maxBytes) throws IOException {
        var spool = DeferredFileOutputStream.builder().setThreshold(IN_MEMORY).setPrefix("caunoi-as4-")
                .setSuffix(".request").get();
        try (spool) {
            var bounded = BoundedInputStream.builder().setInputStream(body).setMaxCount(maxBytes + 1)
                    .setPropagateClose(false).get();
            bounded.transferTo(spool);
            return new SpooledRequestBody(spool, bounded.getCount() > maxBytes);
        }
        catch (IOException e) {
            delete(spool.getPath());
            throw e;
        }
    }

    boolean tooLarge() {
        return tooLarge;
    }

    InputStream stream() throws IOException {
        return spool.toInputStream();
    }

    @Override
    public void close() throws IOException {
        delete(spool.getPath());
    }

    private static void delete(Path file) throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
