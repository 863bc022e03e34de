package org.caunoi.hub.platform.accounts;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.database.AfterCommit;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.notifications.Notifications;
import org.caunoi.hub.platform.problem.FieldProblem;
import org.caunoi.hub.platform.security.OfficerSessions;
import org.caunoi.hub.platform.security.PasswordPolicy;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.Unit;
import org.caunoi.hub.platform.security.Units;
import org.caunoi.hub.platform.security.UserAccounts.Account;
import org.caunoi.hub.platform.security.UserAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of managing officers' accounts. An administrator never chooses an officer's password:
 * the hub makes a temporary one, shown once, which the officer replaces at the first sign-in. No
 * administrator can lock everyone out: nobody disables themselves or takes their own administrator
 * role (so the one who acts always remains an enabled administrator). A change to who an officer is or may do ends
 * their open sessions, so it takes effect at once. Everything is in the audit trail.
 */
@Service
public class OfficerAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Letters and digits nobody misreads (no 0/O, 1/l/I), for a password read off a screen. */
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int TEMPORARY_LENGTH = 16;

    private final UserAccounts accounts;
    private final Notifications notifications;
    private final OfficerSessions sessions;
    private final AuditTrail audit;
    private final Units units;
    private final SecureRandom random = new SecureRandom();

    OfficerAdministration(UserAccounts accounts, Notifications notifications, OfficerSessions sessions, AuditTrail audit,
            Units units) {
        this.units = units;
        this.accounts = accounts;
        this.notifications = notifications;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** What an administrator fills in for an officer; codes as the forms and the API give them. */
    public record OfficerInput(@Nullable String username, @Nullable String displayName, @Nullable String unit,
            @Nullable List<String> roles, @Nullable String email, @Nullable String language) {
    }

    /** An officer with where they get notifications. */
    public record Officer(Account account, @Nullable String email, String language) {
    }

    /** A new or reset account and the temporary password its officer signs in with once. */
    public record WithTemporaryPassword(Officer officer, String temporaryPassword) {
    }

    /** Every officer: two queries, whatever their number. */
    public List<Officer> all() {
        var preferences = notifications.preferences();
        return accounts.all().stream()
                .map(account -> officer(account, preferences.getOrDefault(account.username(), Notifications.NONE)))
                .toList();
    }

    /** The officer, or a 404 problem naming the user name. */
    public Officer get(String username) {
        return officer(existing(username), notifications.preferences(username));
    }

    @Transactional
    public WithTemporaryPassword create(OfficerInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = input.username() == null ? "" : input.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(FieldProblem.of("username", "platform.officers.username-invalid"));
        }
        boolean taken = problems.isEmpty() && accounts.find(username).isPresent();
        if (taken) {
            problems.add(FieldProblem.of("username", "platform.officers.username-taken", username));
        }
        Checked checked = check(input, problems);
        if (taken && problems.size() == 1) {
            throw new AccountProblem(HttpStatus.CONFLICT, problems);
        }
        throwIfAny(problems);
        String temporary = temporaryPassword();
        if (!accounts.create(username, temporary, checked.displayName(), checked.unit(), checked.roles())) {
            throw new AccountProblem(HttpStatus.CONFLICT, List.of(FieldProblem.of("username", "platform.officers.username-taken",
                    username)));
        }
        notifications.setPreferences(username, checked.email(), checked.language());
        audit.record("CREATE", "user", username, Sentences.of("platform.audit-details.officer-created", Units.inSentence(checked.unit()),
                roles(checked), Objects.requireNonNullElse(checked.email(), "—")));
        return new WithTemporaryPassword(get(username), temporary);
    }

    @Transactional
    public Officer update(String username, OfficerInput input, String administrator) {
        Account before = existing(username);
        List<FieldProblem> problems = new ArrayList<>();
        Checked checked = check(input, problems);
        if (username.equals(administrator) && !checked.roles().contains(Role.ADMIN)) {
            problems.add(FieldProblem.of("roles", "platform.officers.own-admin-role"));
        }
        throwIfAny(problems);
        accounts.update(username, checked.displayName(), checked.unit(), checked.roles());
        notifications.setPreferences(username, checked.email(), checked.language());
        audit.record("UPDATE", "user", username, Sentences.of("platform.audit-details.officer-updated", Units.inSentence(checked.unit()),
                roles(checked), Objects.requireNonNullElse(checked.email(), "—")));
        if (!before.roles().equals(checked.roles()) || !before.unit().equals(checked.unit())) {
            // The session holds the roles it signed in with; the next request signs in again with the new ones.
            endSessionsAfterCommit(username);
        }
        return get(username);
    }

    @Transactional
    public Officer setEnabled(String username, boolean enabled, String administrator) {
        Account before = existing(username);
        if (!enabled && username.equals(administrator)) {
            throw AccountProblem.of("enabled", "platform.officers.disable-self");
        }
        if (before.enabled() != enabled) {
            accounts.setEnabled(username, enabled);
            audit.record(enabled ? "ENABLE" : "DISABLE", "user", username, enabled
                    ? Sentences.of("platform.audit-details.officer-enabled") : Sentences.of("platform.audit-details.officer-disabled"));
            if (!enabled) {
                endSessionsAfterCommit(username);
            }
        }
        return get(username);
    }

    @Transactional
    public WithTemporaryPassword resetPassword(String username) {
        existing(username);
        String temporary = temporaryPassword();
        accounts.resetPassword(username, temporary);
        audit.record("RESET_PASSWORD", "user", username, Sentences.of("platform.audit-details.password-reset"));
        endSessionsAfterCommit(username);
        return new WithTemporaryPassword(get(username), temporary);
    }

    /** The officer's own new password; every session of theirs ends, so they sign in again with it. */
    @Transactional
    public void changeOwnPassword(String username, @Nullable String current, @Nullable String next, @Nullable String confirmation) {
        try {
            checkAndChangeOwnPassword(username, current, next, confirmation);
        }
        catch (AccountProblem refused) {
            throw refused.asPasswordNotChanged();
        }
    }

    private void checkAndChangeOwnPassword(String username, @Nullable String current, @Nullable String next,
            @Nullable String confirmation) {
        List<FieldProblem> problems = new ArrayList<>();
        String newPassword = next == null ? "" : next;
        Optional<PasswordPolicy.Weakness> weakness = PasswordPolicy.check(username, newPassword);
        if (weakness.isPresent()) {
            problems.add(FieldProblem.of("newPassword", weakness.get().messageKey(), weakness.get().arguments()));
        }
        else if (newPassword.equals(current)) {
            problems.add(FieldProblem.of("newPassword", "platform.password.unchanged"));
        }
        if (confirmation != null && !newPassword.equals(confirmation)) {
            problems.add(FieldProblem.of("confirmation", "platform.password.confirmation-differs"));
        }
        throwIfAny(problems);
        if (!accounts.changePassword(username, current == null ? "" : current, newPassword)) {
            throw AccountProblem.of("currentPassword", "platform.password.current-wrong");
        }
        audit.record("CHANGE_PASSWORD", "user", username, Sentences.of("platform.audit-details.password-changed"));
        endSessionsAfterCommit(username);
    }

    private record Checked(String displayName, Unit unit, Set<Role> roles, @Nullable String email, String language) {
    }

    private Checked check(OfficerInput input, List<FieldProblem> problems) {
        String displayName = input.displayName() == null ? "" : input.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 100) {
            problems.add(FieldProblem.of("displayName", "platform.officers.display-name-required"));
        }
        // Only the units this hub is configured with, whatever an earlier release or another hub knew.
        Unit unit = units.find(input.unit());
        if (unit == null) {
            problems.add(FieldProblem.of("unit", "platform.officers.unit-invalid", String.join(", ", units.codes())));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String code : input.roles() == null ? List.<String>of() : input.roles()) {
            Role role = parse(Role.class, code);
            if (role == null) {
                problems.add(FieldProblem.of("roles", "platform.officers.role-invalid", code, codes(Role.values())));
            }
            else {
                roles.add(role);
            }
        }
        if (roles.isEmpty() && problems.stream().noneMatch(problem -> problem.field().equals("roles"))) {
            problems.add(FieldProblem.of("roles", "platform.officers.roles-required"));
        }
        String email = input.email() == null || input.email().isBlank() ? null : input.email().strip();
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add(FieldProblem.of("email", "platform.officers.email-invalid"));
        }
        String language = input.language() == null || input.language().isBlank() ? "vi" : input.language().strip();
        if (!language.equals("vi") && !language.equals("en")) {
            problems.add(FieldProblem.of("language", "platform.officers.language-invalid"));
        }
        return new Checked(displayName, unit == null ? units.receivingRequests() : unit, roles, email, language);
    }

    /** A constant given as its code in kebab case ({@code liaison-officer}) or as its name ({@code LIAISON_OFFICER}). */
    static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String code) {
        if (code == null) {
            return null;
        }
        String name = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    /** A constant's code in the API: kebab case. */
    static String code(Enum<?> constant) {
        return Codes.of(constant);
    }

    private static String codes(Enum<?>[] constants) {
        return java.util.Arrays.stream(constants).map(OfficerAdministration::code).collect(Collectors.joining(", "));
    }

    private static List<Sentences.Name> roles(Checked checked) {
        return checked.roles().stream().sorted().map(Sentences.Name::of).toList();
    }

    private Account existing(String username) {
        return accounts.find(username).orElseThrow(() -> new OfficerNotFoundException(username));
    }

    private static Officer officer(Account account, Notifications.Preferences preferences) {
        return new Officer(account, preferences.email(), preferences.language());
    }

    private String temporaryPassword() {
        StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }

    /** Once the change is committed: a session ended before would sign in again with the old account. */
    private void endSessionsAfterCommit(String username) {
        AfterCommit.run(() -> sessions.end(username));
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new AccountProblem(HttpStatus.BAD_REQUEST, problems);
        }
    }
}
