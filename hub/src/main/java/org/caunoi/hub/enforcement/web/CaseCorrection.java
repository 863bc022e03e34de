package org.caunoi.hub.enforcement.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;

import org.caunoi.hub.enforcement.internal.CaseInput;
import org.caunoi.hub.enforcement.internal.CaseInput.Company;
import org.caunoi.hub.enforcement.internal.CaseInput.Conveyance;
import org.caunoi.hub.enforcement.internal.CaseInput.Person;
import org.caunoi.hub.enforcement.internal.CaseInput.Route;
import org.jspecify.annotations.Nullable;

/**
 * A correction typed on the case form laid over the stored case: the form holds the first person,
 * company and container and a few fields of each part; everything else the case holds (other persons,
 * companies and containers, transit, ports, value, procedure...) is kept as stored.
 */
final class CaseCorrection {

    private CaseCorrection() {
    }

    /** The case as it will be corrected: what the form shows as typed, the rest as stored. */
    static CaseInput over(CaseInput stored, CaseInput typed) {
        return new CaseInput(typed.date(), typed.place(), typed.placeKind(), stored.detectingUnit(), stored.procedure(),
                typed.category(), typed.hsCode(), typed.description(), typed.quantity(), stored.value(),
                stored.concealment(), stored.detectionMethod(), route(stored.route(), typed.route()),
                conveyance(stored.conveyance(), typed.conveyance()),
                first(stored.persons(), typed.persons(), CaseCorrection::person),
                first(stored.companies(), typed.companies(),
                        (was, is) -> new Company(is.name(), was.address(), is.taxNumber())),
                typed.narrative(), stored.links());
    }

    private static @Nullable Route route(@Nullable Route stored, @Nullable Route typed) {
        if (stored == null) {
            return typed;
        }
        Route route = new Route(typed == null ? null : typed.departure(), stored.transit(),
                typed == null ? null : typed.destination(), stored.departurePort(), stored.transitPorts(),
                stored.destinationPort());
        boolean empty = route.departure() == null && route.destination() == null && route.departurePort() == null
                && route.destinationPort() == null && isEmpty(route.transit()) && isEmpty(route.transitPorts());
        return empty ? null : route;
    }

    private static @Nullable Conveyance conveyance(@Nullable Conveyance stored, @Nullable Conveyance typed) {
        if (stored == null) {
            return typed;
        }
        List<String> containers = first(stored.containers(), typed == null ? null : typed.containers(), (was, is) -> is);
        Conveyance conveyance = new Conveyance(typed == null ? null : typed.vesselName(), typed == null ? null : typed.imo(),
                stored.flight(), stored.plate(), containers);
        boolean empty = conveyance.vesselName() == null && conveyance.imo() == null && conveyance.flight() == null
                && conveyance.plate() == null && containers.isEmpty();
        return empty ? null : conveyance;
    }

    /**
     * The person as typed, keeping the documents after the first (with their types) and, when the name is unchanged,
     * its Latin form; the first document's type is the form's.
     */
    private static Person person(Person was, Person is) {
        List<String> documents = first(was.documents(), is.documents(), (before, after) -> after);
        String latin = Objects.equals(was.name(), is.name() == null ? null : is.name().strip()) ? was.latinName() : null;
        Map<String, String> types = new LinkedHashMap<>();
        documents.stream().skip(1).filter(document -> was.typeOf(document) != null)
                .forEach(document -> types.put(document, was.typeOf(document)));
        if (is.documentTypes() != null) {
            types.putAll(is.documentTypes());
        }
        return new Person(is.name(), latin, is.dateOfBirth(), is.nationality(), documents, types.isEmpty() ? null : types);
    }

    /**
     * The stored list with its first item replaced by the typed one (merged with what it was by {@code merge}),
     * or taken out when the form's field was emptied; the other items as stored.
     */
    private static <T> List<T> first(@Nullable List<T> stored, @Nullable List<T> typed, BinaryOperator<T> merge) {
        List<T> was = stored == null ? List.of() : stored;
        List<T> result = new ArrayList<>();
        if (typed != null && !typed.isEmpty()) {
            result.add(was.isEmpty() ? typed.getFirst() : merge.apply(was.getFirst(), typed.getFirst()));
        }
        if (was.size() > 1) {
            result.addAll(was.subList(1, was.size()));
        }
        return result;
    }

    private static boolean isEmpty(@Nullable List<?> list) {
        return list == null || list.isEmpty();
    }
}
