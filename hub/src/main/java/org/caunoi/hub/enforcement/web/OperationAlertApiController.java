package org.caunoi.hub.enforcement.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.enforcement.internal.OperationAlerts;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.Coded;
import org.caunoi.hub.platform.security.AdminInvestigatorSupervisorOrAnalyst;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operation alerts: send one to every participant of an operation, read each one's delivery, read the alerts received. */
@RestController
@RequestMapping("/api/enforcement")
@Tag(name = "Enforcement information")
class OperationAlertApiController {

    private final OperationAlerts alerts;

    OperationAlertApiController(OperationAlerts alerts) {
        this.alerts = alerts;
    }

    /** An attachment as JSON carries it: the file name and the bytes in base64. */
    record AttachmentBody(@Nullable String name, byte @Nullable [] content) {
    }

    record AlertBody(@Nullable String text, @Coded(Purpose.class) @Nullable String purpose, @Nullable List<AttachmentBody> attachments) {
    }

    @PostMapping("/operations/{id}/alerts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send an alert (text and attachments) to every participant of the operation; per participant "
            + "its MessageId, or why nothing was sent")
    ResponseEntity<OperationAlerts.SentAlert> send(@PathVariable long id, @RequestBody AlertBody body, CurrentOfficer user) {
        List<OperationAlerts.Upload> files = body.attachments() == null ? List.of() : body.attachments().stream()
                .map(file -> new OperationAlerts.Upload(file.name() == null ? "" : file.name(),
                        file.content() == null ? new byte[0] : file.content()))
                .toList();
        OperationAlerts.SentAlert sent = alerts.send(Officer.of(user), id, body.text(), body.purpose(), files);
        return ResponseEntity.created(URI.create("/api/enforcement/operations/" + id + "/alerts")).body(sent);
    }

    @GetMapping("/operations/{id}/alerts")
    @Operation(summary = "The operation's alerts, newest first, with each participant's delivery, receipt time and the form "
            + "it got (nominal, or non-nominal and why); for every role but viewers; to an officer who reads the sender's "
            + "unit's cases only in the non-nominal form, the text without personal data and no attachments; each alert "
            + "read in full is audited")
    List<OperationAlerts.SentAlert> sent(@PathVariable long id, CurrentOfficer user) {
        return alerts.sent(Officer.of(user), id);
    }

    @GetMapping("/operations/{id}/alert-reach")
    @Operation(summary = "Before sending: what each participant would get of an alert sent now for the purpose "
            + "(default investigation): form nominal (text as written, with attachments), non-nominal (text without "
            + "personal data, no attachments; reason: why not nominal, sender-reads-non-nominal when the signed-in "
            + "officer reads their unit's cases only in the non-nominal form and so sends only that), or null (nothing; "
            + "reason: why)")
    List<OperationAlerts.Reach> reach(@PathVariable long id, @RequestParam(required = false) @Nullable String purpose,
            CurrentOfficer user) {
        return alerts.reach(Officer.of(user), id, purpose == null || purpose.isBlank() ? Purpose.INVESTIGATION
                : Purpose.parse(purpose));
    }

    @GetMapping("/alerts/received")
    @AdminInvestigatorSupervisorOrAnalyst
    @Operation(summary = "Alerts received from partners' hubs, newest first; optionally those matched to one local "
            + "operation (by its id here; an alert is matched by the operation's shared code, never by name). For "
            + "administrators, investigators, supervisors and analysts; each alert read is audited; to an officer who "
            + "may not read personal data, the text without it and no attachments")
    List<OperationAlerts.ReceivedAlert> received(@RequestParam(required = false) @Nullable Long operation,
            CurrentOfficer user) {
        return alerts.received(Officer.of(user), operation);
    }
}
