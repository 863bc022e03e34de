package org.caunoi.hub.enforcement.web;

import org.caunoi.hub.enforcement.internal.InvalidInputException;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.enforcement.internal.Operations;
import org.caunoi.hub.platform.security.AdminLiaisonInvestigatorOrSupervisor;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's tag form: the case goes to a joint operation, or to one of its phases, with the
 * API's roles and audit entry; a refused tag comes back as a message in the officer's language.
 */
@Controller
class CaseTagScreens {

    private final Operations operations;
    private final MessageSource messages;

    CaseTagScreens(Operations operations, MessageSource messages) {
        this.operations = operations;
        this.messages = messages;
    }

    /** {@code target} is the operation's id, or its id, a colon and the phase's name, as the page's choices give them. */
    @PostMapping("/enforcement/cases/{id}/operations")
    @AdminLiaisonInvestigatorOrSupervisor
    String tag(@PathVariable long id, @RequestParam(defaultValue = "") String target, CurrentOfficer officer,
            RedirectAttributes redirect) {
        try {
            int colon = target.indexOf(':');
            String operation = colon < 0 ? target : target.substring(0, colon);
            if (!operation.strip().matches("\\d{1,18}")) {
                throw InvalidInputException.of("operation", "unknown-operation", target)
                        .about(InvalidInputException.TAG);
            }
            operations.tag(Officer.of(officer), Long.parseLong(operation.strip()), id,
                    colon < 0 ? null : target.substring(colon + 1));
        }
        catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("tagError", messages.getMessage(invalid.errors().getFirst().message(),
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/enforcement/cases/" + id + "#operations";
    }
}
