package org.caunoi.hub.enforcement.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caunoi.hub.enforcement.internal.CaseLinks;
import org.caunoi.hub.enforcement.internal.Cases;
import org.caunoi.hub.enforcement.internal.InvalidInputException;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Links between cases through the API: draw one with a note ({@code {"to": "VN-2026-000002", "note": "…"}}), list them. */
@RestController
@RequestMapping("/api/enforcement")
@Tag(name = "Enforcement information")
class CaseLinkApiController {

    private final CaseLinks links;
    private final Cases cases;

    CaseLinkApiController(CaseLinks links, Cases cases) {
        this.links = links;
        this.cases = cases;
    }

    record LinkRequest(@Nullable String to, @Nullable String note) {
    }

    @PostMapping("/cases/{id}/links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Link the case to another case of this hub, with a note; answers 201")
    ResponseEntity<CaseLinks.CaseLink> link(@PathVariable long id, @RequestBody LinkRequest request, CurrentOfficer user) {
        if (request.to() == null || request.to().isBlank()) {
            throw InvalidInputException.of("to", "required").about(InvalidInputException.LINK);
        }
        CaseLinks.CaseLink link = links.link(Officer.of(user), id, request.to(), request.note() == null ? "" : request.note());
        return ResponseEntity.created(URI.create("/api/enforcement/cases/" + id + "/links")).body(link);
    }

    @GetMapping("/cases/{id}/links")
    @Operation(summary = "The links drawn from and to the case")
    List<CaseLinks.CaseLink> list(@PathVariable long id, CurrentOfficer user) {
        Officer officer = Officer.of(user);
        cases.read(officer, id);
        return links.of(officer, id);
    }
}
