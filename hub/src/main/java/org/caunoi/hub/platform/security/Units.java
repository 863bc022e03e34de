package org.caunoi.hub.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.StartRefusedException;
import org.caunoi.hub.platform.i18n.ConfiguredNames;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.problem.UnknownValueException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * This hub's organisational units, from its configuration: {@code caunoi.units} (code, name in
 * Vietnamese and English, and the one unit that receives partners' requests). Without it, the
 * defaults of the hub's node: Vietnam Customs' departments for VN ({@code caunoi.default-units.vn}
 * in application.yml), and in demo mode the demo nodes' own ({@code demo/units.yaml}); any other
 * node must configure its own, or the hub does not start. A configuration that is wrong stops the start
 * with what to fix. Officers belong only to these units; names are looked up as {@code platform.unit.<code>}.
 */
@Component("units")
public class Units implements ConfiguredNames {

    static final String DEMO_FILE = "demo/units.yaml";
    /** The keys units' names are looked up by ({@code platform.unit.htqt}), as stored sentences name them; no bundle has them. */
    private static final String KEY_PREFIX = "platform.unit.";

    /** A unit as configured: {@code caunoi.units[0].code}, {@code .name-vi}, {@code .name-en}, {@code .receives-requests}. */
    public record Setting(@Nullable String code, @Nullable String nameVi, @Nullable String nameEn, boolean receivesRequests) {
    }

    private record Named(Unit unit, String nameVi, String nameEn) {
    }

    private final Map<String, Named> byCode;
    private final Unit receiving;
    /** In demo mode, the unit of each demo officer; by user name. */
    private final Map<String, String> demoOfficers;

