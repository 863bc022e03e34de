package org.caunoi.hub.exchange.internal.as4;

import com.helger.base.state.ETriState;
import com.helger.phase4.CAS4;
import com.helger.phase4.attachment.EAS4CompressionMode;
import com.helger.phase4.crypto.ECryptoAlgorithmCrypt;
import com.helger.phase4.crypto.ECryptoAlgorithmSign;
import com.helger.phase4.crypto.ECryptoAlgorithmSignDigest;
import com.helger.phase4.model.EMEP;
import com.helger.phase4.model.EMEPBinding;
import com.helger.phase4.model.pmode.IPModeIDProvider;
import com.helger.phase4.model.pmode.PMode;
import com.helger.phase4.model.pmode.PModeParty;
import com.helger.phase4.model.pmode.PModePayloadService;
import com.helger.phase4.model.pmode.PModeReceptionAwareness;
import com.helger.phase4.model.pmode.leg.EPModeSendReceiptReplyPattern;
import com.helger.phase4.model.pmode.leg.PModeLeg;
import com.helger.phase4.model.pmode.leg.PModeLegBusinessInformation;
import com.helger.phase4.model.pmode.leg.PModeLegErrorHandling;
import com.helger.phase4.model.pmode.leg.PModeLegProtocol;
import com.helger.phase4.model.pmode.leg.PModeLegSecurity;
import com.helger.phase4.model.pmode.leg.PModeLegReliability;
import com.helger.phase4.profile.AS4Profile;
import com.helger.phase4.profile.IAS4Profile;
import com.helger.phase4.profile.IAS4ProfileValidator;
import com.helger.phase4.wss.EWSSVersion;
import org.jspecify.annotations.Nullable;

/**
 * The hubs' AS4 profile: the eDelivery AS4 1.x choices (one-way push over SOAP 1.2, RSA-SHA256
 * signatures, AES-128-GCM with RSA-OAEP key transport, gzip-compressed payloads, signed receipts
 * returned on the same HTTP response). Retries are ours (the outbox), so phase4 never retries.
 */
public final class As4Profile {

    public static final String ID = "caunoi-edelivery-as4";
    static final String AGREEMENT = "urn:caunoi:agreement:hub-to-hub";
    static final String SERVICE_TYPE = "urn:caunoi:service";

    private As4Profile() {
    }

    static IAS4Profile phase4Profile() {
        return new AS4Profile(ID, "CauNoi hub-to-hub (eDelivery AS4 1.x)", () -> new IAS4ProfileValidator() {
        }, As4Profile::pmode, IPModeIDProvider.DEFAULT_DYNAMIC, false, false);
    }

    /** The processing mode between two hubs; the same on both sides, so either may resolve it. */
    public static PMode pmode(String initiatorPartyId, String responderPartyId, @Nullable String responderAddress) {
        PModeLeg leg = new PModeLeg(PModeLegProtocol.createForDefaultSoapVersion(responderAddress),
                PModeLegBusinessInformation.create(null, CAS4.DEFAULT_ACTION_URL, null, CAS4.DEFAULT_MPC_ID),
                errorHandling(), (PModeLegReliability) null, security());
        PMode pmode = new PMode(IPModeIDProvider.DEFAULT_DYNAMIC.getPModeID(
                PModeParty.createSimple(initiatorPartyId, CAS4.DEFAULT_INITIATOR_URL),
                PModeParty.createSimple(responderPartyId, CAS4.DEFAULT_RESPONDER_URL)),
                PModeParty.createSimple(initiatorPartyId, CAS4.DEFAULT_INITIATOR_URL),
                PModeParty.createSimple(responderPartyId, CAS4.DEFAULT_RESPONDER_URL),
                AGREEMENT, EMEP.ONE_WAY, EMEPBinding.PUSH, leg, null,
                new PModePayloadService(EAS4CompressionMode.GZIP), receptionAwareness());
        return pmode;
    }

    static PModeLegSecurity security() {
        PModeLegSecurity security = new PModeLegSecurity();
        security.setWSSVersion(EWSSVersion.WSS_111);
        security.setX509SignatureAlgorithm(ECryptoAlgorithmSign.RSA_SHA_256);
        security.setX509SignatureHashFunction(ECryptoAlgorithmSignDigest.DIGEST_SHA_256);
        security.setX509EncryptionAlgorithm(ECryptoAlgorithmCrypt.AES_128_GCM);
        security.setX509EncryptionMinimumStrength(Integer.valueOf(128));
        security.setPModeAuthorize(false);
        security.setSendReceipt(true);
        security.setSendReceiptNonRepudiation(true);
        security.setSendReceiptReplyPattern(EPModeSendReceiptReplyPattern.RESPONSE);
        return security;
    }

    private static PModeLegErrorHandling errorHandling() {
        return new PModeLegErrorHandling(null, null, ETriState.TRUE, ETriState.TRUE, ETriState.TRUE, ETriState.TRUE);
    }

    private static PModeReceptionAwareness receptionAwareness() {
        // Duplicates are detected in our database, which survives restarts; phase4's memory would not.
        return new PModeReceptionAwareness(ETriState.TRUE, ETriState.FALSE, 0, 0, ETriState.FALSE);
    }

}
