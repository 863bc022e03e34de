package org.caunoi.hub.enforcement.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caunoi.hub.enforcement.internal.CaseInput.Company;
import org.caunoi.hub.enforcement.internal.CaseInput.Person;
import org.jspecify.annotations.Nullable;

/**
 * The two forms of a case: nominal (as recorded) and non-nominal (WCO: no persons, no companies, no
 * document or tax numbers, and none of their names left in the narrative), the form analysts,
 * viewers and partners without a personal-data agreement get.
 */
public final class CaseForms {

    public static final String NOMINAL = "nominal";
    public static final String NON_NOMINAL = "non-nominal";

    private CaseForms() {
    }

    public static CaseInput inForm(CaseInput content, String form) {
        return form.equals(NOMINAL) ? content : nonNominal(content);
    }

    public static CaseInput nonNominal(CaseInput content) {
        return new CaseInput(content.date(), content.place(), content.placeKind(), content.detectingUnit(),
                content.procedure(), content.category(), content.hsCode(), content.description(), content.quantity(),
                content.value(), content.concealment(), content.detectionMethod(), content.route(), content.conveyance(),
                List.of(), List.of(), withoutNames(content.narrative(), content), content.links());
    }

    /** Each name, Latin form, document and tax number of the case replaced by what it is ("[person]"). */
    private static @Nullable String withoutNames(@Nullable String narrative, CaseInput content) {
        if (narrative == null) {
            return null;
        }
        record Mention(String text, String replacement) {
        }
        List<Mention> mentions = new ArrayList<>();
        for (Person person : content.personList()) {
            add(mentions, person.name(), "[person]", Mention::new);
            add(mentions, person.latinName(), "[person]", Mention::new);
            if (person.documents() != null) {
                person.documents().forEach(document -> add(mentions, document, "[document]", Mention::new));
            }
        }
        for (Company company : content.companyList()) {
            add(mentions, company.name(), "[company]", Mention::new);
            add(mentions, company.taxNumber(), "[tax number]", Mention::new);
        }
        // Longest first, so a full name goes before a shorter name it contains.
        mentions.sort(Comparator.comparingInt((Mention mention) -> mention.text().length()).reversed());
        String text = narrative;
        for (Mention mention : mentions) {
            text = Pattern.compile(Pattern.quote(mention.text()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text).replaceAll(Matcher.quoteReplacement(mention.replacement()));
        }
        return text;
    }

    private static <M> void add(List<M> mentions, @Nullable String text, String replacement,
            java.util.function.BiFunction<String, String, M> mention) {
        if (text != null && text.strip().length() > 1) {
            mentions.add(mention.apply(text.strip(), replacement));
        }
    }
}
