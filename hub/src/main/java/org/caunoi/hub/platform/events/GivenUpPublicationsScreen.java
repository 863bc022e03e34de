package org.caunoi.hub.platform.events;

import java.util.List;
import java.util.UUID;

import org.caunoi.hub.platform.security.AdminOnly;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.web.MenuEntry;
import org.caunoi.hub.platform.web.ModuleMenu;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The given-up event publications for administrators (the IT officers who run the hub): what was not
 * handled, by which listener, since when, after how many attempts, a button that tries one again, and one
 * that discards one with a reason.
 */
@Controller
class GivenUpPublicationsScreen implements ModuleMenu {

    private final GivenUpPublications givenUp;

    GivenUpPublicationsScreen(GivenUpPublications givenUp) {
        this.givenUp = givenUp;
    }

    @Override
    public List<MenuEntry> entries() {
        return List.of(MenuEntry.forRoles("platform", "platform.events.title", "/admin/events", 995, Role.ADMIN));
    }

    @GetMapping("/admin/events")
    @AdminOnly
    String list(Model model) {
        model.addAttribute("publications", givenUp.all());
        model.addAttribute("maxAttempts", givenUp.maxAttempts());
        model.addAttribute("keepDays", givenUp.keepDays());
        model.addAttribute("reasonLimit", GivenUpPublications.REASON_LIMIT);
        return "platform/events";
    }

    @PostMapping("/admin/events/{id}/try-again")
    @AdminOnly
    String tryAgain(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("outcome", givenUp.tryAgain(id) ? "platform.events.handed-back" : "platform.events.not-given-up");
        return "redirect:/admin/events";
    }

    @PostMapping("/admin/events/{id}/discard")
    @AdminOnly
    String discard(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        String why = reason.strip();
        String outcome;
        if (why.isEmpty() || why.length() > GivenUpPublications.REASON_LIMIT) {
            outcome = "platform.events.reason-needed";
        }
        else {
            outcome = givenUp.discard(id, why) ? "platform.events.discarded" : "platform.events.not-given-up";
        }
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/admin/events";
    }
}
