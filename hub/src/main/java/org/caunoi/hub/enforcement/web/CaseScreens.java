package org.caunoi.hub.enforcement.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.caunoi.hub.enforcement.internal.CaseChangedMeanwhileException;
import org.caunoi.hub.enforcement.internal.CaseChecks;
import org.caunoi.hub.enforcement.internal.CaseCodes;
import org.caunoi.hub.enforcement.internal.CaseInput;
import org.caunoi.hub.enforcement.internal.CaseFilter;
import org.caunoi.hub.enforcement.internal.CaseForms;
import org.caunoi.hub.enforcement.internal.CaseLinks;
import org.caunoi.hub.enforcement.internal.CasePhotos;
import org.caunoi.hub.enforcement.internal.CaseSearch;
import org.caunoi.hub.enforcement.internal.CaseSharing;
import org.caunoi.hub.enforcement.internal.Cases;
import org.caunoi.hub.platform.reference.CountryNames;
import org.caunoi.hub.enforcement.internal.InvalidInputException;
import org.caunoi.hub.enforcement.internal.NotReadInFullException;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.enforcement.internal.Operations;
import org.caunoi.hub.enforcement.internal.ReceivedCases;
import org.caunoi.hub.enforcement.internal.ShareChoices;
import org.caunoi.hub.enforcement.internal.StoredCase;
import org.caunoi.hub.exchange.Caveat;
import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.problem.UnknownValueException;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.web.PageOrFragment;
import org.caunoi.hub.platform.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case screens: the list with name search and category filter, the new-case form, the case
 * page with whom it was shared and the share form, and the correction form. The rules are the API's:
 * same services, same checks.
 */
@Controller
class CaseScreens {

    private final Cases cases;
    private final CaseSharing sharing;
    private final CaseSearch search;
    private final CasePhotos photos;
    private final ReceivedCases received;
    private final CaseLinks links;
    private final Operations operations;
    private final CountryNames countries;
    private final CaseChecks checks;
    private final SharePreviews previews;
    private final Partners partners;
    private final ShareChoices shareChoices;
    private final MessageSource messages;

    CaseScreens(Cases cases, CaseSharing sharing, CaseSearch search, CasePhotos photos, ReceivedCases received,
            CaseLinks links, Operations operations, CountryNames countries, CaseChecks checks, SharePreviews previews,
            Partners partners, ShareChoices shareChoices, MessageSource messages) {
        this.messages = messages;
        this.previews = previews;
        this.partners = partners;
        this.shareChoices = shareChoices;
        this.checks = checks;
        this.countries = countries;
        this.links = links;
        this.operations = operations;
        this.photos = photos;
        this.received = received;
        this.cases = cases;
        this.sharing = sharing;
        this.search = search;
    }

