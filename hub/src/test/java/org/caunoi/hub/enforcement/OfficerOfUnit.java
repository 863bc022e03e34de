package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.HubClient;

/**
 * A new officer of a unit and role no demo account has (an investigator of the Port Control Unit, say),
 * made by the admin over the API and past the first sign-in's password change, ready to call the API.
 */
final class OfficerOfUnit {

    private static final String PASSWORD = "a long enough passphrase";

    private OfficerOfUnit() {
    }

    static HubClient create(int port, String unit, String role) {
        String username = "t" + UUID.randomUUID().toString().substring(0, 8);
        var created = HubClient.as(port, "admin").postJson("/api/officers", """
                {"username": "%s", "displayName": "Phạm Văn Đồng", "unit": "%s", "roles": ["%s"]}"""
                .formatted(username, unit, role));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String temporary = JsonPath.read(created.body(), "$.temporaryPassword");
        var changed = new HubClient(port, username, temporary).postJson("/api/account/password", """
                {"currentPassword": "%s", "newPassword": "%s"}""".formatted(temporary, PASSWORD));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        return new HubClient(port, username, PASSWORD);
    }
}
