package org.caunoi.bench.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.helger.annotation.Nonempty;
import com.helger.collection.commons.CommonsArrayList;
import com.helger.collection.commons.ICommonsList;
import com.helger.http.header.HttpHeaderMap;
import com.helger.phase4.attachment.IAS4IncomingAttachmentFactory;
import com.helger.phase4.attachment.WSS4JAttachment;
import com.helger.phase4.ebms3header.Ebms3SignalMessage;
import com.helger.phase4.ebms3header.Ebms3UserMessage;
import com.helger.phase4.error.AS4ErrorList;
import com.helger.phase4.incoming.AS4IncomingProfileSelectorConstant;
import com.helger.phase4.incoming.AS4IncomingReceiverConfiguration;
import com.helger.phase4.incoming.AS4RequestHandler;
import com.helger.phase4.incoming.IAS4IncomingMessageMetadata;
import com.helger.phase4.incoming.IAS4IncomingMessageState;
import com.helger.phase4.incoming.crypto.AS4IncomingSecurityConfiguration;
import com.helger.phase4.incoming.spi.AS4MessageProcessorResult;
import com.helger.phase4.incoming.spi.AS4SignalMessageProcessorResult;
import com.helger.phase4.incoming.spi.IAS4IncomingMessageProcessorSPI;
import com.helger.phase4.model.pmode.IPMode;
import com.helger.phase4.model.pmode.resolve.IAS4PModeResolver;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caunoi.hub.exchange.internal.as4.As4ServletAnswer;
import org.caunoi.hub.exchange.internal.as4.As4Crypto;
import org.caunoi.hub.exchange.internal.as4.As4Profile;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.w3c.dom.Node;

/**
 * The baseline: phase4 receiving with the hub's keys and profile, in the hub's Tomcat, at
 * {@code /as4-raw}, and nothing of ours behind it. It verifies the signature, decrypts and
 * decompresses the payload and answers with the signed receipt, as the hub's {@code /as4} does, but
 * stores, audits, checks and processes nothing. Wired like the hub's {@code As4Endpoint}.
 */
@Configuration(proxyBeanMethods = false)
class RawAs4Receiver {

    static final String PATH = "/as4-raw";

    private static final IAS4PModeResolver PMODES = (pmodeId, service, action, initiator, responder, agreement,
            address) -> As4Profile.pmode(initiator, responder, address);

    @Bean
    ServletRegistrationBean<RawServlet> rawAs4Servlet(As4Crypto crypto) {
        var registration = new ServletRegistrationBean<>(new RawServlet(crypto), PATH);
        registration.setLoadOnStartup(1);
        return registration;
    }

    /** The same open door as the hub's {@code /as4}: no login, no CSRF token, no session. */
    @Bean
    @Order(-1)
    SecurityFilterChain rawAs4Security(HttpSecurity http) throws Exception {
        http.securityMatcher(PATH)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    static final class RawServlet extends HttpServlet {

        private final transient As4Crypto crypto;

        RawServlet(As4Crypto crypto) {
            this.crypto = crypto;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            var metadata = As4ServletAnswer.metadataOf(request);
            var answer = new As4ServletAnswer();
            try (AS4RequestHandler handler = new AS4RequestHandler(metadata)) {
                handler.setCryptoFactory(crypto.factory());
                handler.setPModeResolver(PMODES);
                handler.setIncomingProfileSelector(new AS4IncomingProfileSelectorConstant(As4Profile.ID, true));
                handler.setIncomingAttachmentFactory(IAS4IncomingAttachmentFactory.DEFAULT_INSTANCE);
                handler.setIncomingSecurityConfiguration(AS4IncomingSecurityConfiguration.createDefaultInstance());
                handler.setIncomingReceiverConfiguration(new AS4IncomingReceiverConfiguration());
                handler.setProcessorSupplier(() -> new CommonsArrayList<IAS4IncomingMessageProcessorSPI>(new AcceptAll()));
                handler.handleRequest(request.getInputStream(), metadata.getAllHttpHeaders(), answer);
            }
            catch (Exception e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.toString());
                return;
            }
            answer.writeTo(response);
        }
    }

    /** Reads the payload (so it is decrypted and decompressed, as the hub does) and accepts it. */
    private static final class AcceptAll implements IAS4IncomingMessageProcessorSPI {

        @Override
        public AS4MessageProcessorResult processAS4UserMessage(IAS4IncomingMessageMetadata metadata,
                HttpHeaderMap headers, Ebms3UserMessage message, IPMode pmode, @Nullable Node payloadNode,
                @Nullable ICommonsList<WSS4JAttachment> attachments, IAS4IncomingMessageState state, AS4ErrorList errors) {
            if (attachments != null) {
                for (WSS4JAttachment attachment : attachments) {
                    try (InputStream in = attachment.getSourceStream()) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                    catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return AS4MessageProcessorResult.createSuccess();
        }

        @Override
        public AS4SignalMessageProcessorResult processAS4SignalMessage(IAS4IncomingMessageMetadata metadata,
                HttpHeaderMap headers, Ebms3SignalMessage signal, @Nullable IPMode pmode, IAS4IncomingMessageState state,
                AS4ErrorList errors) {
            return AS4SignalMessageProcessorResult.createSuccess();
        }

        @Override
        public void processAS4ResponseMessage(IAS4IncomingMessageMetadata metadata, IAS4IncomingMessageState state,
                @Nonempty String responseMessageId, byte @Nullable [] responseBytes, boolean responsePayloadIsAvailable,
                AS4ErrorList errors) {
        }
    }
}
