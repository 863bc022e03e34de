package org.caunoi.hub.platform.accounts;

import java.util.ArrayList;
import java.util.List;

import org.caunoi.hub.platform.accounts.OfficerAdministration.Officer;
import org.caunoi.hub.platform.accounts.OfficerAdministration.OfficerInput;
import org.jspecify.annotations.Nullable;

/** The officer form on screen, bound by Spring MVC; codes in kebab case as the API takes them. */
public class OfficerForm {

    private String username = "";
    private String displayName = "";
    private String unit = "";
    private List<String> roles = new ArrayList<>();
    private String email = "";
    private String language = "vi";

    static OfficerForm of(Officer officer) {
        OfficerForm form = new OfficerForm();
        form.username = officer.account().username();
        form.displayName = officer.account().displayName();
        form.unit = officer.account().unit().kebab();
        form.roles = officer.account().roles().stream().map(OfficerAdministration::code).sorted().toList();
        form.email = officer.email() == null ? "" : officer.email();
        form.language = officer.language();
        return form;
    }

    OfficerInput input() {
        return new OfficerInput(username, displayName, unit, roles, email, language);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username == null ? "" : username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName == null ? "" : displayName;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(@Nullable String unit) {
        this.unit = unit == null ? "" : unit;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(@Nullable List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email == null ? "" : email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language == null ? "vi" : language;
    }
}
