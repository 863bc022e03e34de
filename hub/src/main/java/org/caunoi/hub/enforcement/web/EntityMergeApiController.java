package org.caunoi.hub.enforcement.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caunoi.hub.enforcement.internal.EntityMerges;
import org.caunoi.hub.enforcement.internal.InvalidInputException;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Person and company records through the API: find them, read one with its cases and merge history,
 * and merge one into another ({@code POST /api/enforcement/persons/{id}/merge} with {@code {"merged": 42}}).
 */
@RestController
@RequestMapping("/api/enforcement")
@Tag(name = "Enforcement information")
class EntityMergeApiController {

    private final EntityMerges merges;

    EntityMergeApiController(EntityMerges merges) {
        this.merges = merges;
    }

    record MergeRequest(@Nullable Long merged) {
    }

    @GetMapping("/{kind:persons|companies}")
    @Operation(summary = "Person or company records named like q whatever the spelling (the name matcher), best first, "
            + "each with the name that matched, the score and why; then records with a name containing q (score and why "
            + "null); among those the officer reads in full")
    List<EntityMerges.FoundRecord> find(@PathVariable String kind, @RequestParam String q, CurrentOfficer user) {
        return merges.find(Officer.of(user), entity(kind), q);
    }

    @GetMapping("/{kind:persons|companies}/{id}")
    @Operation(summary = "A person or company record with its cases and the merges it took part in")
    EntityMerges.EntityView read(@PathVariable String kind, @PathVariable long id, CurrentOfficer user) {
        return merges.read(Officer.of(user), entity(kind), id);
    }

    @PostMapping("/{kind:persons|companies}/{id}/merge")
    @Operation(summary = "Merge the record {merged} into this one: its case links move here, it stays as a tombstone")
    EntityMerges.Merge merge(@PathVariable String kind, @PathVariable long id, @RequestBody MergeRequest request,
            CurrentOfficer user) {
        if (request.merged() == null) {
            throw InvalidInputException.of("merged", "required").about(InvalidInputException.MERGE);
        }
        return merges.merge(Officer.of(user), entity(kind), id, request.merged());
    }

    static String entity(String kind) {
        return kind.equals("persons") ? "person" : "company";
    }
}
