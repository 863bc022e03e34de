package org.caunoi.hub.exchange;

/**
 * Which version of a payload to write for a partner: the highest its hub takes, as recorded from the
 * partner's own {@code GET /schemas} list or by an administrator, and never above this hub's own. A
 * partner with nothing recorded is taken to run this release. The sending module builds the payload in
 * that version; a step the version cannot carry (a courtesy reminder to an earlier hub) is refused there.
 */
public interface PayloadVersions {

    /** The version of {@code type}'s payload the partner's hub takes, at most the one this hub writes. */
    int writtenFor(String partnerCode, MessageType type);
}
