package org.caunoi.hub.enforcement.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.caunoi.hub.enforcement.internal.CasePhotos;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.enforcement.internal.ReceivedCaseViews;
import org.caunoi.hub.enforcement.internal.ReceivedCases;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.web.PageOrFragment;
import org.caunoi.hub.platform.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cases partners shared with this hub: the list with source partner, sender's reference,
 * version, state and caveats (filtered by partner and state, with their counts), and a received
 * case's page with its caveats first and every version received.
 */
@Controller
class ReceivedCaseScreens {

    private final ReceivedCases received;
    private final ReceivedCaseViews views;
    private final CasePhotos photos;

    ReceivedCaseScreens(ReceivedCases received, ReceivedCaseViews views, CasePhotos photos) {
        this.received = received;
        this.views = views;
        this.photos = photos;
    }

    /** The list, a page at a time; its facets' counts say how many cases the filter lets through. */
    @GetMapping("/enforcement/received")
    String list(@RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            HtmxRequest htmx, Model model) {
        Paging paging = new Paging(page, size);
        @Nullable String partner = source.isBlank() ? null : source.strip().toUpperCase(Locale.ROOT);
        @Nullable String inState = state.isBlank() ? null : state;
        List<ReceivedCases.Count> counts = received.counts();
        long total = counts.stream().filter(count -> (partner == null || partner.equals(count.source()))
                && (inState == null || inState.equals(count.state()))).mapToLong(ReceivedCases.Count::cases).sum();
        model.addAttribute("source", source);
        model.addAttribute("state", state);
        model.addAttribute("counts", counts);
        // The partners to choose from by name: those that shared a case with this hub.
        model.addAttribute("sources", counts.stream().map(ReceivedCases.Count::source).distinct().toList());
        model.addAttribute("page", paging.of(received.filtered(partner, inState, paging.offset(), paging.size()), total));
        return PageOrFragment.of(htmx, "enforcement/received", "rows");
    }

    @GetMapping("/enforcement/received/{id}")
    String page(@PathVariable long id, CurrentOfficer officer, Model model) {
        ReceivedCaseViews.ReceivedView view = views.read(Officer.of(officer), id);
        model.addAttribute("view", view);
        model.addAttribute("details", view.content());
        return "enforcement/received-case";
    }

    @GetMapping("/enforcement/received/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable UUID photoId, CurrentOfficer officer) {
        return photos.openReceived(Officer.of(officer), id, photoId).asResponse();
    }
}
