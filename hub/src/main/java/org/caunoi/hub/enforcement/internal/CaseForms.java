package org.caunoi.hub.enforcement.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
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

    /** Without persons and companies; the description, concealment method and narrative cleaned. */
    public CaseInput nonNominal(CaseInput content) {
        return nonNominal(content, null);
    }

    /**
     * A received case's non-nominal form: where the sender gave its own non-nominal form of a free text, that
     * text, cleaned again here (with the persons the case lists and the names this hub knows), so that it is
     * never less cleaned than this hub would make it on its own; elsewhere the text as received, cleaned here.
     */
    public CaseInput nonNominal(CaseInput content, CaseReport.@Nullable FreeTexts sendersForm) {
        CaseReport.FreeTexts given = sendersForm == null ? new CaseReport.FreeTexts(null, null, null) : sendersForm;
        return new CaseInput(content.date(), content.place(), content.placeKind(), content.detectingUnit(),
                content.procedure(), content.category(), content.hsCode(),
                cleaned(content.description(), given.description(), content), content.quantity(), content.value(),
                cleaned(content.concealment(), given.concealment(), content), content.detectionMethod(), content.route(),
                content.conveyance(), List.of(), List.of(), cleaned(content.narrative(), given.narrative(), content),
                content.links());
    }

    private @Nullable String cleaned(@Nullable String asWritten, @Nullable String sendersForm, CaseInput content) {
        return text.clean(sendersForm != null && asWritten != null ? sendersForm : asWritten, content);
    }
}
