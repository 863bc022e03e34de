package org.caunoi.hub.enforcement.web;

import org.caunoi.hub.enforcement.internal.CaseCodes;
import org.caunoi.hub.enforcement.internal.CaseNotFoundException;
import org.caunoi.hub.enforcement.internal.InvalidInputException;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.enforcement.internal.Operations;
import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.platform.security.AdminLiaisonInvestigatorOrSupervisor;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The joint operation form, to create one or change it: the API's checks, its roles (viewers and
 * analysts may not) and its audit entry; a refused form comes back with each error at its field.
 */
@Controller
@AdminLiaisonInvestigatorOrSupervisor
class OperationFormScreens {

    private final Operations operations;
    private final Partners partners;

    OperationFormScreens(Operations operations, Partners partners) {
        this.operations = operations;
        this.partners = partners;
    }

    @GetMapping("/enforcement/operations/new")
    String newOperation(Model model) {
        model.addAttribute("operationForm", OperationForm.blank());
        return editor(null, model);
    }

    @PostMapping("/enforcement/operations")
    String create(@ModelAttribute("operationForm") OperationForm form, BindingResult errors, CurrentOfficer officer,
            Model model) {
        var input = form.toInput(errors);
        try {
            if (errors.hasErrors()) {
                // Every other field's faults too, so the officer fixes them all in one go.
                operations.check(input, null);
                return refused(form, null, model);
            }
            return "redirect:/enforcement/operations/" + operations.create(Officer.of(officer), input).id();
        }
        catch (InvalidInputException invalid) {
            OperationForm.reject(invalid, errors);
            return refused(form, null, model);
        }
    }

    @GetMapping("/enforcement/operations/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Operations.Operation operation = operations.find(id).orElseThrow(() -> new CaseNotFoundException("operation", id));
        model.addAttribute("operationForm", OperationForm.of(operation));
        return editor(id, model);
    }

    @PostMapping("/enforcement/operations/{id}")
    String update(@PathVariable long id, @ModelAttribute("operationForm") OperationForm form, BindingResult errors,
            CurrentOfficer officer, Model model) {
        var input = form.toInput(errors);
        try {
            if (errors.hasErrors()) {
                operations.check(input, id);
                return refused(form, id, model);
            }
            operations.update(Officer.of(officer), id, input);
            return "redirect:/enforcement/operations/" + id;
        }
        catch (InvalidInputException invalid) {
            OperationForm.reject(invalid, errors);
            return refused(form, id, model);
        }
    }

    private String refused(OperationForm form, @Nullable Long id, Model model) {
        form.withBlankPhaseRows();
        return editor(id, model);
    }

    private String editor(@Nullable Long id, Model model) {
        model.addAttribute("operationId", id);
        // By name in the officer's language (Vietnamese order for a Vietnamese officer), not by region.
        model.addAttribute("knownPartners", partners.byName(LocaleContextHolder.getLocale()));
        model.addAttribute("categories", CaseCodes.CATEGORIES);
        return "enforcement/operation-form";
    }
}
