package org.caunoi.hub.partners;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.caunoi.hub.partners.Agreement.DatePrecision;

/** Test agreements with meaningful defaults: an in-force CMAA with Hong Kong covering all enforcement data. */
public final class AgreementBuilder {

    private static long nextId = 1;

    private long id = nextId++;
    private AgreementKind kind = AgreementKind.ADMINISTRATION_ARRANGEMENT;
    private LocalDate signedOn = LocalDate.of(2013, 6, 28);
    private DatePrecision precision = DatePrecision.DAY;
    private LocalDate entryIntoForce;
    private LocalDate expiresOn;
    private AgreementStatus status = AgreementStatus.IN_FORCE;
    private List<String> parties = List.of("HK");
    private Set<DataCategory> categories = EnumSet.of(DataCategory.ENFORCEMENT_NOMINAL,
            DataCategory.ENFORCEMENT_NON_NOMINAL, DataCategory.ASSISTANCE_REQUEST);
    private boolean personalData = true;
    private Set<Purpose> purposes = EnumSet.of(Purpose.INVESTIGATION, Purpose.RISK_ASSESSMENT);
    private boolean consent = true;
    private Integer deadline = 60;

    public static AgreementBuilder anAgreement() {
        return new AgreementBuilder();
    }

    public AgreementBuilder signedOn(LocalDate date) { signedOn = date; precision = DatePrecision.DAY; return this; }
    public AgreementBuilder signedInYear(int year) { signedOn = LocalDate.of(year, 1, 1); precision = DatePrecision.YEAR; return this; }
    public AgreementBuilder inForceFrom(LocalDate date) { entryIntoForce = date; return this; }
    public AgreementBuilder expiresOn(LocalDate date) { expiresOn = date; return this; }
    public AgreementBuilder status(AgreementStatus value) { status = value; return this; }
    public AgreementBuilder kind(AgreementKind value) { kind = value; return this; }
    public AgreementBuilder parties(String... codes) { parties = List.of(codes); return this; }
    public AgreementBuilder covering(DataCategory first, DataCategory... rest) { categories = EnumSet.of(first, rest); return this; }
    public AgreementBuilder personalData(boolean allowed) { personalData = allowed; return this; }
    public AgreementBuilder forPurposes(Purpose first, Purpose... rest) { purposes = EnumSet.of(first, rest); return this; }
    public AgreementBuilder onwardConsent(boolean needed) { consent = needed; return this; }
    public AgreementBuilder answerDeadline(Integer days) { deadline = days; return this; }

    public Agreement build() {
        return new Agreement(id, kind, "Thỏa thuận " + id, "Arrangement " + id, "", signedOn, precision, entryIntoForce,
                expiresOn, status, parties, new ExchangeProfile(categories, personalData, purposes, consent, deadline),
                "", 0, null);
    }
}
