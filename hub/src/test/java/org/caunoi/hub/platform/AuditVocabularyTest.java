package org.caunoi.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.caunoi.hub.platform.audit.AuditAllowance;
import org.junit.jupiter.api.Test;

/**
 * The audit screen names every action and record type the hub writes, in both languages, and its
 * bundles name nothing the hub no longer writes. A module's own actions and record types live in its
 * bundle ({@code <module>.audit-action.<code>}, {@code <module>.audit-record.<code>}); platform's names
 * what it writes itself and the verbs two modules or more share ({@code CREATE}, {@code READ}, ...). The codes are read from the audit
 * calls in the sources, so a new call with a new code fails here until it has its names.
 */
class AuditVocabularyTest {

    static final Path SOURCES = Path.of("src/main/java/org/caunoi/hub");
    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Set<String> LANGUAGES = Set.of("vi", "en");

    /**
     * The calls that write an entry, up to their opening parenthesis: the audit trail's, and those of
     * the backup and restore commands, which write theirs without it ({@code CommandAudit}).
     */
    static final Pattern AUDIT_CALL = Pattern.compile(
            "\\b(?:audit|auditTrail|CommandAudit)\\s*\\.\\s*(?:record|recordAs|recordAll|inStatement)\\s*\\("
                    + "|\\bnew\\s+(?:AuditTrail\\.)?Planned\\s*\\(|\\bnew\\s+AuditAllowance\\s*\\(");
    /** An assistance request's step, which its history and the audit trail both record ({@code ASSISTANCE_<STEP>}). */
    static final Pattern STEP_CALL = Pattern.compile("\\bsteps\\s*\\.\\s*(?:record|audited)\\s*\\(");
    static final Pattern ACTION = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,})\"(\\s*,\\s*\"([a-z][a-z-]*)\")?");
    static final Pattern KEBAB = Pattern.compile("\"([a-z]+(?:-[a-z]+)*)\"");
    /** Record types a call builds from a prefix: the kinds of record it is called with. */
    static final Map<String, List<String>> BUILT_RECORD_TYPES = Map.of("enforcement-", List.of("person", "company"));

    @Test
    void everyActionAndRecordTypeWrittenHasANameInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        for (var written : written().entrySet()) {
            String module = written.getKey();
            for (String action : written.getValue().actions) {
                missing.addAll(unnamed(module, "audit-action", action));
            }
            for (String recordType : written.getValue().recordTypes) {
                missing.addAll(unnamed(module, "audit-record", recordType));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theBundlesNameOnlyWhatIsWritten() throws IOException {
        Map<String, Codes> written = written();
        List<String> stale = new ArrayList<>();
        for (String module : modules()) {
            Codes allowed = module.equals("platform") ? shared(written) : written.getOrDefault(module, new Codes());
            for (String key : keys(module, "vi")) {
                String[] parts = key.split("\\.", 3);
                if (parts.length == 3 && parts[1].equals("audit-action") && !kebab(allowed.actions).contains(parts[2])
                        || parts.length == 3 && parts[1].equals("audit-record") && !allowed.recordTypes.contains(parts[2])) {
                    stale.add("i18n/" + module + ": " + key);
                }
            }
        }
        assertThat(stale).isEmpty();
    }

    @Test
    void theCallsAreFound() throws IOException {
        Map<String, Codes> written = written();
        assertThat(written.get("exchange").actions).contains("EXCHANGE_QUEUE", "EXCHANGE_DELIVERED", "EXCHANGE_REFUSE_INBOUND_UNRECORDED");
        assertThat(written.get("assistance").actions).contains("ASSISTANCE_DRAFTED", "ASSISTANCE_OVERDUE_WARNING");
        assertThat(written.get("enforcement").recordTypes).contains("enforcement-case", "enforcement-person");
        assertThat(written.get("platform").actions).contains("SIGN_IN", "ACCESS_REFUSED_UNRECORDED", "PLATFORM_BACKUP",
                "PLATFORM_RESTORE");
        assertThat(written.get("platform").recordTypes).contains("session", "remote-address", "user", "backup");
    }

    /** What platform's bundle names: what platform writes, and the verbs two or more modules share. */
    private static Codes shared(Map<String, Codes> written) {
        Codes shared = new Codes();
        Map<String, Integer> writers = new TreeMap<>();
        written.forEach((module, codes) -> codes.actions.forEach(action -> writers.merge(action, 1, Integer::sum)));
        writers.forEach((action, count) -> {
            if (count > 1) {
                shared.actions.add(action);
            }
        });
        Codes platform = written.getOrDefault("platform", new Codes());
        shared.actions.addAll(platform.actions);
        shared.recordTypes.addAll(platform.recordTypes);
        return shared;
    }

    private static List<String> unnamed(String module, String family, String code) throws IOException {
        String key = family + "." + code.toLowerCase(Locale.ROOT).replace('_', '-');
        List<String> missing = new ArrayList<>();
        for (String language : LANGUAGES) {
            if (!keys("platform", language).contains("platform." + key) && !keys(module, language).contains(module + "." + key)) {
                missing.add(module + " writes " + code + ": no " + module + "." + key + " (or platform." + key + ") in "
                        + language);
            }
        }
        return missing;
    }

    /** The actions and record types each module's sources write. */
    static Map<String, Codes> written() throws IOException {
        Map<String, Codes> byModule = new TreeMap<>();
        for (String module : modules()) {
            Codes codes = new Codes();
            for (Path file : javaFiles(SOURCES.resolve(module))) {
                String source = Files.readString(file);
                for (String call : calls(source, AUDIT_CALL)) {
                    Matcher action = ACTION.matcher(call);
                    while (action.find()) {
                        codes.actions.add(action.group(1));
                        String type = action.group(3);
                        if (type != null && type.endsWith("-")) {
                            assertThat(BUILT_RECORD_TYPES).as("the kinds of a record type built from " + type).containsKey(type);
                            BUILT_RECORD_TYPES.get(type).forEach(kind -> codes.recordTypes.add(type + kind));
                        }
                        else if (type != null) {
                            codes.recordTypes.add(type);
                        }
                    }
                }
                for (String call : calls(source, STEP_CALL)) {
                    Matcher step = KEBAB.matcher(call);
                    while (step.find()) {
                        if (!step.group(1).equals("system")) {
                            codes.actions.add("ASSISTANCE_" + step.group(1).toUpperCase(Locale.ROOT).replace('-', '_'));
                        }
                    }
                }
            }
            if (module.equals("platform")) {
                codes.recordTypes.add(AuditAllowance.KeyKind.REMOTE_ADDRESS.recordType());
                codes.recordTypes.add(AuditAllowance.KeyKind.OFFICER.recordType());
            }
            if (!codes.actions.isEmpty() || !codes.recordTypes.isEmpty()) {
                byModule.put(module, codes);
            }
        }
        return byModule;
    }

    /** The argument text of every call the pattern starts, to its closing parenthesis. */
    private static List<String> calls(String source, Pattern start) {
        List<String> calls = new ArrayList<>();
        Matcher matcher = start.matcher(source);
        while (matcher.find()) {
            int depth = 1;
            boolean inString = false;
            int at = matcher.end();
            for (; at < source.length() && depth > 0; at++) {
                char c = source.charAt(at);
                if (inString) {
                    inString = c != '"' || source.charAt(at - 1) == '\\';
                }
                else if (c == '"') {
                    inString = true;
                }
                else if (c == '(') {
                    depth++;
                }
                else if (c == ')') {
                    depth--;
                }
            }
            calls.add(source.substring(matcher.end(), at));
        }
        return calls;
    }

    static final class Codes {
        final Set<String> actions = new TreeSet<>();
        final Set<String> recordTypes = new TreeSet<>();
    }

    private static Set<String> kebab(Set<String> actions) {
        Set<String> kebab = new TreeSet<>();
        actions.forEach(action -> kebab.add(action.toLowerCase(Locale.ROOT).replace('_', '-')));
        return kebab;
    }

    private static List<String> modules() throws IOException {
        try (Stream<Path> folders = Files.list(BUNDLES)) {
            return folders.map(folder -> folder.getFileName().toString()).sorted().toList();
        }
    }

    private static List<Path> javaFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(path -> path.toString().endsWith(".java")).toList();
        }
    }

    private static Set<String> keys(String module, String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(module + "/messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }
}
