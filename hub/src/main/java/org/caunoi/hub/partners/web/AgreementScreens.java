package org.caunoi.hub.partners.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.validation.Valid;
import org.caunoi.hub.partners.Agreement;
import org.caunoi.hub.partners.AgreementKind;
import org.caunoi.hub.partners.AgreementStatus;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.partners.internal.PartnerCatalog;
import org.caunoi.hub.platform.security.AdminOrLiaison;
import org.caunoi.hub.platform.web.PageOrFragment;
import org.caunoi.hub.platform.web.Paging;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agreement list, the agreement page with its document, and the editor. */
@Controller
class AgreementScreens {

    private final PartnerCatalog catalog;
    private final MessageSource messages;

    AgreementScreens(PartnerCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    /** The editor's days typed and shown as the officer writes them (day first in Vietnamese). */
    @InitBinder("agreement")
    void typedDays(WebDataBinder binder, Locale locale) {
        TypedDays.register(binder, locale);
    }

    @GetMapping("/agreements")
    String list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, HtmxRequest htmx, Locale locale, Model model) {
        model.addAttribute("page", new Paging(page, size).slice(catalog.allAgreements()));
        model.addAttribute("partnerNames", catalog.names(locale));
        return PageOrFragment.of(htmx, "partners/agreements", "rows");
    }

    /** The list as a spreadsheet ({@code format=xlsx}, the default, or {@code csv}), headers in the officer's language. */
    @GetMapping("/agreements/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "xlsx") String format, Locale locale) {
        return AgreementTable.download(catalog.allAgreements(), catalog.names(locale), format, messages, locale);
    }

    @GetMapping("/agreements/{id}")
    String agreement(@PathVariable long id, Model model) {
        Agreement agreement = catalog.agreement(id).orElseThrow(() -> PartnerForms.notFound("agreement", Long.toString(id)));
        model.addAttribute("agreement", agreement);
        model.addAttribute("demoProfile", catalog.hasDemoProfile(id));
        model.addAttribute("categories", agreement.profile().categories().stream().sorted().map(DataCategory::kebab).toList());
        model.addAttribute("purposes", agreement.profile().purposes().stream().sorted().map(Purpose::kebab).toList());
        return "partners/agreement";
    }

    @GetMapping("/agreements/new")
    @AdminOrLiaison
    String create(@RequestParam(required = false) @Nullable String partner, Model model) {
        AgreementInput input = new AgreementInput();
        if (partner != null) {
            input.getParties().add(partner);
        }
        return editor(input, null, model);
    }

    @GetMapping("/agreements/{id}/edit")
    @AdminOrLiaison
    String edit(@PathVariable long id, Model model) {
        Agreement agreement = catalog.agreement(id).orElseThrow(() -> PartnerForms.notFound("agreement", Long.toString(id)));
        return editor(AgreementInput.of(agreement), id, model);
    }

    @PostMapping({"/agreements", "/agreements/{id}"})
    @AdminOrLiaison
    String save(@PathVariable(required = false) @Nullable Long id, @Valid @ModelAttribute("agreement") AgreementInput input,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        input.checkCodes(errors);
        input.checkParties(errors, code -> catalog.partner(code).isPresent());
        if (errors.hasErrors()) {
            return editor(input, id, model);
        }
        long savedId;
        if (id == null) {
            savedId = catalog.createAgreement(input.toAgreement(0, 0));
        }
        else {
            try {
                catalog.updateAgreement(input.toAgreement(id, input.getVersion() == null ? -1 : input.getVersion()));
            }
            catch (PartnerCatalog.ConcurrentChangeException e) {
                errors.reject("partners.validation.changed-meanwhile");
                return editor(input, id, model);
            }
            savedId = id;
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/agreements/" + savedId;
    }

    /** The signed PDF for a signed-in browser (the API's address needs HTTP Basic). */
    @GetMapping("/agreements/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        return DocumentDownload.of(catalog, id);
    }

    @PostMapping("/agreements/{id}/document")
    @AdminOrLiaison
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Authentication user,
            RedirectAttributes redirect) throws IOException {
        String name = file.getOriginalFilename() == null ? "signed-agreement.pdf" : file.getOriginalFilename();
        if (file.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "partners.document.empty");
        }
        else {
            try {
                catalog.attachDocument(id, name, file.getBytes(), user.getName());
                redirect.addFlashAttribute("saved", true);
            }
            catch (PartnerCatalog.InvalidDocumentException e) {
                redirect.addFlashAttribute("uploadError", "partners.document.not-pdf");
            }
        }
        return "redirect:/agreements/" + id;
    }

    private String editor(AgreementInput input, @Nullable Long id, Model model) {
        model.addAttribute("agreement", input);
        model.addAttribute("agreementId", id);
        model.addAttribute("kinds", Arrays.stream(AgreementKind.values()).map(PartnerJson::kebab).toList());
        model.addAttribute("statuses", Arrays.stream(AgreementStatus.values()).map(PartnerJson::kebab).toList());
        model.addAttribute("allCategories", Arrays.stream(DataCategory.values()).map(DataCategory::kebab).toList());
        model.addAttribute("allPurposes", Arrays.stream(Purpose.values()).map(Purpose::kebab).toList());
        model.addAttribute("partners", catalog.byName(LocaleContextHolder.getLocale()));
        return "partners/agreement-form";
    }
}
