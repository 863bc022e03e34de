package org.caunoi.hub.platform.accounts;

import java.util.Arrays;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caunoi.hub.platform.problem.FieldProblem;
import org.caunoi.hub.platform.security.AdminOnly;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.security.PasswordPolicy;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.Units;
import org.caunoi.hub.platform.web.MenuEntry;
import org.caunoi.hub.platform.web.ModuleMenu;
import org.caunoi.hub.platform.web.PageOrFragment;
import org.caunoi.hub.platform.web.Paging;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Officers' accounts on screen: the list and a form for a new officer, one officer's page to change,
 * disable or re-enable them or reset their password (for administrators), and every officer's own
 * password. A temporary password is shown once, on the page that made it.
 */
@Controller
class OfficersScreen implements ModuleMenu {

    private final OfficerAdministration officers;
    private final Units units;

    OfficersScreen(OfficerAdministration officers, Units units) {
        this.units = units;
        this.officers = officers;
    }

    @Override
    public List<MenuEntry> entries() {
        return List.of(MenuEntry.forRoles("platform", "platform.officers.title", "/admin/officers", 990, Role.ADMIN));
    }

    @GetMapping("/admin/officers")
    @AdminOnly
    String list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, HtmxRequest htmx, Model model) {
        listPage(new OfficerForm(), new Paging(page, size), model);
        return PageOrFragment.of(htmx, "platform/officers", "rows");
    }

    @PostMapping("/admin/officers")
    @AdminOnly
    String create(@ModelAttribute("officerForm") OfficerForm form, BindingResult binding, Model model) {
        try {
            var created = officers.create(form.input());
            model.addAttribute("temporaryPassword", created.temporaryPassword());
            model.addAttribute("created", true);
            return officerPage(created.officer(), OfficerForm.of(created.officer()), model);
        }
        catch (AccountProblem problem) {
            reject(binding, problem);
            return listPage(form, new Paging(0, Paging.DEFAULT_SIZE), model);
        }
    }

    @GetMapping("/admin/officers/{username}")
    @AdminOnly
    String officer(@PathVariable String username, Model model) {
        var officer = officers.get(username);
        return officerPage(officer, OfficerForm.of(officer), model);
    }

    @PostMapping("/admin/officers/{username}")
    @AdminOnly
    String update(@PathVariable String username, @ModelAttribute("officerForm") OfficerForm form, BindingResult binding,
            CurrentOfficer administrator, Model model) {
        try {
            var updated = officers.update(username, form.input(), administrator.username());
            model.addAttribute("saved", true);
            return officerPage(updated, OfficerForm.of(updated), model);
        }
        catch (AccountProblem problem) {
            reject(binding, problem);
            return officerPage(officers.get(username), form, model);
        }
    }

    @PostMapping("/admin/officers/{username}/enabled")
    @AdminOnly
    String enable(@PathVariable String username, @RequestParam boolean enabled, CurrentOfficer administrator, Model model) {
        OfficerAdministration.Officer officer;
        try {
            officer = officers.setEnabled(username, enabled, administrator.username());
        }
        catch (AccountProblem problem) {
            model.addAttribute("actionError", problem.errors().getFirst().message());
            officer = officers.get(username);
        }
        return officerPage(officer, OfficerForm.of(officer), model);
    }

    @PostMapping("/admin/officers/{username}/reset-password")
    @AdminOnly
    String resetPassword(@PathVariable String username, Model model) {
        var reset = officers.resetPassword(username);
        model.addAttribute("temporaryPassword", reset.temporaryPassword());
        return officerPage(reset.officer(), OfficerForm.of(reset.officer()), model);
    }

    @GetMapping("/account/password")
    String password(CurrentOfficer officer, Model model) {
        return passwordPage(officer, model);
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmation,
            CurrentOfficer officer, Authentication authentication, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        try {
            officers.changeOwnPassword(officer.username(), currentPassword, newPassword, confirmation);
        }
        catch (AccountProblem problem) {
            problem.errors().forEach(field -> model.addAttribute(field.field() + "Error", field.message()));
            return passwordPage(officer, model);
        }
        // Signed out here as everywhere else: the officer signs in again with the new password.
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?changed";
    }

    private String passwordPage(CurrentOfficer officer, Model model) {
        model.addAttribute("mustChange", officers.get(officer.username()).account().mustChangePassword());
        model.addAttribute("minimumLength", PasswordPolicy.MINIMUM_LENGTH);
        return "platform/password";
    }

    private String listPage(OfficerForm form, Paging paging, Model model) {
        model.addAttribute("page", paging.slice(officers.all()));
        model.addAttribute("officerForm", form);
        return choices(model, "platform/officers");
    }

    private String officerPage(OfficerAdministration.Officer officer, OfficerForm form, Model model) {
        model.addAttribute("officer", officer);
        model.addAttribute("officerForm", form);
        return choices(model, "platform/officer");
    }

    private String choices(Model model, String view) {
        model.addAttribute("units", units.codes());
        model.addAttribute("roleCodes", Arrays.stream(Role.values()).map(OfficerAdministration::code).toList());
        return view;
    }

    private static void reject(BindingResult binding, AccountProblem problem) {
        for (FieldProblem field : problem.errors()) {
            var message = field.message();
            binding.rejectValue(field.field(), message.getCodes() == null ? "" : message.getCodes()[0], message.getArguments(), null);
        }
    }
}
