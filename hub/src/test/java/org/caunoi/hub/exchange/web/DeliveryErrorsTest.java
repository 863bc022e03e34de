package org.caunoi.hub.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Why a delivery failed, as an officer reads it, for each kind of technical reason the sender records. */
class DeliveryErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            EBMS:0004 Other: no legal basis: unknown-partner                           | exchange.explain.no-legal-basis
            EBMS:0101 FailedAuthentication: the signing certificate is not the one registered | exchange.explain.authentication
            EBMS:0103 PolicyNoncompliance: not signed                                  | exchange.explain.authentication
            EBMS:0001 ValueNotRecognized: this hub has no handler for test/Unknown     | exchange.explain.not-handled
            EBMS:0004 Other: the payload exceeds the maximum of 5242880 bytes          | exchange.explain.refused
            the receipt is not signed, so it does not prove that HK received the message | exchange.explain.receipt
            transport-error: NoHttpResponseException 127.0.0.1:41589 failed to respond | exchange.explain.unreachable
            the answer from HK could not be verified: WSSecurityException Error during certificate path validation: No trusted certs found | exchange.explain.answer-unverified
            no certificate registered for HK                                           | exchange.explain.no-certificate
            this hub has no keystore yet, so it cannot sign                            | exchange.explain.no-keystore
            """)
    void namesTheReasonInAnOfficersWords(String technical, String expectedKey) {
        assertThat(DeliveryErrors.explanationKey(technical.strip())).isEqualTo(expectedKey);
    }
}
