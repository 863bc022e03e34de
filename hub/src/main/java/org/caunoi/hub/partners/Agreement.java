package org.caunoi.hub.partners;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An agreement between the home administration and one or more partners, with its exchange profile.
 * When only the year of signature is known, {@code signedOn} is 1 January of that year and
 * {@code signedPrecision} says so; the hub never shows or reasons as if it knew the day.
 */
public record Agreement(long id, AgreementKind kind, String titleVi, String titleEn, String counterpart,
        LocalDate signedOn, DatePrecision signedPrecision, @Nullable LocalDate entryIntoForce,
        @Nullable LocalDate expiresOn, AgreementStatus status, List<String> parties, ExchangeProfile profile,
        String note, int version, @Nullable DocumentInfo document) {

    public Agreement {
        parties = List.copyOf(parties);
    }

    /** How much of a date is known. */
    public enum DatePrecision {
        DAY, YEAR
    }

    /** The attached signed text. */
    public record DocumentInfo(String fileName, String contentType, long sizeBytes, String sha256) {
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleVi;
    }

    /** The signing date as known: "2013-06-28", or "2013" when only the year is. */
    public String signedDisplay() {
        return signedPrecision == DatePrecision.YEAR ? Integer.toString(signedOn.getYear()) : signedOn.toString();
    }

    /**
     * The first day the agreement certainly applies: its entry into force when known, else its signing
     * date, taken as 31 December when only the year is known (it was certainly signed by then).
     */
    public LocalDate appliesFrom() {
        if (entryIntoForce != null) {
            return entryIntoForce;
        }
        return signedPrecision == DatePrecision.YEAR ? signedOn.with(TemporalAdjusters.lastDayOfYear()) : signedOn;
    }

    /** Why the agreement does not apply on that date, or empty when it does. */
    public Optional<RefusalReason> whyNotInForceOn(LocalDate date) {
        return switch (status) {
            case SUSPENDED -> Optional.of(RefusalReason.SUSPENDED);
            case SIGNED_NOT_IN_FORCE -> Optional.of(RefusalReason.SIGNED_NOT_IN_FORCE);
            case IN_FORCE, EXPIRED -> {
                if (date.isBefore(appliesFrom())) {
                    yield Optional.of(RefusalReason.NOT_YET_IN_FORCE);
                }
                // An expired agreement with no known end date cannot be shown to have applied on any date.
                boolean ended = status == AgreementStatus.EXPIRED
                        ? expiresOn == null || !date.isBefore(expiresOn)
                        : expiresOn != null && !date.isBefore(expiresOn);
                yield ended ? Optional.of(RefusalReason.EXPIRED) : Optional.empty();
            }
        };
    }
}
