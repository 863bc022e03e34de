package org.caunoi.hub.platform.web;

import org.caunoi.hub.platform.HubProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; in demo mode it says which accounts to use, after too many failures when to try again;
 * always which version of the hub this is.
 */
@Controller
class LoginScreen {

    /** A lock lasts minutes; anything longer in the address was not written by the hub. */
    private static final long LONGEST_LOCK_SECONDS = 24 * 3600;

    private final HubProperties properties;
    /** Absent when the classes were built without Maven's build-info goal (some IDE runs). */
    private final @Nullable BuildProperties build;

    LoginScreen(HubProperties properties, ObjectProvider<BuildProperties> build) {
        this.properties = properties;
        this.build = build.getIfAvailable();
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable String locked, Model model) {
        model.addAttribute("demo", properties.demo());
        if (build != null) {
            model.addAttribute("version", build.getVersion());
        }
        long seconds = seconds(locked);
        if (seconds > 0) {
            model.addAttribute("lockedMinutes", seconds / 60);
            model.addAttribute("lockedSeconds", seconds % 60);
        }
        return "platform/login";
    }

    private static long seconds(@Nullable String locked) {
        if (locked == null || !locked.matches("\\d{1,6}")) {
            return 0;
        }
        return Math.min(Long.parseLong(locked), LONGEST_LOCK_SECONDS);
    }
}
