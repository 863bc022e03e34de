package org.caunoi.hub.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.ProductionUse;
import org.caunoi.hub.platform.StartRefusedException;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can sign in: the demo officers (password "demo") in demo mode; outside it, no
 * demo account, and an admin whose password the operator gives at start (never a built-in one),
 * created (in the unit that receives partners' requests) or reset to it; without one and without an enabled administrator the hub does not start,
 * and its data is not yet marked as used in production ({@link ProductionUse}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    static final String DEMO_PASSWORD = "demo";

    private final UserAccounts accounts;
    private final HubProperties properties;
    private final AuditTrail audit;
    private final ProductionUse productionUse;
    private final Units units;

    AccountBootstrap(UserAccounts accounts, HubProperties properties, AuditTrail audit, ProductionUse productionUse, Units units) {
        this.accounts = accounts;
        this.units = units;
        this.properties = properties;
        this.audit = audit;
        this.productionUse = productionUse;
    }

    /** One demo officer per role; their units are the demo configuration's ({@link Units}). */
    record DemoOfficer(String username, String displayName, Set<Role> roles) {
    }

    static final List<DemoOfficer> DEMO_OFFICERS = List.of(
            new DemoOfficer("admin", "Quản trị hệ thống", EnumSet.of(Role.ADMIN)),
            new DemoOfficer("liaison", "Nguyễn Thị Lan", EnumSet.of(Role.LIAISON_OFFICER)),
            new DemoOfficer("investigator", "Trần Văn Hùng", EnumSet.of(Role.INVESTIGATOR)),
            new DemoOfficer("analyst", "Lê Minh Anh", EnumSet.of(Role.ANALYST)),
            new DemoOfficer("supervisor", "Phạm Quốc Bảo", EnumSet.of(Role.SUPERVISOR)),
            new DemoOfficer("viewer", "Hoàng Thu Hà", EnumSet.of(Role.VIEWER)));

    @Override
    public void run(ApplicationArguments args) {
        refuseOfficersOfUnknownUnits();
        if (properties.demo()) {
            for (DemoOfficer officer : DEMO_OFFICERS) {
                Unit unit = units.ofDemoOfficer(officer.username());
                if (accounts.createIfAbsent(officer.username(), DEMO_PASSWORD, officer.displayName(),
                        unit, officer.roles(), true)) {
                    audit.recordAs("system", "CREATE", "user", officer.username(), Sentences.of("platform.audit-details.demo-account"));
                }
                else {
                    moveToConfiguredUnit(officer.username(), unit);
                }
            }
            log.info("Demo mode: sign in as admin, liaison, investigator, analyst, supervisor or viewer, password 'demo'");
            return;
        }
        String password = properties.adminPassword();
        // Refused before anything that a start in demo mode could not undo: the mark, the disabled demo accounts.
        if (!password.isBlank()) {
            AdminPasswordAtStart.refuseIfWeak(password); // done at the start already; again for one set later, as tests do
        }
        else if (!accounts.hasEnabledAdministrator()) {
            throw noAdministrator();
        }
        productionUse.markUsedInProduction();
        int disabled = accounts.disableDemoAccounts();
        if (disabled > 0) {
            audit.recordAs("system", "DISABLE", "user", null, Sentences.of("platform.audit-details.demo-accounts-disabled", disabled));
        }
        if (!password.isBlank()) {
            setAdministratorPassword(password);
        }
    }

    /**
     * A demo account made before the demo's units were the node's own (a Lao demo hub's officers in
     * Vietnam's departments) joins its unit among them, so it sees its unit's requests again.
     */
    private void moveToConfiguredUnit(String username, Unit unit) {
        accounts.find(username).filter(account -> account.demo() && !units.configured(account.unit())).ifPresent(account -> {
            accounts.update(username, account.displayName(), unit, account.roles());
            audit.recordAs("system", "UPDATE", "user", username,
                    Sentences.of("platform.audit-details.demo-account-moved", account.unit().code(), Units.inSentence(unit)));
        });
    }

    /**
     * Officers stay in units the hub has: a unit taken out of the configuration while officers are in it
     * would leave them outside every unit's requests and cases, so the start is refused until it is back.
     */
    private void refuseOfficersOfUnknownUnits() {
        Map<String, Long> unknown = new TreeMap<>(accounts.unitsOfEnabledOfficers());
        unknown.keySet().removeIf(code -> units.find(code) != null);
        if (!unknown.isEmpty()) {
            throw new StartRefusedException("Enabled officers belong to units this hub's configuration does not have: "
                    + unknown.entrySet().stream().map(unit -> unit.getKey() + " (" + unit.getValue() + (unit.getValue() == 1 ? " officer)" : " officers)"))
                            .collect(Collectors.joining(", "))
                    + "; the configured units are " + String.join(", ", units.all().stream().map(Unit::code).toList()) + ".",
                    "Add those units to caunoi.units (with name-vi and name-en); to retire one, move its officers to another "
                    + "unit under Officers first, then take it out.");
        }
    }

    static StartRefusedException noAdministrator() {
        return new StartRefusedException("Outside demo mode there is no enabled administrator (demo accounts do not count),"
                + " and there is no built-in password.",
                "Give the admin password with --caunoi.admin-password=... or the environment variable "
                + "CAUNOI_ADMIN_PASSWORD (at least " + PasswordPolicy.MINIMUM_LENGTH + " characters); remove it once set.");
    }

    /**
     * The password given at start is the administrator's: 'admin' is created with it, or, when it
     * exists with another password, disabled or as a demo account, reset to it (audited).
     */
    private void setAdministratorPassword(String password) {
        if (accounts.createIfAbsent("admin", password, "Administrator", units.receivingRequests(), EnumSet.of(Role.ADMIN), false)) {
            audit.recordAs("system", "CREATE", "user", "admin", Sentences.of("platform.audit-details.first-administrator"));
            log.info("Created the administrator account 'admin' with the password given at start.");
        }
        else if (!accounts.isAdministratorWithPassword("admin", password)) {
            accounts.resetAdministrator("admin", password);
            audit.recordAs("system", "RESET_PASSWORD", "user", "admin",
                    Sentences.of("platform.audit-details.administrator-password-from-start"));
            log.warn("The password of the administrator 'admin' was set to the one given at start (caunoi.admin-password).");
        }
    }
}
