package org.caunoi.hub.partners.web;

import org.caunoi.hub.partners.UnknownCodeException;
import org.caunoi.hub.partners.internal.PartnerCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Shows the module's failures on screen as a page in the officer's language, never a stack trace. */
@ControllerAdvice(assignableTypes = {PartnerScreens.class, AgreementScreens.class, LegalBasisScreen.class})
class PartnerScreenProblems {

    @ExceptionHandler(PartnerCatalog.NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

    @ExceptionHandler(UnknownCodeException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String unknownCode(UnknownCodeException e, Model model) {
        model.addAttribute("status", 400);
        model.addAttribute("detail", e.getMessage());
        return "error";
    }
}
