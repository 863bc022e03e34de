package org.caunoi.hub.exchange.internal.as4;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import com.helger.phase4.crypto.AS4CryptoFactoryInMemoryKeyStore;
import com.helger.phase4.crypto.IAS4CryptoFactory;
import org.jspecify.annotations.Nullable;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoint;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoints;
import org.caunoi.hub.exchange.internal.endpoints.TrustedCertificates;
import org.caunoi.hub.exchange.internal.keys.HubKeys;
import org.springframework.stereotype.Component;

/**
 * The phase4 crypto factory of this hub: our key for signing and decrypting, and a trust store of
 * the demo CA and every partner's registered certificate for checking signatures. Rebuilt when an
 * officer changes a partner's certificate.
 */
@Component
public class As4Crypto implements TrustedCertificates {

    private final HubKeys keys;
    private final PartnerEndpoints endpoints;
    private final AtomicReference<@Nullable IAS4CryptoFactory> factory = new AtomicReference<>();

    As4Crypto(HubKeys keys, PartnerEndpoints endpoints) {
        this.keys = keys;
        this.endpoints = endpoints;
        As4Runtime.start();
    }

    /** False when this hub has no keystore yet: nothing can be signed, encrypted or decrypted. */
    public boolean ready() {
        return keys.present();
    }

    public IAS4CryptoFactory factory() {
        IAS4CryptoFactory current = factory.get();
        if (current == null) {
            current = build();
            factory.set(current);
        }
        return current;
    }

    /** Forgets the trust store, so the next message sees the partners' current certificates. */
    @Override
    public void refresh() {
        factory.set(null);
    }

    private IAS4CryptoFactory build() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            int n = 0;
            for (X509Certificate issuer : keys.issuers()) {
                trust.setCertificateEntry("issuer-" + n++, issuer);
            }
            for (PartnerEndpoint endpoint : endpoints.all()) {
                if (endpoint.certificate() != null) {
                    trust.setCertificateEntry("partner-" + endpoint.partnerCode().toLowerCase(Locale.ROOT), endpoint.certificate());
                }
            }
            return new AS4CryptoFactoryInMemoryKeyStore(keys.keyStore(), keys.alias(), keys.password(), trust);
        }
        catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("Cannot build the AS4 trust store", e);
        }
    }
}
