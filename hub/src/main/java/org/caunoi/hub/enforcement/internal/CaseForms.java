package org.caunoi.hub.enforcement.internal;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The two forms of a case: nominal (as recorded) and non-nominal (WCO: no persons, no companies, no
 * document or tax numbers, and no personal data left in the free text, see {@link NonNominalText}),
 * the form analysts, viewers and partners without a personal-data agreement get.
 */
@Component
public class CaseForms {

    public static final String NOMINAL = "nominal";
    public static final String NON_NOMINAL = "non-nominal";

    private final NonNominalText text;

    public CaseForms(NonNominalText text) {
        this.text = text;
    }

    public CaseInput inForm(CaseInput content, String form) {
        return form.equals(NOMINAL) ? content : nonNominal(content);
    }

    /** Without persons and companies; the description, concealment method and narrative cleaned. */
    public CaseInput nonNominal(CaseInput content) {
        return new CaseInput(content.date(), content.place(), content.placeKind(), content.detectingUnit(),
                content.procedure(), content.category(), content.hsCode(), text.clean(content.description(), content),
                content.quantity(), content.value(), text.clean(content.concealment(), content),
                content.detectionMethod(), content.route(), content.conveyance(), List.of(), List.of(),
                text.clean(content.narrative(), content), content.links());
    }
}
