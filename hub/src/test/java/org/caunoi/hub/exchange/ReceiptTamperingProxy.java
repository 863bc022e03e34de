package org.caunoi.hub.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import com.helger.collection.commons.CommonsArrayList;
import com.helger.phase4.crypto.AS4SigningParams;
import com.helger.phase4.crypto.ECryptoKeyIdentifierType;
import com.helger.phase4.messaging.crypto.AS4Signer;
import com.helger.phase4.model.ESoapVersion;
import com.helger.phase4.util.AS4ResourceHelper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A man in the middle between a hub and its partner's {@code /as4}: passes the message on as it
 * is and changes the signed receipt on its way back — strips its signature, or signs it again with
 * a key of its own — so a test can check that the sending hub does not take such a receipt as proof.
 */
final class ReceiptTamperingProxy implements AutoCloseable {

    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String EBMS = "http://docs.oasis-open.org/ebxml-msg/ebms/v3.0/ns/core/200704/";
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "transfer-encoding",
            "upgrade", "expect", "keep-alive");

    private final HttpServer server;
    private final URI target;
    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    private final AtomicReference<UnaryOperator<byte[]>> receiptChange = new AtomicReference<>(UnaryOperator.identity());

    private ReceiptTamperingProxy(int targetPort) throws IOException {
        this.target = URI.create("http://127.0.0.1:" + targetPort + "/as4");
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/as4", this::forward);
        server.start();
    }

    static ReceiptTamperingProxy to(int targetPort) throws IOException {
        return new ReceiptTamperingProxy(targetPort);
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/as4";
    }

    /** What went wrong in the proxy itself, so a test fails for it rather than for a missing receipt. */
    @Nullable Throwable failure() {
        return failure.get();
    }

    void passThrough() {
        receiptChange.set(UnaryOperator.identity());
    }

    void stripSignature() {
        receiptChange.set(receipt -> serialise(withoutSecurityHeader(parse(receipt))));
    }

    void signAgainWith(SenderKey impostor) {
        receiptChange.set(receipt -> {
            Document soap = withoutSecurityHeader(parse(receipt));
            Element messaging = (Element) soap.getElementsByTagNameNS(EBMS, "Messaging").item(0);
            var params = AS4SigningParams.createDefault().setKeyIdentifierType(ECryptoKeyIdentifierType.BST_DIRECT_REFERENCE);
            try (var resources = new AS4ResourceHelper()) {
                return serialise(AS4Signer.createSignedMessage(impostor.cryptoFactory(), soap, ESoapVersion.SOAP_12,
                        messaging.getAttributeNS(WSU, "Id"), new CommonsArrayList<>(), resources, true, params));
            }
            catch (Exception e) {
                throw new IllegalStateException("could not sign the receipt again: " + e + " caused by " + e.getCause(), e);
            }
        });
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            var request = HttpRequest.newBuilder(target).POST(HttpRequest.BodyPublishers.ofByteArray(body.readAllBytes()));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] receipt = answer.statusCode() == 200 ? receiptChange.get().apply(answer.body()) : answer.body();
            answer.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
            exchange.sendResponseHeaders(answer.statusCode(), receipt.length == 0 ? -1 : receipt.length);
            exchange.getResponseBody().write(receipt);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
        }
        catch (RuntimeException | Error e) {
            failure.set(e);
            exchange.sendResponseHeaders(502, -1);
        }
    }

    private static Document withoutSecurityHeader(Document soap) {
        Node security = soap.getElementsByTagNameNS(WSSE, "Security").item(0);
        if (security != null) {
            security.getParentNode().removeChild(security);
        }
        return soap;
    }

    private static Document parse(byte[] xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        }
        catch (Exception e) {
            throw new IllegalStateException("the partner's answer is not XML", e);
        }
    }

    private static byte[] serialise(Document soap) {
        try {
            var out = new ByteArrayOutputStream();
            TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(soap), new StreamResult(out));
            return out.toByteArray();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
