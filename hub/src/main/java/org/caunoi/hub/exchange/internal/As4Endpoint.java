package org.caunoi.hub.exchange.internal;

import java.io.IOException;

import com.helger.collection.commons.CommonsArrayList;
import com.helger.phase4.attachment.IAS4IncomingAttachmentFactory;
import com.helger.phase4.incoming.AS4IncomingProfileSelectorConstant;
import com.helger.phase4.incoming.AS4IncomingReceiverConfiguration;
import com.helger.phase4.incoming.AS4RequestHandler;
import com.helger.phase4.incoming.crypto.AS4IncomingSecurityConfiguration;
import com.helger.phase4.incoming.spi.IAS4IncomingMessageProcessorSPI;
import com.helger.phase4.model.pmode.resolve.IAS4PModeResolver;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

    @Bean
    ServletRegistrationBean<As4Servlet> as4Servlet(As4Crypto crypto, Inbox inbox, ApplicationAvailability availability) {
        var registration = new ServletRegistrationBean<>(new As4Servlet(crypto, inbox, availability), PATH);
        registration.setLoadOnStartup(1);
        return registration;
    }

    /** Receives AS4 messages; authentication is the message signature, checked by phase4 and {@link Inbox}. */
    static final class As4Servlet extends HttpServlet {

        private static final Logger log = LoggerFactory.getLogger(As4Servlet.class);
        private static final IAS4PModeResolver PMODES = (pmodeId, service, action, initiator, responder, agreement,
                address) -> As4Profile.pmode(initiator, responder, address);

        private final transient As4Crypto crypto;
        private final transient Inbox inbox;
        private final transient ApplicationAvailability availability;

        As4Servlet(As4Crypto crypto, Inbox inbox, ApplicationAvailability availability) {
            this.crypto = crypto;
            this.inbox = inbox;
            this.availability = availability;
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
            var metadata = As4ServletAnswer.metadataOf(request);
            var receiver = new As4Receiver(inbox);
            var answer = new As4ServletAnswer();
            try (AS4RequestHandler handler = new AS4RequestHandler(metadata)) {
                handler.setCryptoFactory(crypto.factory());
                handler.setPModeResolver(PMODES);
                handler.setIncomingProfileSelector(new AS4IncomingProfileSelectorConstant(As4Profile.ID, true));
                handler.setIncomingAttachmentFactory(IAS4IncomingAttachmentFactory.DEFAULT_INSTANCE);
                handler.setIncomingSecurityConfiguration(AS4IncomingSecurityConfiguration.createDefaultInstance());
                handler.setIncomingReceiverConfiguration(new AS4IncomingReceiverConfiguration());
                handler.setIncomingDumper(receiver);
                handler.setErrorConsumer(receiver);
                handler.setProcessorSupplier(() -> new CommonsArrayList<IAS4IncomingMessageProcessorSPI>(receiver));
                handler.handleRequest(request.getInputStream(), metadata.getAllHttpHeaders(), answer);
            }
            catch (Exception e) {
                log.warn("AS4 request from {} failed: {}", request.getRemoteAddr(), e.toString());
                if (!response.isCommitted() && answer.status() == 0) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
            }
            if (answer.isEmpty()) {
                // phase4 answers nothing at all when the request is no SOAP document it can read
                // (not XML, a DOCTYPE, no SOAP envelope); without this the sender would see 200 OK.
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/plain; charset=UTF-8");
                response.getWriter().write("Not an AS4 message: the request is no SOAP 1.2 document this hub can read.\n");
                return;
            }
            answer.writeTo(response);
        }
    }
}
