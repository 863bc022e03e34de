package org.caunoi.hub.enforcement.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caunoi.hub.enforcement.internal.CaseFilter;
import org.caunoi.hub.enforcement.internal.CaseInput;
import org.caunoi.hub.enforcement.internal.CaseNotFoundException;
import org.caunoi.hub.enforcement.internal.CaseSearch;
import org.caunoi.hub.enforcement.internal.CaseSharing;
import org.caunoi.hub.enforcement.internal.CaseVersion;
import org.caunoi.hub.enforcement.internal.Cases;
import org.caunoi.hub.enforcement.internal.InvalidInputException;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.enforcement.internal.Operations;
import org.caunoi.hub.enforcement.internal.ReceivedCaseViews;
import org.caunoi.hub.enforcement.internal.ReceivedCases;
import org.caunoi.hub.enforcement.internal.SharedVersion;
import org.caunoi.hub.enforcement.internal.StoredCase;
import org.caunoi.hub.exchange.Caveat;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.problem.UnknownValueException;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.web.ListPage;
import org.caunoi.hub.platform.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The enforcement API: cases of this hub and received ones, their sharing, and name search. */
@RestController
@RequestMapping("/api/enforcement")
@Tag(name = "Enforcement information")
class CaseApiController {

    private final Cases cases;
    private final CaseSharing sharing;
    private final ReceivedCases received;
    private final CaseSearch search;
    private final SharePreviews previews;
    private final HubProperties hub;
    private final Operations operations;
    private final ReceivedCaseViews receivedViews;

    CaseApiController(Cases cases, CaseSharing sharing, ReceivedCases received, CaseSearch search, SharePreviews previews,
            HubProperties hub, Operations operations, ReceivedCaseViews receivedViews) {
        this.operations = operations;
        this.receivedViews = receivedViews;
        this.cases = cases;
        this.sharing = sharing;
        this.received = received;
        this.search = search;
        this.previews = previews;
        this.hub = hub;
    }

    record Created(long id, String reference, int version) {
    }

    record CaseSummary(long id, String reference, int version, String state, @Nullable LocalDate date,
            @Nullable String category, @Nullable String place, String unit, boolean demo) {
    }

    record ReceivedSummary(long id, String source, String reference, int version, String state, String form,
            List<String> caveats, Instant receivedAt) {
    }

    /** Per partner: the newest version it got, in which form, and its delivery. */
    record SharedWith(String partner, String form, int version, String change, String messageId, String outcome,
            @Nullable Instant receiptAt) {
    }

    record CaseView(long id, String reference, int version, String state, String unit, String form, CaseInput content,
            Instant createdAt, Instant updatedAt, List<SharedWith> sharedWith, List<SharedVersion> shares) {
    }

    record ReceivedView(long id, String source, String reference, int version, String state, String form,
            List<String> caveats, CaseInput content, List<ReceivedCases.ReceivedVersion> versions) {
    }

    /** Partners by code, or {@code operation}: every participating partner of that joint operation. */
    record ShareRequest(@Nullable List<String> partners, @Nullable Long operation, @Nullable String purpose,
            @Nullable List<String> caveats) {
    }

    record SearchResult(String query, List<CaseSearch.SearchHit> hits) {
    }

    @PostMapping("/cases")
    @Operation(summary = "Record a case; answers 201 with its id and reference")
    ResponseEntity<Created> record(@RequestBody CaseInput input, CurrentOfficer user) {
        StoredCase stored = cases.record(Officer.of(user), input);
        return ResponseEntity.created(URI.create("/api/enforcement/cases/" + stored.id()))
                .body(new Created(stored.id(), stored.reference(), stored.version()));
    }

    /** Cases a page of the list holds when the call names no {@code size}. */
    static final int LIST_SIZE = 100;

