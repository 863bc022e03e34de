package org.caunoi.hub.partners.web;

import java.util.Arrays;
import java.util.Comparator;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.caunoi.hub.partners.Agreement;
import org.caunoi.hub.partners.AgreementKind;
import org.caunoi.hub.partners.ExchangedRecords;
import org.caunoi.hub.partners.Partner.FocalPointDomain;
import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.partners.PartnerKind;
import org.caunoi.hub.partners.Region;
import org.caunoi.hub.partners.internal.PartnerCatalog;
import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.problem.UnknownValueException;
import org.caunoi.hub.platform.security.AdminOrLiaison;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.web.PageOrFragment;
import org.caunoi.hub.platform.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner list (searchable with htmx) and the partner page with its focal points, its agreements and
 * the records exchanged with it.
 */
@Controller
class PartnerScreens {

    private final PartnerCatalog catalog;
    private final ObjectProvider<ExchangedRecords> exchangedRecords;

    PartnerScreens(PartnerCatalog catalog, ObjectProvider<ExchangedRecords> exchangedRecords) {
        this.catalog = catalog;
        this.exchangedRecords = exchangedRecords;
    }

    @GetMapping("/partners")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, HtmxRequest htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("region", region == null ? "" : region);
        model.addAttribute("kind", kind == null ? "" : kind);
        model.addAttribute("regions", Arrays.stream(Region.values()).map(PartnerJson::kebab).toList());
        model.addAttribute("kinds", Arrays.stream(AgreementKind.values()).map(PartnerJson::kebab).toList());
        model.addAttribute("page", new Paging(page, size)
                .slice(catalog.search(q, PartnerForms.region(region), PartnerForms.agreementKind(kind))));
        // htmx asks for the rows only; a plain request (or a bookmark) gets the whole page.
        return PageOrFragment.of(htmx, "partners/list", "rows");
    }

    @GetMapping("/partners/{code}")
    String partner(@PathVariable String code, CurrentOfficer officer, Model model) {
        Partner partner = catalog.partner(code).orElseThrow(() -> PartnerForms.notFound("partner", code));
        // What the modules exchanged with the partner, as far as the officer may see it.
        model.addAttribute("exchanged", exchangedRecords.orderedStream()
                .flatMap(module -> module.with(partner.code(), officer).stream()).toList());
        var agreements = catalog.agreementsOf(code);
        model.addAttribute("partner", partner);
        model.addAttribute("agreements", agreements);
        model.addAttribute("timeline", agreements.stream()
                .sorted(Comparator.comparing(Agreement::signedOn))
                .toList());
        model.addAttribute("domains", Arrays.stream(FocalPointDomain.values()).map(PartnerJson::kebab).toList());
        if (!model.containsAttribute("focalPoint")) {
            model.addAttribute("focalPoint", new FocalPointInput());
        }
        return "partners/partner";
    }

    @GetMapping("/partners/new")
    @AdminOrLiaison
    String newPartner(Model model) {
        return partnerEditor(new PartnerForm(), false, model);
    }

    @GetMapping("/partners/{code}/edit")
    @AdminOrLiaison
    String editPartner(@PathVariable String code, Model model) {
        Partner partner = catalog.partner(code).orElseThrow(() -> PartnerForms.notFound("partner", code));
        return partnerEditor(PartnerForm.of(partner), true, model);
    }

    @PostMapping({"/partners", "/partners/{code}"})
    @AdminOrLiaison
    String savePartner(@PathVariable(required = false) @Nullable String code,
            @Valid @ModelAttribute("partnerForm") PartnerForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (code != null) {
            form.setCode(code);
        }
        form.check(errors);
        if (code == null && !errors.hasFieldErrors("code") && catalog.partner(form.toPartner().code()).isPresent()) {
            errors.rejectValue("code", "partners.validation.partner-exists", new Object[] {form.getCode()}, "exists");
        }
        if (errors.hasErrors()) {
            return partnerEditor(form, code != null, model);
        }
        Partner partner = form.toPartner();
        catalog.savePartner(partner);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/partners/" + partner.code();
    }

    private String partnerEditor(PartnerForm form, boolean existing, Model model) {
        model.addAttribute("partnerForm", form);
        model.addAttribute("existing", existing);
        model.addAttribute("regions", Arrays.stream(Region.values()).map(PartnerJson::kebab).toList());
        model.addAttribute("partnerKinds", Arrays.stream(PartnerKind.values()).map(PartnerJson::kebab).toList());
        return "partners/partner-form";
    }

    /** A focal point as the form on the partner page sends it. */
    static class FocalPointInput {
        private String domain = "general";
        @NotBlank
        @Size(max = 200)
        private String name = "";
        @Size(max = 200)
        private String position = "";
        @Size(max = 200)
        @Email
        private String email = "";
        @Size(max = 60)
        @Pattern(regexp = "[0-9+().\\s/-]*")
        private String phone = "";

        public String getDomain() { return domain; }
        public void setDomain(String domain) { this.domain = domain; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getPosition() { return position; }
        public void setPosition(String position) { this.position = position; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
    }

    @PostMapping("/partners/{code}/focal-points")
    @AdminOrLiaison
    String addFocalPoint(@PathVariable String code, @Valid @ModelAttribute("focalPoint") FocalPointInput input,
            BindingResult errors, CurrentOfficer officer, Model model, RedirectAttributes redirect) {
        FocalPointDomain domain = null;
        try {
            domain = Codes.parse(FocalPointDomain.class, input.getDomain());
        }
        catch (UnknownValueException e) {
            errors.rejectValue("domain", "partners.validation.unknown-code", new Object[] {e.value(), String.join(", ", e.validValues())},
                    null);
        }
        if (errors.hasErrors() || domain == null) {
            return partner(code, officer, model);
        }
        catalog.addFocalPoint(code, new Partner.FocalPoint(0, domain, input.getName().strip(), input.getPosition().strip(),
                input.getEmail().strip(), input.getPhone().strip()));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/partners/" + code;
    }

    /** The address the focal point form posts to, opened again (a reload after an error): the partner's page. */
    @GetMapping("/partners/{code}/focal-points")
    String focalPoints(@PathVariable String code) {
        return "redirect:/partners/" + code;
    }

    @PostMapping("/partners/{code}/focal-points/{id}/delete")
    @AdminOrLiaison
    String removeFocalPoint(@PathVariable String code, @PathVariable long id) {
        catalog.removeFocalPoint(code, id);
        return "redirect:/partners/" + code;
    }
}
