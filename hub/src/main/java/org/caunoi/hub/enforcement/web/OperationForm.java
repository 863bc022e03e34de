package org.caunoi.hub.enforcement.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.caunoi.hub.enforcement.internal.InvalidInputException;
import org.caunoi.hub.enforcement.internal.Operations;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The joint operation form: its English and Vietnamese names, organisers typed as codes or names,
 * partners and categories chosen from lists, a row per phase with its days typed day first (rows left
 * blank are not phases). Field errors of the operation checks land on the form's fields.
 */
public class OperationForm {

    /** Blank phase rows the form offers beyond the operation's own, so a new operation can have several. */
    static final int BLANK_PHASE_ROWS = 3;

    /** Days shown as the form asks for them, as the case form shows them. */
    private static final java.time.format.DateTimeFormatter DAY_FIRST =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy", java.util.Locale.ROOT);

    private String name = "";
    private String nameVi = "";
    private String code = "";
    private String organisers = "";
    private List<String> partners = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private List<PhaseRow> phases = new ArrayList<>();

    /** A new operation's form, with blank phase rows. */
    static OperationForm blank() {
        OperationForm form = new OperationForm();
        form.withBlankPhaseRows();
        return form;
    }

    /** The form filled with what the operation is now, for editing it. */
    static OperationForm of(Operations.Operation operation) {
        OperationForm form = new OperationForm();
        form.name = operation.name() == null ? "" : operation.name();
        form.nameVi = operation.nameVi() == null ? "" : operation.nameVi();
        form.code = operation.code() == null ? "" : operation.code();
        form.organisers = String.join(", ", operation.organisers());
        form.partners = new ArrayList<>(operation.partners());
        form.categories = new ArrayList<>(operation.categories());
        for (Operations.Phase phase : operation.phases()) {
            form.phases.add(new PhaseRow(phase.name() == null ? "" : phase.name(), day(phase.from()), day(phase.to())));
        }
        form.withBlankPhaseRows();
        return form;
    }

    /** Tops the phase rows up so that a few blank ones follow those filled in. */
    void withBlankPhaseRows() {
        phases.removeIf(PhaseRow::blank);
        for (int i = 0; i < BLANK_PHASE_ROWS; i++) {
            phases.add(new PhaseRow("", "", ""));
        }
    }

    /** The operation the form describes; a date that does not parse is a field error, nothing else is checked here. */
    Operations.OperationInput toInput(Errors errors) {
        // Rows left blank are dropped first, so that the checks' phases[i] is the i-th row shown again.
        phases.removeIf(PhaseRow::blank);
        List<Operations.Phase> filled = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            PhaseRow row = phases.get(i);
            filled.add(new Operations.Phase(blank(row.getName()), FormFields.date("phases[" + i + "].from", row.getFrom(), errors),
                    FormFields.date("phases[" + i + "].to", row.getTo(), errors)));
        }
        List<String> organiserList = Arrays.stream(organisers.split("[,;\\n]")).map(String::strip)
                .filter(organiser -> !organiser.isEmpty()).toList();
        return new Operations.OperationInput(blank(name), blank(nameVi), blank(code), organiserList, List.copyOf(partners),
                List.copyOf(categories), filled);
    }

    /** Puts the operation checks' errors on the form's fields, worded by the bundles. */
    static void reject(InvalidInputException invalid, Errors errors) {
        // partners[2] and categories[0] are lists chosen on the form: the error goes on the list.
        FormFields.reject(invalid, errors, field -> field.replaceFirst("^(partners|categories)\\[\\d+]$", "$1"));
    }

    private static @Nullable String blank(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private static String day(java.time.@Nullable LocalDate day) {
        return day == null ? "" : DAY_FIRST.format(day);
    }

    /** One phase as typed: a name and its first and last days (dd/mm/yyyy, or yyyy-mm-dd), any of them blank. */
    public static class PhaseRow {
        private String name = "";
        private String from = "";
        private String to = "";

        public PhaseRow() {
        }

        PhaseRow(String name, String from, String to) {
            this.name = name;
            this.from = from;
            this.to = to;
        }

        boolean blank() {
            return name.isBlank() && from.isBlank() && to.isBlank();
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
        public String getTo() { return to; }
        public void setTo(String to) { this.to = to; }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getOrganisers() { return organisers; }
    public void setOrganisers(String organisers) { this.organisers = organisers; }
    public List<String> getPartners() { return partners; }
    public void setPartners(List<String> partners) { this.partners = partners; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> categories) { this.categories = categories; }
    public List<PhaseRow> getPhases() { return phases; }
    public void setPhases(List<PhaseRow> phases) { this.phases = phases; }
}
