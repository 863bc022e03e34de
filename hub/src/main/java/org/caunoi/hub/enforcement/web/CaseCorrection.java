package org.caunoi.hub.enforcement.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.caunoi.hub.enforcement.internal.CaseInput;
import org.caunoi.hub.enforcement.internal.CaseInput.Conveyance;
import org.caunoi.hub.enforcement.internal.CaseInput.Person;
import org.caunoi.hub.enforcement.internal.CaseInput.Route;
import org.jspecify.annotations.Nullable;

/**
 * A correction typed on the case form laid over the stored case: the form holds every person, company,
 * container and transit country, so the case holds exactly those (a row removed is an item removed); what the
 * form does not show (the detecting unit, procedure, ports, flight, plate, links, a person's Latin name) is
 * kept as stored.
 */
final class CaseCorrection {

    private CaseCorrection() {
    }

    /**
     * The case as it will be corrected: what the form shows as typed, the rest as stored; {@code personOrigins}
     * says for each typed person which stored one its row was filled from (null for a row added).
     */
    static CaseInput over(CaseInput stored, CaseInput typed, List<@Nullable Integer> personOrigins) {
        List<Person> storedPersons = stored.persons() == null ? List.of() : stored.persons();
        List<Person> typedPersons = typed.persons() == null ? List.of() : typed.persons();
        List<Person> persons = IntStream.range(0, typedPersons.size()).mapToObj(index -> {
            Integer origin = index < personOrigins.size() ? personOrigins.get(index) : null;
            return origin == null || origin < 0 || origin >= storedPersons.size() ? typedPersons.get(index)
                    : person(storedPersons.get(origin), typedPersons.get(index));
        }).toList();
        return new CaseInput(typed.date(), typed.place(), typed.placeKind(), stored.detectingUnit(), stored.procedure(),
                typed.category(), typed.hsCode(), typed.description(), typed.quantity(), typed.value(),
                typed.concealment(), typed.detectionMethod(), route(stored.route(), typed.route()),
                conveyance(stored.conveyance(), typed.conveyance()), persons, typed.companies(), typed.narrative(),
                stored.links());
    }

    private static @Nullable Route route(@Nullable Route stored, @Nullable Route typed) {
        if (stored == null) {
            return typed;
        }
        Route route = new Route(typed == null ? null : typed.departure(), typed == null ? List.of() : typed.transit(),
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
        List<String> containers = typed == null || typed.containers() == null ? List.of() : typed.containers();
        Conveyance conveyance = new Conveyance(typed == null ? null : typed.vesselName(), typed == null ? null : typed.imo(),
                stored.flight(), stored.plate(), containers);
        boolean empty = conveyance.vesselName() == null && conveyance.imo() == null && conveyance.flight() == null
                && conveyance.plate() == null && containers.isEmpty();
        return empty ? null : conveyance;
    }

    /** The person as typed, every document and its type from the form; its Latin name kept when the name is unchanged. */
    private static Person person(Person was, Person is) {
        String latin = Objects.equals(was.name(), is.name() == null ? null : is.name().strip()) ? was.latinName() : null;
        return new Person(is.name(), latin, is.dateOfBirth(), is.nationality(), is.documents(), is.documentTypes());
    }

    private static boolean isEmpty(@Nullable List<?> list) {
        return list == null || list.isEmpty();
    }
}
