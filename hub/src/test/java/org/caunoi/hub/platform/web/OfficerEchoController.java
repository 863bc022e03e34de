package org.caunoi.hub.platform.web;

import org.caunoi.hub.platform.security.CurrentOfficer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For tests only: says who asked, with the {@link CurrentOfficer} the platform hands to controllers. */
@RestController
class OfficerEchoController {

    static final String PATH = "/api/test/officer";

    @GetMapping(PATH)
    String officer(CurrentOfficer officer) {
        return officer.username() + " " + officer.unit() + " " + officer.roles();
    }
}
