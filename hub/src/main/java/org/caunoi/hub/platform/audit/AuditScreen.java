package org.caunoi.hub.platform.audit;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.web.PageOrFragment;
import org.caunoi.hub.platform.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The audit trail for administrators and supervisors: browse and filter entries, and check the hash
 * chain (screen and {@code GET /api/audit/verify}). Looking at the trail is itself recorded.
 */
@Controller
class AuditScreen {

    private final AuditTrail audit;

    AuditScreen(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String browse(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String recordType,
            @RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, HtmxRequest htmx, Model model) {
        Paging paging = new Paging(page, size);
        List<AuditTrail.Entry> entries = audit.search(actor.strip(), recordType.strip(), action.strip(), paging.offset(),
                paging.size());
        model.addAttribute("page", paging.of(entries, audit.count(actor.strip(), recordType.strip(), action.strip())));
        audit.record("VIEW", "audit-trail", null, filtersOf(actor, recordType, action));
        model.addAttribute("actor", actor);
        model.addAttribute("recordType", recordType);
        model.addAttribute("action", action);
        model.addAttribute("actions", audit.actions());
        model.addAttribute("recordTypes", audit.recordTypes());
        return PageOrFragment.of(htmx, "platform/audit", "rows");
    }

    /** What the officer looked for, as the trail records it: nothing without filters, else each one ("—" if not given). */
    private static String filtersOf(String actor, String recordType, String action) {
        if (actor.isBlank() && recordType.isBlank() && action.isBlank()) {
            return "";
        }
        return Sentences.of("platform.audit-details.filtered", orDash(actor), orDash(recordType), orDash(action));
    }

    private static String orDash(String filter) {
        return filter.isBlank() ? "—" : filter.strip();
    }

    @PostMapping("/admin/audit/verify")
    String verifyOnScreen(Model model) {
        model.addAttribute("verification", audit.verify());
        return "platform/audit :: verification";
    }

    @GetMapping("/api/audit/verify")
    @ResponseBody
    ResponseEntity<AuditTrail.ChainVerification> verify() {
        return ResponseEntity.ok(audit.verify());
    }
}
