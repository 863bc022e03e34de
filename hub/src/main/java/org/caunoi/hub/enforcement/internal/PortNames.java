package org.caunoi.hub.enforcement.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caunoi.hub.platform.reference.CountryNames;
import org.caunoi.hub.platform.reference.SeaPorts;
import org.caunoi.hub.platform.reference.SeaPorts.SeaPort;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Sea ports as officers write them: the UN/LOCODE ({@code VNHPH}) or the port's name as the list
 * spells it or, for Vietnam's ports, in Vietnamese, accents, case and spaces aside ("Hải Phòng" is
 * Haiphong, "Quy Nhơn" is Qui Nhon); and, for what names no port,
 * the ports whose names come close, Vietnam's first.
 */
@Component
class PortNames {

    private static final int SUGGESTIONS = 3;

    private final SeaPorts ports;
    private final SingletonSupplier<Map<String, List<SeaPort>>> byName;

    PortNames(SeaPorts ports) {
        this.ports = ports;
        this.byName = SingletonSupplier.of(() -> {
            Map<String, List<SeaPort>> names = new HashMap<>();
            ports.all().forEach(port -> {
                names.merge(CountryNames.normalised(port.name()), List.of(port), PortNames::both);
                // "Quy Nhơn" is how an officer writes the list's "Qui Nhon".
                if (port.nameVi() != null && !CountryNames.normalised(port.nameVi()).equals(CountryNames.normalised(port.name()))) {
                    names.merge(CountryNames.normalised(port.nameVi()), List.of(port), PortNames::both);
                }
            });
            return Map.copyOf(names);
        });
    }

    private static List<SeaPort> both(List<SeaPort> some, List<SeaPort> more) {
        return java.util.stream.Stream.concat(some.stream(), more.stream()).toList();
    }

    /** The port the text names by code, or by a name only one port of the list has. */
    Optional<SeaPort> find(String text) {
        Optional<SeaPort> byCode = ports.find(text);
        if (byCode.isPresent()) {
            return byCode;
        }
        List<SeaPort> named = byName.obtain().getOrDefault(CountryNames.normalised(text), List.of());
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }

    /** A few ports whose names contain the text, or differ from it by a letter or two: Vietnam's first. */
    List<SeaPort> closeTo(String text) {
        String wanted = CountryNames.normalised(text);
        if (wanted.length() < 3) {
            return List.of();
        }
        return ports.all().stream().filter(port -> distance(wanted, CountryNames.normalised(port.name())) >= 0)
                .sorted(Comparator.comparing((SeaPort port) -> !port.countryCode().equals("VN"))
                        .thenComparing(port -> distance(wanted, CountryNames.normalised(port.name())))
                        .thenComparing(SeaPort::locode))
                .limit(SUGGESTIONS).toList();
    }

    /** 0 when one name holds the other, else the edit distance when it is small for the name's length; -1 when not close. */
    private static int distance(String wanted, String name) {
        if (name.contains(wanted) || (wanted.length() >= 5 && wanted.contains(name) && name.length() >= 4)) {
            return 0;
        }
        if (Math.abs(name.length() - wanted.length()) > 2) {
            return -1;
        }
        int[] previous = new int[name.length() + 1];
        int[] current = new int[name.length() + 1];
        for (int j = 0; j <= name.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= wanted.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= name.length(); j++) {
                int substitution = previous[j - 1] + (wanted.charAt(i - 1) == name.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int edits = previous[name.length()];
        // Short names differ by two letters from too many others to be a useful guess.
        int allowed = wanted.length() >= 7 ? 2 : 1;
        return edits <= allowed ? edits : -1;
    }
}
