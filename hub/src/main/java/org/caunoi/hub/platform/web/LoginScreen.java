package org.caunoi.hub.platform.web;

import org.caunoi.hub.platform.HubProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; in demo mode it says which accounts to use. */
@Controller
class LoginScreen {

    private final HubProperties properties;

    LoginScreen(HubProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", properties.demo());
        return "platform/login";
    }
}
