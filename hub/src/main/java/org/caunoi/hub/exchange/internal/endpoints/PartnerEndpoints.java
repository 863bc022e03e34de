package org.caunoi.hub.exchange.internal.endpoints;

import java.security.cert.X509Certificate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoint.KeyReference;
import org.caunoi.hub.exchange.internal.keys.Certificates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The partners' hub endpoints, in {@code exchange.partner_endpoint}. Each message sent or received
 * reads its partner's row; the certificate in it is parsed once per distinct PEM text, not per message.
 */
@Repository
public class PartnerEndpoints {

    /** More certificates than a hub has partners, with room for each partner's next one. */
    private static final int CERTIFICATES_KEPT = 512;

    private final JdbcClient jdbc;
    /** Parsed certificates by their PEM text: a changed certificate is a new text, so nothing goes stale. */
    private final Map<String, X509Certificate> parsed = new ConcurrentHashMap<>();

    PartnerEndpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PartnerEndpoint> of(String partnerCode) {
        return jdbc.sql("SELECT * FROM exchange.partner_endpoint WHERE partner_code = ?").param(partnerCode)
                .query(this::map).optional();
    }

    public Optional<PartnerEndpoint> byPartyId(String partyId) {
        return jdbc.sql("SELECT * FROM exchange.partner_endpoint WHERE party_id = ?").param(partyId)
                .query(this::map).optional();
    }

    public List<PartnerEndpoint> all() {
        return jdbc.sql("SELECT * FROM exchange.partner_endpoint ORDER BY partner_code").query(this::map).list();
    }

    public void save(PartnerEndpoint endpoint) {
        jdbc.sql("""
                INSERT INTO exchange.partner_endpoint (partner_code, party_id, endpoint_url, certificate_pem, key_reference, updated_at)
                VALUES (:code, :party, :url, :pem, :ref, now())
                ON CONFLICT (partner_code) DO UPDATE SET party_id = EXCLUDED.party_id, endpoint_url = EXCLUDED.endpoint_url,
                    certificate_pem = EXCLUDED.certificate_pem, key_reference = EXCLUDED.key_reference, updated_at = now()""")
                .param("code", endpoint.partnerCode())
                .param("party", endpoint.partyId())
                .param("url", endpoint.endpointUrl())
                .param("pem", endpoint.certificate() == null ? null : Certificates.pem(endpoint.certificate()))
                .param("ref", endpoint.keyReference().name())
                .update();
    }

    /** Inserts unless the partner has an endpoint already: demo settings never overwrite an officer's. */
    public boolean insertIfAbsent(PartnerEndpoint endpoint) {
        return jdbc.sql("""
                INSERT INTO exchange.partner_endpoint (partner_code, party_id, endpoint_url, certificate_pem, key_reference)
                VALUES (:code, :party, :url, :pem, :ref) ON CONFLICT DO NOTHING""")
                .param("code", endpoint.partnerCode())
                .param("party", endpoint.partyId())
                .param("url", endpoint.endpointUrl())
                .param("pem", endpoint.certificate() == null ? null : Certificates.pem(endpoint.certificate()))
                .param("ref", endpoint.keyReference().name())
                .update() == 1;
    }

    private PartnerEndpoint map(ResultSet rs, int row) throws SQLException {
        String pem = rs.getString("certificate_pem");
        return new PartnerEndpoint(rs.getString("partner_code"), rs.getString("party_id"), rs.getString("endpoint_url"),
                pem == null ? null : certificate(pem), KeyReference.valueOf(rs.getString("key_reference")));
    }

    private X509Certificate certificate(String pem) {
        X509Certificate known = parsed.get(pem);
        if (known != null) {
            return known;
        }
        if (parsed.size() >= CERTIFICATES_KEPT) {
            parsed.clear();
        }
        X509Certificate certificate = Certificates.parsePem(pem);
        parsed.put(pem, certificate);
        return certificate;
    }
}
