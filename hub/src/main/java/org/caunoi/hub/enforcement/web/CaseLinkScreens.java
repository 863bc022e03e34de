package org.caunoi.hub.enforcement.web;

import org.caunoi.hub.enforcement.internal.CaseLinks;
import org.caunoi.hub.enforcement.internal.InvalidInputException;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case page's link form: a refused link comes back as a message in the officer's language, nothing stored. */
@Controller
class CaseLinkScreens {

    private final CaseLinks links;
    private final MessageSource messages;

    CaseLinkScreens(CaseLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    @PostMapping("/enforcement/cases/{id}/links")
    String link(@PathVariable long id, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String note, CurrentOfficer officer, RedirectAttributes redirect) {
        try {
            if (to.isBlank()) {
                throw InvalidInputException.of("to", "required").about(InvalidInputException.LINK);
            }
            links.link(Officer.of(officer), id, to, note);
        }
        catch (InvalidInputException invalid) {
            // The first field at fault, worded as the API words it.
            redirect.addFlashAttribute("linkError", messages.getMessage(invalid.errors().getFirst().message(),
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/enforcement/cases/" + id + "#links";
    }
}
