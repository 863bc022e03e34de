package org.caunoi.hub.partners.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.LegalBasis;
import org.caunoi.hub.partners.LegalBasisDecision;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.partners.internal.PartnerCatalog;
import org.caunoi.hub.platform.web.PageOrFragment;
import org.caunoi.hub.platform.web.Times;
import org.caunoi.hub.platform.i18n.Labels;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The screen where an officer asks whether an exchange would have a legal basis, and why (not). */
@Controller
class LegalBasisScreen {

    private final LegalBasis legalBasis;
    private final PartnerCatalog catalog;
    private final MessageSource messages;
    private final Labels labels;
    private final Clock clock;

    LegalBasisScreen(LegalBasis legalBasis, PartnerCatalog catalog, MessageSource messages, Labels labels, Clock clock) {
        this.legalBasis = legalBasis;
        this.catalog = catalog;
        this.messages = messages;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/legal-basis")
    String check(@RequestParam(required = false) @Nullable String partner,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String purpose,
            @RequestParam(required = false) @Nullable String date,
            HtmxRequest htmx, Locale locale, Model model) {
        String typed = date == null ? "" : date.strip();
        @Nullable LocalDate on = typed.isEmpty() ? LocalDate.now(clock) : typedDay(typed);
        model.addAttribute("partners", catalog.byName(locale));
        model.addAttribute("categories", Arrays.stream(DataCategory.values()).map(DataCategory::kebab).toList());
        model.addAttribute("purposes", Arrays.stream(Purpose.values()).map(Purpose::kebab).toList());
        model.addAttribute("partner", partner == null ? "" : partner);
        model.addAttribute("category", category == null ? "" : category);
        model.addAttribute("purpose", purpose == null ? "" : purpose);
        // A day that is none keeps what the officer typed and chose, and says what to fix beside the date.
        model.addAttribute("date", on == null ? typed : Times.date(on, locale));
        if (on == null) {
            model.addAttribute("dateError", messages.getMessage(TypedDays.error("check", "date", typed), locale));
        }
        else if (partner != null && category != null && purpose != null) {
            LegalBasisDecision decision = legalBasis.check(partner, DataCategory.parse(category), Purpose.parse(purpose), on);
            model.addAttribute("decision", decision);
            model.addAttribute("explanation", LegalBasisText.explain(decision, catalog, messages, labels, locale));
        }
        return PageOrFragment.of(htmx, "partners/legal-basis", "check");
    }

    private static @Nullable LocalDate typedDay(String typed) {
        try {
            return TypedDays.parse(typed);
        }
        catch (IllegalArgumentException notADay) {
            return null;
        }
    }
}
