package org.caunoi.hub.exchange.internal.as4;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.Collections;

import com.helger.base.io.iface.IHasInputStream;
import com.helger.http.header.HttpHeaderMap;
import com.helger.mime.IMimeType;
import com.helger.phase4.incoming.AS4IncomingMessageMetadata;
import com.helger.phase4.incoming.IAS4ResponseAbstraction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * Collects phase4's answer to one request and writes it to the servlet response at the end, since
 * phase4 may set the content before the status and type; and reads the request's metadata. Used by
 * the {@code /as4} endpoint and by {@link RawAs4Phase4}.
 */
final class As4ServletAnswer implements IAS4ResponseAbstraction {

    /** What phase4 needs to know of the HTTP request: the sender's address and every header. */
    static AS4IncomingMessageMetadata metadataOf(HttpServletRequest request) {
        HttpHeaderMap headers = new HttpHeaderMap();
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                headers.addHeader(name, value);
            }
        }
        return AS4IncomingMessageMetadata.createForRequest()
                .setRemoteAddr(request.getRemoteAddr())
                .setRemoteHost(request.getRemoteHost())
                .setRemotePort(request.getRemotePort())
                .setHttpHeaders(headers);
    }

    private int status;
    private @Nullable IMimeType mimeType;
    private @Nullable Charset charset;
    private byte @Nullable [] bytes;
    private @Nullable HttpHeaderMap headers;
    private @Nullable IHasInputStream stream;

    @Override
    public void setContent(byte[] content, Charset contentCharset) {
        bytes = content;
        charset = contentCharset;
    }

    @Override
    public void setContent(HttpHeaderMap contentHeaders, IHasInputStream content) {
        headers = contentHeaders;
        stream = content;
    }

    @Override
    public void setMimeType(IMimeType type) {
        mimeType = type;
    }

    @Override
    public void setStatus(int statusCode) {
        status = statusCode;
    }

    /** The status phase4 set; 0 when it set none. */
    public int status() {
        return status;
    }

    /** True when phase4 answered nothing at all. */
    public boolean isEmpty() {
        return status == 0 && bytes == null && stream == null;
    }

    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status == 0 ? HttpServletResponse.SC_OK : status);
        if (headers != null) {
            headers.forEachSingleHeader(response::addHeader, false);
        }
        if (mimeType != null) {
            response.setContentType(mimeType.getAsString() + (charset == null ? "" : "; charset=" + charset.name()));
        }
        try (OutputStream out = response.getOutputStream()) {
            if (bytes != null) {
                out.write(bytes);
            }
            else if (stream != null) {
                try (InputStream in = stream.getInputStream()) {
                    if (in == null) {
                        throw new IOException("phase4's answer could not be opened");
                    }
                    in.transferTo(out);
                }
            }
        }
    }
}
