package org.caunoi.matching;

/** The kinds of strong identifier an entry or query may carry; equal identifiers decide a match. */
public enum IdentifierType {
    IMO, PASSPORT, TAX_NUMBER, NATIONAL_ID, OTHER
}
