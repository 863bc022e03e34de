package org.caunoi.hub.partners.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.LegalBasis;
import org.caunoi.hub.partners.LegalBasisDecision;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.partners.internal.PartnerCatalog;
import org.caunoi.hub.partners.web.PartnerJson.AgreementView;
import org.caunoi.hub.partners.web.PartnerJson.PartnerView;
import org.caunoi.hub.platform.i18n.Labels;
import org.caunoi.hub.platform.problem.UnknownValueException;
import org.caunoi.hub.platform.security.AdminOrLiaison;
import org.caunoi.hub.platform.web.AnswersConflict;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The partners API for machine clients: partners, agreements and the legal-basis check, as JSON. */
@RestController
@RequestMapping("/api")
@Tag(name = "Partners and legal basis")
class PartnerApiController {

    private final PartnerCatalog catalog;
    private final LegalBasis legalBasis;
    private final MessageSource messages;
    private final Labels labels;

    PartnerApiController(PartnerCatalog catalog, LegalBasis legalBasis, MessageSource messages, Labels labels) {
        this.catalog = catalog;
        this.legalBasis = legalBasis;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping("/partners")
    @Operation(summary = "Partners, optionally filtered by text, region and agreement kind")
    List<PartnerView> partners(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String kind) {
        return catalog.search(q, named("region", () -> PartnerForms.region(region)),
                        named("kind", () -> PartnerForms.agreementKind(kind))).stream()
                .map(PartnerView::of).toList();
    }

    @GetMapping("/partners/{code}")
    PartnerView partner(@PathVariable String code) {
        String upper = PartnerForms.lookedUp(code);
        return catalog.partner(upper).map(PartnerView::of).orElseThrow(() -> PartnerForms.notFound("partner", upper));
    }

    @PutMapping("/partners/{code}")
    @AdminOrLiaison
    @Operation(summary = "Create or update a partner")
    PartnerView savePartner(@PathVariable String code, @Validated @RequestBody PartnerForms.PartnerInput input,
            BindingResult errors) {
        if (!PartnerForms.isPartnerCode(code)) {
            errors.addError(new FieldError(errors.getObjectName(), "code", code, false,
                    new String[] {"partners.validation.partner-code"}, null, null));
        }
        input.check(errors);
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        catalog.savePartner(input.toPartner(code));
        return partner(code);
    }

    @GetMapping("/agreements")
    @Operation(summary = "Agreements, all or those of one partner")
    List<AgreementView> agreements(@RequestParam(required = false) @Nullable String partner) {
        var agreements = partner == null ? catalog.allAgreements() : catalog.agreementsOf(PartnerForms.lookedUp(partner));
        return agreements.stream().map(AgreementView::of).toList();
    }

    @GetMapping("/agreements/export")
    @Operation(summary = "All agreements as a spreadsheet: format=xlsx (default) or csv, headers in the Accept-Language")
    ResponseEntity<byte[]> exportAgreements(@RequestParam(defaultValue = "xlsx") String format, Locale locale) {
        return AgreementTable.download(catalog.allAgreements(), catalog.names(locale), format, messages, locale);
    }

    @GetMapping("/agreements/{id}")
    AgreementView agreement(@PathVariable long id) {
        return catalog.agreement(id).map(AgreementView::of)
                .orElseThrow(() -> PartnerForms.notFound("agreement", Long.toString(id)));
    }

    @PostMapping("/agreements")
    @ResponseStatus(HttpStatus.CREATED)
    @AdminOrLiaison
    @Operation(summary = "Create an agreement")
    ResponseEntity<AgreementView> createAgreement(@Validated @RequestBody AgreementInput input, BindingResult errors) {
        check(input, errors);
        long id = catalog.createAgreement(input.toAgreement(0, 0));
        return ResponseEntity.created(URI.create("/api/agreements/" + id)).body(agreement(id));
    }

    @PutMapping("/agreements/{id}")
    @AnswersConflict("The agreement changed since the version sent")
    @AdminOrLiaison
    @Operation(summary = "Update an agreement with the body GET gave, changed where needed; 'version' must be the one read, or the answer is 409")
    AgreementView updateAgreement(@PathVariable long id, @Validated @RequestBody AgreementInput input,
            BindingResult errors) {
        check(input, errors);
        catalog.updateAgreement(input.toAgreement(id, input.version() == null ? -1 : input.version()));
        return agreement(id);
    }

    /** Every field at fault in one answer: the annotations' checks (already in {@code errors}), the codes, the parties. */
    private void check(AgreementInput input, BindingResult errors) {
        input.checkCodes(errors);
        input.checkParties(errors, code -> catalog.partner(code).isPresent());
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
    }

    @GetMapping("/agreements/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        return DocumentDownload.of(catalog, id);
    }

    /** The decision with the reason worded in the caller's language (Accept-Language, Vietnamese by default). */
    record DecisionView(String partner, String category, String purpose, String date, boolean allowed,
            @Nullable String reason, String message, List<AgreementRefView> agreements,
            boolean onwardTransmissionNeedsConsent, @Nullable Integer answerDeadlineDays) {
    }

    /** An agreement named in a decision, its kind spelled as {@code /api/agreements} spells it. */
    record AgreementRefView(long id, String kind, String titleVi, String titleEn, String signed) {

        static AgreementRefView of(LegalBasisDecision.AgreementRef agreement) {
            return new AgreementRefView(agreement.id(), PartnerJson.kebab(agreement.kind()), agreement.titleVi(),
                    agreement.titleEn(), agreement.signed());
        }
    }

    @GetMapping("/legal-basis")
    @Operation(summary = "May data of a category pass to or from a partner for a purpose on a date (default today)?")
    DecisionView legalBasis(@RequestParam String partner, @RequestParam String category, @RequestParam String purpose,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            Locale locale) {
        DataCategory dataCategory = named("category", () -> DataCategory.parse(category));
        Purpose dataPurpose = named("purpose", () -> Purpose.parse(purpose));
        String code = PartnerForms.lookedUp(partner);
        LegalBasisDecision decision = date == null ? legalBasis.check(code, dataCategory, dataPurpose)
                : legalBasis.check(code, dataCategory, dataPurpose, date);
        return new DecisionView(decision.partnerCode(), dataCategory.kebab(), dataPurpose.kebab(),
                decision.date().toString(), decision.allowed(),
                decision.reason() == null ? null : decision.reason().kebab(),
                LegalBasisText.explain(decision, catalog, messages, labels, locale),
                decision.agreements().stream().map(AgreementRefView::of).toList(),
                decision.onwardTransmissionNeedsConsent(), decision.answerDeadlineDays());
    }

    /** Parses a code, naming the request's parameter rather than the code's type when it is unknown. */
    private static <T> T named(String parameter, Supplier<T> parse) {
        try {
            return parse.get();
        }
        catch (UnknownValueException e) {
            throw e.forField(parameter);
        }
    }
}
