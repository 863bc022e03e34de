package org.caunoi.hub.platform.accounts;

import java.util.List;

import org.caunoi.hub.platform.accounts.OfficerAdministration.Officer;
import org.caunoi.hub.platform.accounts.OfficerAdministration.OfficerInput;
import org.caunoi.hub.platform.security.AdminOnly;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.web.AnswersConflict;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Officers' accounts through the API, for administrators: {@code /api/officers}, codes in kebab case
 * ({@code liaison-officer}, {@code htqt}). A temporary password is in the answer that made it, and only
 * there. Every officer changes their own password at {@code POST /api/account/password}.
 */
@RestController
class OfficersApi {

    private final OfficerAdministration officers;

    OfficersApi(OfficerAdministration officers) {
        this.officers = officers;
    }

    /** An officer as the API shows it. */
    record OfficerView(String username, String displayName, String unit, List<String> roles, boolean enabled, boolean demo,
            boolean mustChangePassword, @Nullable String email, String language) {

        static OfficerView of(Officer officer) {
            var account = officer.account();
            return new OfficerView(account.username(), account.displayName(), account.unit().kebab(),
                    account.roles().stream().map(OfficerAdministration::code).sorted().toList(), account.enabled(),
                    account.demo(), account.mustChangePassword(), officer.email(), officer.language());
        }
    }

    /** A new or reset account with the temporary password its officer signs in with once. */
    record WithTemporaryPassword(OfficerView officer, String temporaryPassword) {
    }

    record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
    }

    @GetMapping("/api/officers")
    @AdminOnly
    List<OfficerView> list() {
        return officers.all().stream().map(OfficerView::of).toList();
    }

    @GetMapping("/api/officers/{username}")
    @AdminOnly
    OfficerView officer(@PathVariable String username) {
        return OfficerView.of(officers.get(username));
    }

    @PostMapping("/api/officers")
    @AnswersConflict("The user name is taken")
    @ResponseStatus(HttpStatus.CREATED)
    @AdminOnly
    ResponseEntity<WithTemporaryPassword> create(@RequestBody OfficerInput input) {
        var created = officers.create(input);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new WithTemporaryPassword(OfficerView.of(created.officer()), created.temporaryPassword()));
    }

    /** Changes name, unit, roles, e-mail and language; the user name in the body, if any, is not read. */
    @PutMapping("/api/officers/{username}")
    @AdminOnly
    OfficerView update(@PathVariable String username, @RequestBody OfficerInput input, CurrentOfficer administrator) {
        return OfficerView.of(officers.update(username, input, administrator.username()));
    }

    @PostMapping("/api/officers/{username}/disable")
    @AdminOnly
    OfficerView disable(@PathVariable String username, CurrentOfficer administrator) {
        return OfficerView.of(officers.setEnabled(username, false, administrator.username()));
    }

    @PostMapping("/api/officers/{username}/enable")
    @AdminOnly
    OfficerView enable(@PathVariable String username, CurrentOfficer administrator) {
        return OfficerView.of(officers.setEnabled(username, true, administrator.username()));
    }

    @PostMapping("/api/officers/{username}/reset-password")
    @AdminOnly
    WithTemporaryPassword resetPassword(@PathVariable String username) {
        var reset = officers.resetPassword(username);
        return new WithTemporaryPassword(OfficerView.of(reset.officer()), reset.temporaryPassword());
    }

    @PostMapping("/api/account/password")
    ResponseEntity<Void> changeOwnPassword(@RequestBody PasswordChange change, CurrentOfficer officer) {
        officers.changeOwnPassword(officer.username(), change.currentPassword(), change.newPassword(), null);
        return ResponseEntity.noContent().build();
    }
}
