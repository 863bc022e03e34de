package org.caunoi.hub.enforcement.web;

import java.net.URI;
import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caunoi.hub.enforcement.internal.CaseNotFoundException;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.enforcement.internal.OperationFigures;
import org.caunoi.hub.enforcement.internal.Operations;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Joint operations: create one, tag cases to it (and a phase), read its totals computed from the tagged cases. */
@RestController
@RequestMapping("/api/enforcement/operations")
@Tag(name = "Enforcement information")
class OperationApiController {

    private final Operations operations;
    private final OperationFigures figures;

    OperationApiController(Operations operations, OperationFigures figures) {
        this.operations = operations;
        this.figures = figures;
    }

    record Created(long id) {
    }

    record TagBody(@Nullable String phase) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a joint operation; answers 201 with its id")
    ResponseEntity<Created> create(@RequestBody Operations.OperationInput input, CurrentOfficer user) {
        Operations.Operation operation = operations.create(Officer.of(user), input);
        return ResponseEntity.created(URI.create("/api/enforcement/operations/" + operation.id()))
                .body(new Created(operation.id()));
    }

    @GetMapping
    @Operation(summary = "Every joint operation this hub knows, the newest first, with its number of tagged cases")
    List<Operations.Listed> operations() {
        return operations.all();
    }

    @GetMapping("/{id}")
    Operations.Operation operation(@PathVariable long id) {
        return operations.find(id).orElseThrow(() -> new CaseNotFoundException("operation", id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a joint operation; a phase with tagged cases cannot be left out")
    Operations.Operation update(@PathVariable long id, @RequestBody Operations.OperationInput input, CurrentOfficer user) {
        return operations.update(Officer.of(user), id, input);
    }

    @PostMapping("/{id}/cases/{caseId}")
    @Operation(summary = "Tag a case to the operation, optionally to one of its phases")
    ResponseEntity<Void> tag(@PathVariable long id, @PathVariable long caseId,
            @RequestParam(required = false) @Nullable String phase, @RequestBody(required = false) @Nullable TagBody body,
            CurrentOfficer user) {
        operations.tag(Officer.of(user), id, caseId, phase != null ? phase : body == null ? null : body.phase());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/totals")
    @Operation(summary = "Cases and quantities by category and phase, computed from the tagged cases that are not withdrawn")
    Operations.Totals totals(@PathVariable long id) {
        return operations.totals(id);
    }

    @GetMapping("/{id}/figures")
    @Operation(summary = "What the operation page draws: totals, cases per route country, the timeline and the route flows")
    OperationFigures.Figures figures(@PathVariable long id) {
        return figures.of(id);
    }
}