    Units(Environment environment, HubProperties hub) {
        Binder binder = Binder.get(environment);
        Bindable<List<Setting>> list = Bindable.listOf(Setting.class);
        String node = hub.node().toLowerCase(Locale.ROOT);
        // Defaults are looked up by the node as a property name, which only letters and digits can be.
        boolean named = node.matches("[a-z0-9]+");
        @Nullable Binder demo = hub.demo() && named ? demoFile() : null;
        String origin = "caunoi.units";
        List<Setting> settings = binder.bind(origin, list).orElse(List.of());
        if (settings.isEmpty() && named) {
            origin = "caunoi.default-units." + node;
            settings = binder.bind(origin, list).orElse(List.of());
        }
        if (settings.isEmpty() && demo != null) {
            origin = DEMO_FILE + " (" + node + ".units)";
            settings = demo.bind(node + ".units", list).orElse(List.of());
        }
        if (settings.isEmpty()) {
            throw new StartRefusedException("This hub (node " + hub.node() + ") has no organisational units: caunoi.units is "
                    + "not set, and the built-in units are Vietnam Customs' departments, for a hub of node VN only.",
                    "Name your administration's units in caunoi.units, each with a code, name-vi and name-en, and mark the one that "
                    + "receives partners' requests with receives-requests: true (README, Operating the hub, Organisational units).");
        }
        this.byCode = checked(settings, origin);
        this.receiving = receiving(settings, byCode, origin);
        this.demoOfficers = demo == null ? Map.of()
                : demo.bind(node + ".demo-officers", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    }

    private static Binder demoFile() {
        try {
            return new Binder(ConfigurationPropertySources.from(
                    new YamlPropertySourceLoader().load(DEMO_FILE, new ClassPathResource(DEMO_FILE))));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Named> checked(List<Setting> settings, String origin) {
        Map<String, Named> units = new LinkedHashMap<>();
        for (int i = 0; i < settings.size(); i++) {
            Setting setting = settings.get(i);
            String at = origin + "[" + i + "]";
            String code = setting.code() == null ? "" : setting.code().strip();
            if (!Unit.isCode(code)) {
                throw new StartRefusedException(at + ".code is '" + code + "', which is not a unit code.",
                        "Give each unit a code of 1 to 16 capital letters, digits or _, a letter first (HTQT, PORT_2).");
            }
            if (units.containsKey(code)) {
                throw new StartRefusedException(at + ".code " + code + " names a unit already configured.",
                        "Give each unit its own code.");
            }
            String nameVi = setting.nameVi();
            String nameEn = setting.nameEn();
            if (nameVi == null || nameVi.isBlank() || nameEn == null || nameEn.isBlank()) {
                throw new StartRefusedException(at + " (" + code + ") has no name in "
                        + (nameVi == null || nameVi.isBlank() ? "Vietnamese (name-vi)." : "English (name-en)."),
                        "Give every unit both name-vi and name-en: screens show each officer the name in their language.");
            }
            units.put(code, new Named(new Unit(code), nameVi.strip(), nameEn.strip()));
        }
        return java.util.Collections.unmodifiableMap(units);
    }

    /** The one unit marked to receive partners' requests; a hub of one unit needs no mark. */
    private static Unit receiving(List<Setting> settings, Map<String, Named> units, String origin) {
        List<Unit> all = units.values().stream().map(Named::unit).toList();
        List<Unit> marked = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (settings.get(i).receivesRequests()) {
                marked.add(all.get(i));
            }
        }
        if (all.size() == 1) {
            return all.getFirst();
        }
        if (marked.size() != 1) {
            throw new StartRefusedException(origin + " marks " + marked.size() + " units as receiving partners' requests; "
                    + "a partner's request goes to one unit of the hub.",
                    "Mark exactly one unit with receives-requests: true.");
        }
        return marked.getFirst();
    }

    /** The units, in the configured order. */
    public List<Unit> all() {
        return byCode.values().stream().map(Named::unit).toList();
    }

    /** The codes as forms and the API's lists of valid values write them: {@code htqt}. */
    public List<String> codes() {
        return all().stream().map(Unit::kebab).toList();
    }

    /** The unit that partners' requests are assigned to when they arrive. */
    public Unit receivingRequests() {
        return receiving;
    }

    public boolean configured(Unit unit) {
        return byCode.containsKey(unit.code());
    }

    /** The configured unit a code names, in either spelling ({@code dtcbl}, {@code DTCBL}); null for none. */
    public @Nullable Unit find(@Nullable String code) {
        if (code == null) {
            return null;
        }
        Named named = byCode.get(Codes.constant(code));
        return named == null ? null : named.unit();
    }

    /** Reads a unit code a client gave; one not configured is a 400 naming the field and the configured codes. */
    public Unit parse(String field, String code) {
        Unit unit = find(code);
        if (unit == null) {
            throw new UnknownValueException(field, code, codes());
        }
        return unit;
    }

    /** The unit's name in the language; its code when it is no longer configured (a case of a unit since closed). */
    public String name(Unit unit, Locale locale) {
        return name(unit.code(), locale);
    }

    /** The name of the unit a code names, in either spelling, in the language; the code itself for none configured. */
    public String name(@Nullable String code, Locale locale) {
        Named named = code == null ? null : byCode.get(Codes.constant(code));
        return named == null ? Objects.requireNonNullElse(code, "") : "vi".equals(locale.getLanguage()) ? named.nameVi() : named.nameEn();
    }

    /** The name in the current request's language, for templates: {@code ${@units.name(code)}}. */
    public String name(@Nullable String code) {
        return name(code, LocaleContextHolder.getLocale());
    }

    /** The unit as an argument of a stored sentence (an audit entry): named in the reader's language when read. */
    public static Sentences.Name inSentence(Unit unit) {
        return new Sentences.Name(KEY_PREFIX + unit.kebab(), unit.kebab());
    }

    /** The unit a demo officer belongs to: as the demo configuration places them, else the unit receiving requests. */
    public Unit ofDemoOfficer(String username) {
        Unit unit = find(demoOfficers.get(username));
        return unit == null ? receiving : unit;
    }


    @Override
    public @Nullable String named(String key, Locale locale) {
        if (!key.startsWith(KEY_PREFIX)) {
            return null;
        }
        Unit unit = find(key.substring(KEY_PREFIX.length()));
        return unit == null ? null : name(unit, locale);
    }
}
