package org.caunoi.hub.exchange.internal.as4;

import java.io.IOException;

import com.helger.collection.commons.CommonsArrayList;
import com.helger.phase4.attachment.IAS4IncomingAttachmentFactory;
import com.helger.phase4.incoming.AS4IncomingMessageMetadata;
import com.helger.phase4.incoming.AS4IncomingProfileSelectorConstant;
import com.helger.phase4.incoming.AS4IncomingReceiverConfiguration;
import com.helger.phase4.incoming.AS4RequestHandler;
import com.helger.phase4.incoming.crypto.AS4IncomingSecurityConfiguration;
import com.helger.phase4.incoming.spi.IAS4IncomingMessageProcessorSPI;
import com.helger.phase4.model.pmode.resolve.IAS4PModeResolver;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caunoi.hub.exchange.internal.ExchangeProperties;
import org.caunoi.hub.exchange.internal.SenderText;
import org.caunoi.hub.exchange.internal.inbox.Inbox;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code /as4} endpoint: a plain servlet that hands each POST to a fresh phase4 request handler
 * configured with this hub's keys and profile. No phase4 servlet framework (XServlet, web scopes):
 * Spring runs the web layer, phase4 only the message.
 */
@Configuration(proxyBeanMethods = false)
class As4Endpoint {

    static final String PATH = "/as4";

    private static final IAS4PModeResolver PMODES = (pmodeId, service, action, initiator, responder, agreement,
            address) -> As4Profile.pmode(initiator, responder, address);

    /** A phase4 request handler for one request, with this hub's keys and profile, handing messages to {@code processor}. */
    static AS4RequestHandler requestHandler(AS4IncomingMessageMetadata metadata, As4Crypto crypto,
            IAS4IncomingMessageProcessorSPI processor) {
        var handler = new AS4RequestHandler(metadata);
        handler.setCryptoFactory(crypto.factory());
        handler.setPModeResolver(PMODES);
        handler.setIncomingProfileSelector(new AS4IncomingProfileSelectorConstant(As4Profile.ID, true));
        handler.setIncomingAttachmentFactory(IAS4IncomingAttachmentFactory.DEFAULT_INSTANCE);
        handler.setIncomingSecurityConfiguration(AS4IncomingSecurityConfiguration.createDefaultInstance());
        handler.setIncomingReceiverConfiguration(new AS4IncomingReceiverConfiguration());
        handler.setProcessorSupplier(() -> new CommonsArrayList<IAS4IncomingMessageProcessorSPI>(processor));
        return handler;
    }

    @Bean
    ServletRegistrationBean<As4Servlet> as4Servlet(As4Crypto crypto, Inbox inbox, ApplicationAvailability availability,
            ExchangeProperties properties) {
        var registration = new ServletRegistrationBean<>(new As4Servlet(crypto, inbox, availability, properties), PATH);
        registration.setLoadOnStartup(1);
        return registration;
    }

    /**
     * Receives AS4 messages; authentication is the message signature, checked by phase4 and {@link Inbox}.
     * Anyone can post here, so the body is read no further than {@code caunoi.exchange.max-request-bytes},
     * and a refusal is logged in one line.
     */
    static final class As4Servlet extends HttpServlet {

        private static final Logger log = LoggerFactory.getLogger(As4Servlet.class);

        private final transient As4Crypto crypto;
        private final transient Inbox inbox;
        private final transient ApplicationAvailability availability;
        private final transient ExchangeProperties properties;

        As4Servlet(As4Crypto crypto, Inbox inbox, ApplicationAvailability availability, ExchangeProperties properties) {
            this.crypto = crypto;
            this.inbox = inbox;
            this.availability = availability;
            this.properties = properties;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
                // Tomcat listens before the partners and their endpoints are loaded; a refusal now would
                // send the partner's message to its dead letters. 503 makes the partner's hub try again.
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "This hub is starting.");
                return;
            }
            if (!crypto.ready()) {
                // Nothing can be decrypted or receipted; the partner's hub will retry later.
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "This hub has no keystore yet.");
                return;
            }
            if (request.getContentLengthLong() > properties.maxRequestBytes()) {
                refuseAsTooLarge(request, response);
                return;
            }
            SpooledRequestBody spooled;
            try {
                spooled = SpooledRequestBody.read(request.getInputStream(), properties.maxRequestBytes());
            }
            catch (IOException e) {
                // Tomcat's read timeout, or the sender went away: there is nobody left to answer.
                log.info("AS4 request from {} dropped, its body did not arrive: {}", request.getRemoteAddr(),
                        SenderText.clip(e.toString(), 200));
                return;
            }
            try (var body = spooled) {
                if (body.tooLarge()) {
                    refuseAsTooLarge(request, response);
                    return;
                }
                handle(request, response, body);
            }
        }

        private void handle(HttpServletRequest request, HttpServletResponse response, SpooledRequestBody body)
                throws IOException {
            var metadata = As4ServletAnswer.metadataOf(request);
            var receiver = new As4Receiver(inbox, body::stream);
            var answer = new As4ServletAnswer();
            Exception failure = null;
            try (AS4RequestHandler handler = requestHandler(metadata, crypto, receiver)) {
                handler.setErrorConsumer(receiver);
                handler.handleRequest(body.stream(), metadata.getAllHttpHeaders(), answer);
            }
            catch (Exception e) {
                failure = e;
            }
            answer(request, response, answer, failure);
        }

        private void answer(HttpServletRequest request, HttpServletResponse response, As4ServletAnswer answer,
                @Nullable Exception failure) throws IOException {
            if (failure != null && answer.status() == 0) {
                // A request phase4 could not read at all (no Content-Type, a broken MIME structure, a closed connection).
                refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "Not an AS4 message this hub can read.",
                        failure.toString());
                return;
            }
            if (answer.isEmpty()) {
                // phase4 answers nothing at all when the request is no SOAP document it can read
                // (not XML, a DOCTYPE, no SOAP envelope); without this the sender would see 200 OK.
                refuse(request, response, HttpServletResponse.SC_BAD_REQUEST,
                        "Not an AS4 message: the request is no SOAP 1.2 document this hub can read.");
                return;
            }
            answer.writeTo(response);
        }

        /** Anyone may post a body too large: it is recorded like a refused message from an unknown sender. */
        private void refuseAsTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String why = "The request is larger than " + properties.maxRequestBytes() + " bytes, this hub's limit.";
            inbox.recordRefusal(null, null, "HTTP 413 " + why, request.getRemoteAddr());
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, why);
        }

        private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String why)
                throws IOException {
            refuse(request, response, status, why, null);
        }

        /**
         * Answers in plain text and logs one line: anyone can post here, and a refusal is no fault of
         * ours worth a stack trace.
         */
        private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String why,
                @Nullable String cause) throws IOException {
            log.info("AS4 request from {} refused with HTTP {}: {}{}", request.getRemoteAddr(), status, why,
                    cause == null ? "" : " (" + SenderText.clip(cause, 200) + ")");
            if (response.isCommitted()) {
                return;
            }
            response.resetBuffer();
            response.setStatus(status);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(why + "\n");
        }
    }
}
