package org.caunoi.hub.enforcement.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.caunoi.hub.enforcement.internal.InvalidInputException;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.enforcement.internal.OperationAlerts;
import org.caunoi.hub.platform.attachments.Attachment;
import org.caunoi.hub.platform.attachments.AttachmentRejectedException;
import org.caunoi.hub.platform.attachments.Attachments;
import org.caunoi.hub.platform.security.AdminInvestigatorSupervisorOrAnalyst;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Operation alerts on screen: the form on the operation page that sends one (each participant's
 * outcome shown back), the inbox of alerts received from partners (for the enforcement roles only), and their
 * attachments.
 */
@Controller
class AlertScreens {

    private final OperationAlerts alerts;
    private final Attachments attachments;

    AlertScreens(OperationAlerts alerts, Attachments attachments) {
        this.alerts = alerts;
        this.attachments = attachments;
    }

    @PostMapping("/enforcement/operations/{id}/alerts")
    String send(@PathVariable long id, @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) @Nullable List<MultipartFile> files, CurrentOfficer officer,
            RedirectAttributes redirect) throws IOException {
        List<OperationAlerts.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                uploads.add(new OperationAlerts.Upload(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                        file.getBytes()));
            }
        }
        try {
            redirect.addFlashAttribute("alertSent", alerts.send(Officer.of(officer), id, text, null, uploads));
        }
        catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("alertError", invalid.fieldErrors().getFirst().messageKey());
            redirect.addFlashAttribute("alertErrorArgs", invalid.fieldErrors().getFirst().args());
        }
        catch (AttachmentRejectedException rejected) {
            redirect.addFlashAttribute("alertError", rejected.detailKey());
            redirect.addFlashAttribute("alertErrorArgs", List.of(rejected.detailArguments()));
        }
        return "redirect:/enforcement/operations/" + id + "#alerts";
    }

    @GetMapping("/enforcement/alerts")
    @AdminInvestigatorSupervisorOrAnalyst
    String inbox(CurrentOfficer officer, Model model) {
        model.addAttribute("received", alerts.received(Officer.of(officer), null));
        return "enforcement/alerts";
    }

    /** One alert received, as the inbox shows it, however old: the inbox lists only the newest. */
    @GetMapping("/enforcement/alerts/{id:\\d+}")
    @AdminInvestigatorSupervisorOrAnalyst
    String received(@PathVariable long id, CurrentOfficer officer, Model model) {
        model.addAttribute("received", List.of(alerts.receivedAlert(Officer.of(officer), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))));
        return "enforcement/alert";
    }

    /**
     * An alert's attachment (sent or received) for a signed-in browser, to the officers who may read that
     * alert in full (the non-nominal form has no files); other attachments are not served here. Who may is decided before the file is opened, so only
     * a view that happens is audited as one.
     */
    @GetMapping("/enforcement/alerts/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, CurrentOfficer officer) {
        if (attachments.find(id).filter(found -> alerts.mayOpenAttachment(Officer.of(officer), found)).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Attachment attachment = attachments.open(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(attachment.ref().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.ref().displayName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(attachment.content());
    }
}
