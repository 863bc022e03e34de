package org.caunoi.hub.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The officers who may sign in, kept in {@code platform.user_account} with hashed passwords. */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** An officer as the screens show it. */
    public record Account(String username, String displayName, Unit unit, Set<Role> roles, boolean enabled, boolean demo,
            boolean mustChangePassword) {
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, roles, enabled, must_change_password FROM platform.user_account WHERE username = ?")
                .param(username)
                .query((rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .disabled(!rs.getBoolean("enabled"))
                        .authorities(PasswordChangeGate.withNote(Arrays.stream((String[]) rs.getArray("roles").getArray())
                                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                                .toList(), rs.getBoolean("must_change_password")))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT * FROM platform.user_account WHERE username = ?").param(username)
                .query(UserAccounts::account).optional();
    }

    /** Every officer, in one query. */
    public List<Account> all() {
        return jdbc.sql("SELECT * FROM platform.user_account ORDER BY username").query(UserAccounts::account).list();
    }

    private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Account(rs.getString("username"), rs.getString("display_name"), new Unit(rs.getString("unit_code")),
                Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf)
                        .collect(Collectors.toUnmodifiableSet()),
                rs.getBoolean("enabled"), rs.getBoolean("demo"), rs.getBoolean("must_change_password"));
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT count(*) FROM platform.user_account").query(Long.class).single() == 0;
    }

    /** Creates the officer unless one of that name exists; returns whether it was created. */
    @Transactional
    public boolean createIfAbsent(String username, String rawPassword, String displayName, Unit unit,
            Set<Role> roles, boolean demo) {
        return insert(username, rawPassword, displayName, unit, roles, demo, false);
    }

    /**
     * Creates an officer whose temporary password must be replaced at the first sign-in; false when
     * the user name is taken.
     */
    @Transactional
    public boolean create(String username, String temporaryPassword, String displayName, Unit unit, Set<Role> roles) {
        return insert(username, temporaryPassword, displayName, unit, roles, false, true);
    }

    private boolean insert(String username, String rawPassword, String displayName, Unit unit, Set<Role> roles,
            boolean demo, boolean mustChangePassword) {
        return jdbc.sql("""
                INSERT INTO platform.user_account (username, password_hash, display_name, unit_code, roles, demo, must_change_password)
                VALUES (:username, :hash, :displayName, :unit, :roles, :demo, :mustChange)
                ON CONFLICT (username) DO NOTHING""")
                .param("username", username)
                .param("hash", passwordEncoder.encode(rawPassword))
                .param("displayName", displayName)
                .param("unit", unit.code())
                .param("roles", roleNames(roles))
                .param("demo", demo)
                .param("mustChange", mustChangePassword)
                .update() == 1;
    }

    /** Changes who the officer is and may do; false when there is no such officer. */
    @Transactional
    public boolean update(String username, String displayName, Unit unit, Set<Role> roles) {
        return jdbc.sql("UPDATE platform.user_account SET display_name = :displayName, unit_code = :unit, roles = :roles WHERE username = :username")
                .param("username", username)
                .param("displayName", displayName)
                .param("unit", unit.code())
                .param("roles", roleNames(roles))
                .update() == 1;
    }

    @Transactional
    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("UPDATE platform.user_account SET enabled = ? WHERE username = ?").param(enabled).param(username)
                .update() == 1;
    }

    /** Gives the officer a temporary password to replace at the next sign-in. */
    @Transactional
    public boolean resetPassword(String username, String temporaryPassword) {
        return jdbc.sql("UPDATE platform.user_account SET password_hash = ?, must_change_password = TRUE WHERE username = ?")
                .param(passwordEncoder.encode(temporaryPassword)).param(username).update() == 1;
    }

    /** The officer's own new password, if the current one is right; false otherwise. */
    @Transactional
    public boolean changePassword(String username, String currentPassword, String newPassword) {
        boolean right = jdbc.sql("SELECT password_hash FROM platform.user_account WHERE username = ? AND enabled FOR UPDATE")
                .param(username).query(String.class).optional()
                .filter(hash -> passwordEncoder.matches(currentPassword, hash)).isPresent();
        if (right) {
            jdbc.sql("""
                    UPDATE platform.user_account SET password_hash = ?, must_change_password = FALSE, password_changed_at = now()
                    WHERE username = ?""").param(passwordEncoder.encode(newPassword)).param(username).update();
        }
        return right;
    }

    private static String[] roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    /** Whether anyone can sign in as an administrator. */
    /** The units of enabled officers (demo accounts aside), with how many are in each. */
    Map<String, Long> unitsOfEnabledOfficers() {
        Map<String, Long> units = new java.util.TreeMap<>();
        jdbc.sql("SELECT unit_code, count(*) AS officers FROM platform.user_account WHERE enabled AND NOT demo GROUP BY unit_code")
                .query((rs, n) -> units.put(rs.getString("unit_code"), rs.getLong("officers"))).list();
        return units;
    }

    public boolean hasEnabledAdministrator() {
        return jdbc.sql("SELECT count(*) FROM platform.user_account WHERE enabled AND NOT demo AND 'ADMIN' = ANY(roles)")
                .query(Long.class).single() > 0;
    }

    /** Whether the officer exists, is enabled, is no demo account, is an administrator and has this password. */
    boolean isAdministratorWithPassword(String username, String rawPassword) {
        return jdbc.sql("""
                SELECT password_hash FROM platform.user_account
                WHERE username = ? AND enabled AND NOT demo AND 'ADMIN' = ANY(roles)""")
                .param(username).query(String.class).optional()
                .filter(hash -> passwordEncoder.matches(rawPassword, hash))
                .isPresent();
    }

    /** Makes the officer an enabled administrator (no longer a demo account) with this password. */
    @Transactional
    void resetAdministrator(String username, String rawPassword) {
        jdbc.sql("""
                UPDATE platform.user_account SET password_hash = :hash, enabled = TRUE, demo = FALSE,
                    roles = CASE WHEN 'ADMIN' = ANY(roles) THEN roles ELSE array_append(roles, 'ADMIN') END
                WHERE username = :username""")
                .param("hash", passwordEncoder.encode(rawPassword))
                .param("username", username)
                .update();
    }

    /** Demo accounts must not survive into a production run: they are disabled outside demo mode. */
    @Transactional
    public int disableDemoAccounts() {
        return jdbc.sql("UPDATE platform.user_account SET enabled = FALSE WHERE demo AND enabled").update();
    }
}
