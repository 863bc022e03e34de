package org.caunoi.hub.platform.security;

import org.caunoi.hub.platform.web.MenuEntry;
import org.caunoi.hub.platform.web.ModuleMenu;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The officer's own API tokens on screen: the list (never the secrets), a form that creates one and
 * shows its secret this once, and revocation. Administrators manage other officers' tokens through the API.
 */
@Controller
class ApiTokensScreen implements ModuleMenu {

    private final ApiTokens tokens;

    ApiTokensScreen(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public java.util.List<MenuEntry> entries() {
        return java.util.List.of(MenuEntry.forEveryone("platform", "platform.tokens.title", "/account/tokens", 1100));
    }

    @GetMapping("/account/tokens")
    String list(CurrentOfficer officer, Model model) {
        return page(officer, model, "", ApiTokens.DEFAULT_DAYS);
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "0") int days,
            CurrentOfficer officer, Model model) {
        String wanted = name.strip();
        if (wanted.isEmpty() || wanted.length() > 100) {
            model.addAttribute("error", "platform.tokens.name-required");
            return page(officer, model, wanted, days);
        }
        if (days < 1 || days > ApiTokens.MAXIMUM_DAYS) {
            model.addAttribute("error", "platform.tokens.days-out-of-range");
            return page(officer, model, wanted, days);
        }
        var created = tokens.create(officer.username(), wanted, days, officer.username());
        model.addAttribute("created", created);
        return page(officer, model, "", ApiTokens.DEFAULT_DAYS);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, CurrentOfficer officer) {
        var token = tokens.find(id).filter(found -> found.owner().equals(officer.username()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        tokens.revoke(token.id(), officer.username());
        return "redirect:/account/tokens";
    }

    private String page(CurrentOfficer officer, Model model, String name, int days) {
        model.addAttribute("tokens", tokens.of(officer.username()));
        model.addAttribute("now", tokens.now());
        model.addAttribute("name", name);
        model.addAttribute("days", days);
        model.addAttribute("maximumDays", ApiTokens.MAXIMUM_DAYS);
        return "platform/tokens";
    }
}
