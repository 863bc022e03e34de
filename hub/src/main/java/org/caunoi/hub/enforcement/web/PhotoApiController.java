package org.caunoi.hub.enforcement.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caunoi.hub.enforcement.internal.CaseNotFoundException;
import org.caunoi.hub.enforcement.internal.CasePhotos;
import org.caunoi.hub.enforcement.internal.Cases;
import org.caunoi.hub.enforcement.internal.InvalidInputException;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.enforcement.internal.ReceivedCases;
import org.caunoi.hub.platform.attachments.AttachmentRef;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Photos of cases through the API: upload to an own case (multipart, part {@code file}), list, and
 * each photo served with the type its bytes have and {@code nosniff}; the same for received cases.
 */
@RestController
@RequestMapping("/api/enforcement")
@Tag(name = "Enforcement information")
class PhotoApiController {

    private final CasePhotos photos;
    private final Cases cases;
    private final ReceivedCases received;

    PhotoApiController(CasePhotos photos, Cases cases, ReceivedCases received) {
        this.photos = photos;
        this.cases = cases;
        this.received = received;
    }

    /** A photo without its bytes; {@code href} serves them. */
    record Photo(UUID id, String name, String contentType, long sizeBytes, String sha256, String uploadedBy,
            java.time.Instant uploadedAt, String href) {

        static Photo of(AttachmentRef ref, String base) {
            return new Photo(ref.id(), ref.displayName(), ref.contentType(), ref.sizeBytes(), ref.sha256(),
                    ref.uploadedBy(), ref.uploadedAt(), base + "/" + ref.id());
        }
    }

    @PostMapping("/cases/{id}/photos")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a photo (JPEG, PNG or WebP, within the size limit) to a case; answers 201")
    ResponseEntity<Photo> upload(@PathVariable long id, @RequestParam("file") @Nullable MultipartFile file,
            HttpServletRequest request, CurrentOfficer user) throws IOException {
        if (file == null) {
            throw missingPart(request);
        }
        if (file.isEmpty()) {
            throw InvalidInputException.of("file", "part-empty").about(InvalidInputException.PHOTO);
        }
        AttachmentRef ref = photos.add(Officer.of(user), id, file.getOriginalFilename() == null ? ""
                : file.getOriginalFilename(), file.getInputStream());
        Photo photo = Photo.of(ref, "/api/enforcement/cases/" + id + "/photos");
        return ResponseEntity.created(URI.create(photo.href())).body(photo);
    }

    /** No part named {@code file}: said so, with the parts the request has when the photo came under another name. */
    private static InvalidInputException missingPart(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        List<String> parts = multipart == null ? List.of() : multipart.getMultiFileMap().keySet().stream().sorted().toList();
        InvalidInputException missing = parts.isEmpty() ? InvalidInputException.of("file", "part-missing")
                : InvalidInputException.of("file", "part-missing-others", String.join(", ", parts));
        return missing.about(InvalidInputException.PHOTO);
    }

    @GetMapping("/cases/{id}/photos")
    @Operation(summary = "The photos of a case, for officers who read it in full")
    List<Photo> list(@PathVariable long id, CurrentOfficer user) {
        Officer officer = Officer.of(user);
        return photos.of(officer, cases.read(officer, id).stored()).stream()
                .map(ref -> Photo.of(ref, "/api/enforcement/cases/" + id + "/photos")).toList();
    }

    @GetMapping("/cases/{id}/photos/{photoId}")
    @Operation(summary = "One photo's bytes")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable UUID photoId, CurrentOfficer user) {
        return photos.open(Officer.of(user), id, photoId).asResponse();
    }

    @GetMapping("/received/{id}/photos")
    @Operation(summary = "The photos that came with a received case (nominal form only)")
    List<Photo> receivedList(@PathVariable long id, CurrentOfficer user) {
        ReceivedCases.ReceivedCase got = received.find(id).orElseThrow(() -> new CaseNotFoundException("received case", id));
        return photos.ofReceived(Officer.of(user), got).stream()
                .map(ref -> Photo.of(ref, "/api/enforcement/received/" + id + "/photos")).toList();
    }

    @GetMapping("/received/{id}/photos/{photoId}")
    @Operation(summary = "One received photo's bytes")
    ResponseEntity<byte[]> receivedPhoto(@PathVariable long id, @PathVariable UUID photoId, CurrentOfficer user) {
        return photos.openReceived(Officer.of(user), id, photoId).asResponse();
    }
}