    /**
     * The list, a page at a time: the name search's hits, or the cases of a category and of those shared with a
     * partner (chosen by its name, sent as its code).
     */
    @GetMapping("/enforcement/cases")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String sharedWith,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            CurrentOfficer officer, HtmxRequest htmx, Model model) {
        Paging paging = new Paging(page, size);
        String partner = sharedWith.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("sharedWith", partner);
        model.addAttribute("partnerChoices", sharedWithChoices());
        model.addAttribute("categories", CaseCodes.CATEGORIES);
        model.addAttribute("receivedCounts", received.counts());
        // who reads the partners' alerts is decided once, in Officer: the link shows for them alone
        model.addAttribute("mayReadReceivedAlerts", Officer.of(officer).mayReadReceivedAlerts());
        if (!q.isBlank()) {
            // The search gives its best hits, a few dozen at most: paged in memory.
            var hits = search.search(Officer.of(officer), q);
            model.addAttribute("hits", paging.slice(hits));
            // A bare "no name matches" for "Nguyễn" would read as "no Nguyễn on record": say why instead.
            model.addAttribute("searchHint", hits.isEmpty() ? search.tooVague(q).orElse(null) : null);
        }
        else {
            CaseFilter filter = CaseFilter.of(category.isBlank() ? null : category, partner.isEmpty() ? null : partner);
            model.addAttribute("cases", paging.of(cases.summaries(filter, paging.offset(), paging.size()),
                    cases.count(filter)));
        }
        return PageOrFragment.of(htmx, "enforcement/cases", "rows");
    }

    /** Only for officers who may record a case: a form they could fill but not save would lose their work. */
    @GetMapping("/enforcement/cases/new")
    String newCase(CurrentOfficer officer, Model model) {
        mayRecord(Officer.of(officer));
        model.addAttribute("caseForm", new CaseForm());
        return editor(model);
    }

    /**
     * Records the case; or, when the officer pressed a row's add or remove button, shows the form again with that
     * row added or removed and nothing saved: the list alone for htmx, the whole form without JavaScript.
     */
    @PostMapping("/enforcement/cases")
    String record(@ModelAttribute("caseForm") CaseForm form, BindingResult errors,
            @RequestParam(required = false) @Nullable String add, @RequestParam(required = false) @Nullable String remove,
            CurrentOfficer officer, HtmxRequest htmx, Model model) {
        if (add != null || remove != null) {
            mayRecord(Officer.of(officer));
            return rowsChanged(form, add, remove, htmx, model, editor(model));
        }
        var input = form.toInput(errors);
        try {
            if (errors.hasErrors()) {
                // Every other field's faults too, so the officer fixes them all in one go.
                checks.checked(input);
                return editor(model);
            }
            StoredCase stored = cases.record(Officer.of(officer), input);
            return "redirect:/enforcement/cases/" + stored.id();
        }
        catch (InvalidInputException invalid) {
            form.reject(invalid, errors);
            return editor(model);
        }
    }

    /** The form filled from the stored case; only officers who may correct it (as with PUT on the API) get it. */
    @GetMapping("/enforcement/cases/{id}/edit")
    String edit(@PathVariable long id, CurrentOfficer officer, Model model) {
        StoredCase stored = correctable(Officer.of(officer), id);
        CaseForm form = CaseForm.of(stored.content(), countries, LocaleContextHolder.getLocale());
        form.setVersion(stored.version());
        model.addAttribute("caseForm", form);
        return correctionEditor(stored, model);
    }

    /** A correction: the form laid over the stored case, corrected as the API's PUT does (a new version, resent). */
    @PostMapping("/enforcement/cases/{id}/edit")
    String correct(@PathVariable long id, @ModelAttribute("caseForm") CaseForm form, BindingResult errors,
            @RequestParam(required = false) @Nullable String add, @RequestParam(required = false) @Nullable String remove,
            CurrentOfficer officer, HtmxRequest htmx, Model model) {
        Officer corrector = Officer.of(officer);
        StoredCase stored = correctable(corrector, id);
        if (add != null || remove != null) {
            return rowsChanged(form, add, remove, htmx, model, correctionEditor(stored, model));
        }
        CaseInput input = CaseCorrection.over(stored.content(), form.toInput(errors), form.personOrigins());
        try {
            if (errors.hasErrors()) {
                checks.checked(input);
                return correctionEditor(stored, model);
            }
            cases.correct(corrector, id, input, form.getVersion());
            return "redirect:/enforcement/cases/" + id;
        }
        catch (InvalidInputException invalid) {
            form.reject(invalid, errors);
            return correctionEditor(stored, model);
        }
        catch (CaseChangedMeanwhileException meanwhile) {
            errors.reject(meanwhile.detailKey(), meanwhile.detailArguments(), meanwhile.detailKey());
            return correctionEditor(stored, model);
        }
    }

    @GetMapping("/enforcement/cases/{id}")
    String page(@PathVariable long id, CurrentOfficer officer, Model model) {
        Cases.CaseView view = cases.read(Officer.of(officer), id);
        fill(view, officer, model);
        return "enforcement/case";
    }

    /**
     * The case page with, under the share form, which form each chosen partner would get and why (the API's
     * share preview); htmx asks for that part alone as the officer ticks partners. The share form asks by POST, so
     * that its CSRF token travels in the body and never in an address (history, proxy and server logs); a GET with
     * the choice alone in its address shows the same.
     */
    @RequestMapping(path = "/enforcement/cases/{id}/share-preview", method = {RequestMethod.GET, RequestMethod.POST})
    String sharePreview(@PathVariable long id, @RequestParam(required = false) @Nullable List<String> partners,
            @RequestParam(defaultValue = "investigation") String purpose,
            @RequestParam(required = false) @Nullable List<String> caveats, CurrentOfficer officer, HtmxRequest htmx,
            Model model) {
        Cases.CaseView view = cases.read(Officer.of(officer), id);
        List<String> chosen = codes(partners);
        List<String> chosenCaveats = kebabs(caveats(caveats));
        model.addAttribute("chosenCaveats", chosenCaveats);
        if (!htmx.isHtmxRequest() || htmx.isHistoryRestoreRequest()) {
            fill(view, officer, model);
        }
        model.addAttribute("view", view);
        model.addAttribute("chosenPartners", chosen);
        model.addAttribute("chosenPurpose", purpose);
        model.addAttribute("partnerChoices", partnerChoices(Purpose.parse(purpose)));
        model.addAttribute("partnerNames", partnerNames());
        model.addAttribute("preview", previews.of(chosen, Purpose.parse(purpose), view.form().equals(CaseForms.NOMINAL)));
        return PageOrFragment.of(htmx, "enforcement/case", "share-choices");
    }

    private void fill(Cases.CaseView view, CurrentOfficer officer, Model model) {
        long id = view.stored().id();
        model.addAttribute("view", view);
        model.addAttribute("details", view.content());
        model.addAttribute("mayCorrect", Officer.of(officer).mayChange(view.stored().owningUnit()));
        model.addAttribute("mayShare", Officer.of(officer).mayShare(view.stored().owningUnit()));
        model.addAttribute("shares", sharing.sharesOf(id));
        model.addAttribute("photos", photos.of(Officer.of(officer), view.stored()));
        model.addAttribute("links", links.of(Officer.of(officer), id));
        model.addAttribute("tags", operations.tagsOf(id));
        // What the tag form offers: each operation, and each of its phases.
        model.addAttribute("tagChoices", operations.all().stream()
                .flatMap(listed -> operations.find(listed.id()).stream()).toList());
        model.addAttribute("purposes", List.of("investigation", "risk-assessment", "verification", "prosecution"));
        model.addAttribute("partnerNames", partnerNames());
        // The choice made before a share or its refusal, kept for the next one.
        if (!model.containsAttribute("chosenPartners")) {
            model.addAttribute("chosenPartners", List.of());
        }
        if (!model.containsAttribute("chosenPurpose")) {
            model.addAttribute("chosenPurpose", "investigation");
        }
        model.addAttribute("partnerChoices", partnerChoices(Purpose.parse(String.valueOf(model.getAttribute("chosenPurpose")))));
        // The handling caveats an officer may attach, none ticked unless chosen: a share without any, as before.
        model.addAttribute("caveatChoices", Arrays.stream(Caveat.values()).map(Caveat::kebab).toList());
        if (!model.containsAttribute("chosenCaveats")) {
            model.addAttribute("chosenCaveats", List.of());
        }
    }

    /** The caveats ticked on the form; one the hub does not know is refused, naming those it does. */
    private static Set<Caveat> caveats(@Nullable List<String> ticked) {
        Set<Caveat> chosen = EnumSet.noneOf(Caveat.class);
        for (String kebab : ticked == null ? List.<String>of() : ticked) {
            chosen.add(Caveat.ofKebab(kebab.strip()).orElseThrow(() -> new UnknownValueException("caveats", kebab,
                    Arrays.stream(Caveat.values()).map(Caveat::kebab).toList())));
        }
        return chosen;
    }

    private static List<String> kebabs(Set<Caveat> caveats) {
        return caveats.stream().map(Caveat::kebab).sorted().toList();
    }

    /**
     * A partner as the share form offers it: its country (none for international bodies) and its name, whether it
     * can be ticked, the form its agreements allow, and otherwise why not (its hub connection, its legal basis).
     */
    record PartnerChoice(String code, @Nullable String country, String name, boolean selectable, @Nullable String form,
            @Nullable String connectionProblem, @Nullable String legalBasisProblem) {

        /** What the officer knows the partner by: its country, or its name when it has none. */
        public String shortName() {
            return country == null ? name : country;
        }
    }

    /**
     * The partners a case can go to, in the officer's language: those that can be ticked first, then the others
     * with their reason, each part by country (or name) in that language's order.
     */
    private List<PartnerChoice> partnerChoices(Purpose purpose) {
        Locale language = LocaleContextHolder.getLocale();
        Collator order = Collator.getInstance(language);
        return shareChoices.of(purpose).stream()
                .map(choice -> new PartnerChoice(choice.partner().code(), country(choice.partner(), language),
                        choice.partner().name(language), choice.selectable(), choice.decision().form(),
                        choice.connectionProblem(), choice.legalBasisProblem()))
                .sorted(Comparator.comparing((PartnerChoice choice) -> !choice.selectable())
                        .thenComparing(PartnerChoice::shortName, order).thenComparing(PartnerChoice::name, order))
                .toList();
    }

    /** Every partner a case may have been shared with, by name in the officer's language: the list's filter. */
    private List<SharedWithChoice> sharedWithChoices() {
        Locale language = LocaleContextHolder.getLocale();
        return partners.byName(language).stream()
                .map(partner -> new SharedWithChoice(partner.code(), partner.name(language))).toList();
    }

    record SharedWithChoice(String code, String name) {
    }

    /** Every partner's short name, for the shares and outcomes listed: a case may have gone where the form no longer offers. */
    private Map<String, String> partnerNames() {
        Locale language = LocaleContextHolder.getLocale();
        return partners.all().stream().collect(Collectors.toMap(Partner::code, partner -> {
            String country = country(partner, language);
            return country == null ? partner.name(language) : country;
        }));
    }

    private @Nullable String country(Partner partner, Locale language) {
        return partner.isoCountry() == null ? null : countries.of(partner.isoCountry(), language);
    }

    private static List<String> codes(@Nullable List<String> partners) {
        return partners == null ? List.of() : partners.stream().map(String::strip).filter(code -> !code.isEmpty())
                .map(code -> code.toUpperCase(Locale.ROOT)).distinct().toList();
    }

    /** Shares with the partners ticked; the choice stays on the page for the next share, with each outcome. */
    @PostMapping("/enforcement/cases/{id}/share")
    String share(@PathVariable long id, @RequestParam(required = false) @Nullable List<String> partners,
            @RequestParam String purpose, @RequestParam(required = false) @Nullable List<String> caveats,
            CurrentOfficer officer, RedirectAttributes redirect) {
        Officer sharer = Officer.of(officer);
        StoredCase stored = cases.read(sharer, id).stored();
        List<String> chosenPartners = codes(partners);
        Set<Caveat> chosen = caveats(caveats);
        redirect.addFlashAttribute("chosenPartners", chosenPartners);
        redirect.addFlashAttribute("chosenPurpose", purpose);
        redirect.addFlashAttribute("chosenCaveats", kebabs(chosen));
        if (chosenPartners.isEmpty()) {
            redirect.addFlashAttribute("shareError", "enforcement.share.choose-partner");
        }
        else {
            try {
                redirect.addFlashAttribute("outcomes", sharing.share(sharer, stored, chosenPartners, Purpose.parse(purpose), chosen));
            }
            catch (NotReadInFullException refused) {
                // Said beside the share form, where the officer chose, rather than on an error page.
                redirect.addFlashAttribute("shareRefusal", messages.getMessage(refused.detailKey(), refused.detailArguments(),
                        LocaleContextHolder.getLocale()));
            }
        }
        return "redirect:/enforcement/cases/" + id;
    }

    private StoredCase correctable(Officer officer, long id) {
        StoredCase stored = cases.read(officer, id).stored();
        if (!officer.mayChange(stored.owningUnit())) {
            throw new AccessDeniedException("only the unit that owns a case corrects it");
        }
        return stored;
    }

    /**
     * The form with a row added or removed: htmx gets the changed list's part of the form, a plain post the form;
     * the cursor waits in a row just added.
     */
    private static String rowsChanged(CaseForm form, @Nullable String add, @Nullable String remove, HtmxRequest htmx,
            Model model, String editor) {
        return form.changeRows(add, remove).map(changed -> {
            if (add != null) {
                model.addAttribute("rowAdded", changed.list());
            }
            return PageOrFragment.of(htmx, editor, changed.fragment());
        }).orElse(editor);
    }

    private static void mayRecord(Officer officer) {
        if (!officer.mayRecord()) {
            throw new AccessDeniedException("recording cases needs the investigator role");
        }
    }

    private String correctionEditor(StoredCase stored, Model model) {
        model.addAttribute("editing", stored);
        return editor(model);
    }

    /** The currencies offered as the officer types a value (any ISO 4217 code is taken): the region's and the usual ones. */
    private static final List<String> USUAL_CURRENCIES = List.of("VND", "USD", "EUR", "CNY", "HKD", "KHR", "LAK", "THB",
            "MYR", "SGD", "JPY", "KRW");

    private String editor(Model model) {
        // Where the form and its rows' add and remove buttons post: a correction's address, or a new case's.
        model.addAttribute("formAction", model.getAttribute("editing") instanceof StoredCase editing
                ? "/enforcement/cases/" + editing.id() + "/edit" : "/enforcement/cases");
        model.addAttribute("currencies", USUAL_CURRENCIES);
        model.addAttribute("categories", CaseCodes.CATEGORIES);
        model.addAttribute("units", CaseCodes.UNITS);
        model.addAttribute("placeKinds", CaseCodes.PLACE_KINDS);
        model.addAttribute("documentTypes", CaseCodes.DOCUMENT_TYPES);
        model.addAttribute("detectionMethods", CaseCodes.DETECTION_METHODS);
        model.addAttribute("countries", countries.choices(LocaleContextHolder.getLocale()));
        return "enforcement/case-form";
    }
}