    @GetMapping("/cases")
    @Operation(summary = "This hub's cases (filtered by category, date range, unit, route country, operation, "
            + "words of the description), "
            + "or with source=<partner> the cases received from that partner; newest first, a page of 'size' "
            + "(100 by default, at most 500) at a time from 'page' 0; X-Total-Count says how many match in all, "
            + "Link rel=\"next\" where the next page is")
    ResponseEntity<List<?>> list(@RequestParam(required = false) @Nullable String source, CaseFilterParams filter,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + LIST_SIZE) int size) {
        Paging paging = new Paging(page, size);
        ListPage<?> listed;
        if (source == null || source.isBlank() || source.equalsIgnoreCase(hub.node())) {
            CaseFilter caseFilter = filter.toFilter();
            listed = paging.of(cases.summaries(caseFilter, paging.offset(), paging.size()).stream()
                    .map(CaseApiController::summary).toList(), cases.count(caseFilter));
        }
        else {
            listed = paging.slice(received.from(source.strip().toUpperCase(java.util.Locale.ROOT)).stream()
                    .map(got -> new ReceivedSummary(got.id(), got.source(), got.reference(), got.version(), got.state(),
                            got.form(), got.caveats(), got.receivedAt()))
                    .toList());
        }
        var answer = ResponseEntity.ok().header("X-Total-Count", String.valueOf(listed.total()));
        if (listed.hasNext()) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page + 1)
                    .replaceQueryParam("size", size).build().toUriString();
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(listed.rows());
    }

    @GetMapping("/cases/facets")
    @Operation(summary = "How many of this hub's cases the filter lets through, per category")
    Facets facets(CaseFilterParams filter) {
        Map<String, Long> byCategory = cases.countsByCategory(filter.toFilter().withoutCategory());
        return new Facets(byCategory.values().stream().mapToLong(Long::longValue).sum(), byCategory);
    }

    /** The list filters as query parameters: {@code ?category=drugs&from=2026-01-01&country=LA&text=tea}. */
    record CaseFilterParams(@Nullable String category,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @Nullable String unit, @Nullable String country, @Nullable Long operation, @Nullable String text) {

        CaseFilter toFilter() {
            return new CaseFilter(category, from, to, unit, country == null ? null : country.toUpperCase(java.util.Locale.ROOT),
                    operation, text);
        }
    }

    record Facets(long cases, Map<String, Long> byCategory) {
    }

    private static CaseSummary summary(Cases.Summary listed) {
        return new CaseSummary(listed.id(), listed.reference(), listed.version(), listed.state(), listed.date(),
                listed.category(), listed.place(), listed.owningUnit(), listed.demo());
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "A case in the form the officer may see, with whom it was shared")
    CaseView read(@PathVariable long id, CurrentOfficer user) {
        return view(cases.read(Officer.of(user), id));
    }

    /** A correction's body: the case as corrected and, in {@code version}, the version it was corrected from. */
    static final class CorrectionBody {

        @JsonUnwrapped
        public @Nullable CaseInput content;

        public @Nullable Integer version;
    }

    @PutMapping("/cases/{id}")
    @Operation(summary = "Correct a case with the body GET gave ('content'), changed where needed, and the 'version' "
            + "read: a new version, sent to every partner that got the case. A 'version' other than the current one "
            + "is answered 409; a correction that leaves the case as it is changes and sends nothing (200, the case as it is)")
    CaseView correct(@PathVariable long id, @RequestBody CorrectionBody body, CurrentOfficer user) {
        Officer officer = Officer.of(user);
        cases.correct(officer, id, Objects.requireNonNull(body.content, "an unwrapped body is always read"), body.version);
        return view(cases.read(officer, id));
    }

    @PostMapping("/cases/{id}/withdraw")
    @Operation(summary = "Withdraw a case: a last version, sent to every partner that got the case")
    CaseView withdraw(@PathVariable long id, CurrentOfficer user) {
        Officer officer = Officer.of(user);
        cases.withdraw(officer, id);
        return view(cases.read(officer, id));
    }

    @GetMapping("/cases/{id}/versions")
    @Operation(summary = "Every version of a case as written")
    List<CaseVersion> versions(@PathVariable long id, CurrentOfficer user) {
        return cases.versions(Officer.of(user), id);
    }

    @GetMapping("/cases/{id}/share-preview")
    @Operation(summary = "Which form of the case each partner would get, and why")
    List<SharePreviews.PreviewItem> preview(@PathVariable long id, @RequestParam List<String> partners,
            @RequestParam String purpose, CurrentOfficer user) {
        cases.read(Officer.of(user), id);
        return previews.of(partners, purpose(purpose));
    }

    @PostMapping("/cases/{id}/share")
    @Operation(summary = "Share a case: per partner the form sent and its MessageId, or why nothing was sent")
    List<CaseSharing.Outcome> share(@PathVariable long id, @RequestBody ShareRequest request, CurrentOfficer user) {
        Officer officer = Officer.of(user);
        StoredCase stored = cases.read(officer, id).stored();
        return sharing.share(officer, stored, partners(request), purpose(request.purpose()), caveats(request.caveats()));
    }

    @GetMapping("/received/{id}")
    @Operation(summary = "A case received from a partner, with every version received")
    ReceivedView receivedCase(@PathVariable long id, CurrentOfficer user) {
        ReceivedCaseViews.ReceivedView view = receivedViews.read(Officer.of(user), id);
        ReceivedCases.ReceivedCase got = view.got();
        return new ReceivedView(got.id(), got.source(), got.reference(), got.version(), got.state(), view.form(),
                got.caveats(), view.content(), view.versions());
    }

    @PostMapping("/received/{id}/share")
    @Operation(summary = "Pass a received case on: needs the source's recorded consent")
    List<CaseSharing.Outcome> shareOnward(@PathVariable long id, @RequestBody ShareRequest request, CurrentOfficer user) {
        ReceivedCases.ReceivedCase got = received.find(id).orElseThrow(() -> new CaseNotFoundException("received case", id));
        return sharing.shareOnward(Officer.of(user), got, partners(request), purpose(request.purpose()));
    }

    @GetMapping("/search")
    @Operation(summary = "Persons, companies and vessels by name, whatever the spelling; each hit says why")
    SearchResult search(@RequestParam String q, CurrentOfficer user) {
        return new SearchResult(q, search.search(Officer.of(user), q));
    }

    private CaseView view(Cases.CaseView view) {
        StoredCase stored = view.stored();
        List<SharedVersion> shares = sharing.sharesOf(stored.id());
        var latest = new java.util.LinkedHashMap<String, SharedVersion>();
        shares.forEach(share -> latest.put(share.partner(), share));
        List<SharedWith> sharedWith = latest.values().stream().map(share -> new SharedWith(share.partner(), share.form(),
                share.wireVersion(), share.change(), share.messageId(), share.outcome(),
                share.outcome().equals("delivered") ? share.outcomeAt() : null)).toList();
        return new CaseView(stored.id(), stored.reference(), stored.version(), stored.state(), stored.owningUnit(),
                view.form(), view.content(), stored.createdAt(), stored.updatedAt(), sharedWith, shares);
    }

    private List<String> partners(ShareRequest request) {
        if (request.operation() != null) {
            long operation = request.operation();
            return operations.find(operation).orElseThrow(() -> InvalidInputException.of("operation", "unknown-operation",
                    String.valueOf(operation)).about(InvalidInputException.SHARE)).partners();
        }
        if (request.partners() == null || request.partners().isEmpty()) {
            throw InvalidInputException.of("partners", "required").about(InvalidInputException.SHARE);
        }
        return request.partners().stream().map(code -> code.strip().toUpperCase(java.util.Locale.ROOT)).toList();
    }

    private static Purpose purpose(@Nullable String text) {
        if (text == null) {
            throw InvalidInputException.of("purpose", "required").about(InvalidInputException.SHARE);
        }
        try {
            return Purpose.parse(text);
        }
        catch (UnknownValueException e) {
            throw InvalidInputException.of("purpose", "one-of", text, String.join(", ", e.validValues()))
                    .about(InvalidInputException.SHARE);
        }
    }

    private static Set<Caveat> caveats(@Nullable List<String> texts) {
        if (texts == null) {
            return Set.of();
        }
        Set<Caveat> caveats = new java.util.HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String field = "caveats[" + i + "]";
            caveats.add(Caveat.ofKebab(text).orElseThrow(() -> InvalidInputException.of(field, "one-of",
                    text, "no-onward-transmission, intelligence-only, customs-use-only").about(InvalidInputException.SHARE)));
        }
        return caveats;
    }
}
