package org.caunoi.hub.enforcement.web;

import org.caunoi.hub.enforcement.internal.EntityMerges;
import org.caunoi.hub.enforcement.internal.InvalidInputException;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The merge screen: find person or company records by name, put two side by side (with their cases
 * and past merges), and confirm merging B into A. The rules are {@link EntityMerges}'s.
 */
@Controller
class EntityMergeScreens {

    private final EntityMerges merges;
    private final MessageSource messages;

    EntityMergeScreens(EntityMerges merges, MessageSource messages) {
        this.merges = merges;
        this.messages = messages;
    }

    @GetMapping("/enforcement/merge")
    String page(@RequestParam(defaultValue = "person") String entity, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable Long a, @RequestParam(required = false) @Nullable Long b,
            CurrentOfficer officer, Model model) {
        Officer merger = Officer.of(officer);
        String kind = entity.equals("company") ? "company" : "person";
        model.addAttribute("entity", kind);
        model.addAttribute("q", q);
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        if (!q.isBlank()) {
            model.addAttribute("found", merges.find(merger, kind, q));
        }
        if (a != null) {
            model.addAttribute("left", merges.read(merger, kind, a));
        }
        if (b != null) {
            model.addAttribute("right", merges.read(merger, kind, b));
        }
        return "enforcement/merge";
    }

    @PostMapping("/enforcement/merge")
    String merge(@RequestParam String entity, @RequestParam long a, @RequestParam long b, CurrentOfficer officer,
            RedirectAttributes redirect) {
        String kind = entity.equals("company") ? "company" : "person";
        try {
            EntityMerges.Merge merge = merges.merge(Officer.of(officer), kind, a, b);
            redirect.addFlashAttribute("merged", merge);
            return "redirect:/enforcement/merge?entity=" + kind + "&a=" + a;
        }
        catch (InvalidInputException invalid) {
            // The first field at fault, worded as the API words it.
            redirect.addFlashAttribute("mergeError", messages.getMessage(invalid.errors().getFirst().message(),
                    LocaleContextHolder.getLocale()));
            return "redirect:/enforcement/merge?entity=" + kind + "&a=" + a + "&b=" + b;
        }
    }
}
