package org.caunoi.hub.exchange.internal.as4;

import java.io.IOException;

import com.helger.http.header.HttpHeaderMap;
import com.helger.httpclient.HttpClientManager;
import com.helger.phase4.messaging.http.BasicHttpPoster;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.jspecify.annotations.Nullable;

/**
 * phase4's poster with one HTTP client for every message, instead of a new client (and a new
 * connection) per message: the client's connection pool keeps connections to partners open between
 * messages. Otherwise as phase4 posts: same headers, same customiser, same retries around it.
 */
final class PooledHttpPoster extends BasicHttpPoster implements AutoCloseable {

    private final HttpClientManager client;

    PooledHttpPoster() {
        this.client = new HttpClientManager(getHttpClientFactory());
    }

    @Override
    public <T> @Nullable T sendGenericMessage(String url, @Nullable HttpHeaderMap headers, HttpEntity entity,
            HttpClientResponseHandler<? extends T> responseHandler) throws IOException {
        HttpPost post = new HttpPost(url);
        if (headers != null) {
            headers.forEachSingleHeader(post::addHeader, true, isQuoteHttpHeaders());
        }
        post.setEntity(entity);
        if (getHttpCustomizer() != null) {
            getHttpCustomizer().accept(post);
        }
        return client.execute(post, responseHandler);
    }

    @Override
    public void close() {
        client.close();
    }
}
