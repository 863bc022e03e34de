package org.caunoi.hub.enforcement.web;

import java.io.IOException;
import java.util.UUID;

import org.caunoi.hub.enforcement.internal.CasePhotos;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.enforcement.internal.PhotoRejectedException;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Photos on the case page: the upload form's post (a refused file comes back as a message in the
 * officer's language under the form, nothing stored) and each photo's bytes for the thumbnails.
 */
@Controller
class PhotoScreens {

    private final CasePhotos photos;
    private final MessageSource messages;

    PhotoScreens(CasePhotos photos, MessageSource messages) {
        this.photos = photos;
        this.messages = messages;
    }

    @PostMapping("/enforcement/cases/{id}/photos")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            CurrentOfficer officer, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("photoError", messages.getMessage("enforcement.photo.choose", null,
                    LocaleContextHolder.getLocale()));
            return "redirect:/enforcement/cases/" + id + "#photos";
        }
        try {
            photos.add(Officer.of(officer), id, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    file.getInputStream());
        }
        catch (PhotoRejectedException rejected) {
            redirect.addFlashAttribute("photoError", messages.getMessage(rejected.messageKey(), rejected.args(),
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/enforcement/cases/" + id + "#photos";
    }

    @GetMapping("/enforcement/cases/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable UUID photoId, CurrentOfficer officer) {
        return photos.open(Officer.of(officer), id, photoId).asResponse();
    }
}
