package org.caunoi.hub.enforcement.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.caunoi.hub.platform.database.AfterCommit;
import org.caunoi.matching.EntryType;
import org.caunoi.matching.Hit;
import org.caunoi.matching.Identifier;
import org.caunoi.matching.IdentifierType;
import org.caunoi.matching.ScreeningQuery;
import org.caunoi.matching.Watchlist;
import org.caunoi.matching.WatchlistEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The names of persons, companies and vessels of every case (own and received), searched with the
 * project's matcher whatever the spelling, and kept current as cases change: the only class that
 * knows the matching library. A changed case replaces its own entries once its transaction has
 * committed, through the library's live updates (no rebuild of the whole index per change).
 */
@Component
public class CaseNameIndex {

    /**
     * Which record a name belongs to (a case of this hub, a received one, or a person or company
     * record that absorbed others), the entity in it and its position there ({@code persons[position]}).
     */
    public record NameHit(String record, long recordId, String entity, int position, String name, double score,
            String why) {
    }

    /** The score a word window of a free text needs to be taken for a known name. */
    static final double WITHHOLD_THRESHOLD = 0.85;

    /** Word windows of free text remembered with their score, while the index stays as it was. */
    private static final int SCREENED_KEPT = 200_000;

    private final Watchlist watchlist = new Watchlist();
    private final Map<String, List<String>> keysByRecord = new ConcurrentHashMap<>();
    /** Each record's persons' names, so that the single words of the names it no longer has can be forgotten. */
    private final Map<String, List<String>> personNamesByRecord = new ConcurrentHashMap<>();
    private final PersonWords personWords = new PersonWords();
    /** Moves on with every change of the index: a remembered score of an older index is screened again. */
    private final AtomicLong generation = new AtomicLong();
    private final Cache<String, Screened> screened = Caffeine.newBuilder().maximumSize(SCREENED_KEPT).build();
    /** Whether a word window goes to the matcher even when none of its words reaches a name: only to compare with. */
    private final boolean everyWindowScreened;

    private record Screened(long generation, double score) {
    }

    private @Nullable MessageSource messages;

    public CaseNameIndex() {
        this(false);
    }

    /** @param everyWindowScreened screen every word window of a text in full, as before the matcher's cheaper test (to compare with) */
    CaseNameIndex(boolean everyWindowScreened) {
        this.everyWindowScreened = everyWindowScreened;
    }

    /** Replaces the record's names, after the current transaction commits (at once without one). */
    public void index(String record, long recordId, CaseInput content) {
        AfterCommit.run(() -> replace(record, recordId, content));
    }

    synchronized void replace(String record, long recordId, CaseInput content) {
        String owner = owner(record, recordId);
        List<WatchlistEntry> entries = entries(owner, content);
        List<String> keys = entries.stream().map(WatchlistEntry::key).toList();
        // Entries keep their keys across versions, so adding replaces them; only names the case
        // no longer has are removed.
        watchlist.addAll(entries);
        for (String key : keysByRecord.getOrDefault(owner, List.of())) {
            if (!keys.contains(key)) {
                watchlist.remove(key);
            }
        }
        keysByRecord.put(owner, keys);
        personNames(owner, personNames(content));
        generation.incrementAndGet();
    }

    /** Replaces the record's persons' names among the single name words known. */
    private void personNames(String owner, List<String> names) {
        List<String> before = names.isEmpty() ? personNamesByRecord.remove(owner) : personNamesByRecord.put(owner, names);
        if (before != null) {
            personWords.remove(before);
        }
        personWords.add(names);
    }

    private static List<String> personNames(CaseInput content) {
        return content.personList().stream().flatMap(person -> names(person.name(), person.latinName()).stream()).toList();
    }

    /**
     * Whether the word, alone, is a word of the name of a person the index knows (see {@link PersonWords}):
     * what the non-nominal form takes out of free text beside the whole names.
     */
    public boolean personWord(String word) {
        return personWords.contains(word);
    }

    /** Adds many records in one update (the hub's start): one index snapshot instead of one per case. */
    public synchronized void addAll(String record, Map<Long, CaseInput> contents) {
        List<WatchlistEntry> all = new ArrayList<>();
        contents.forEach((recordId, content) -> {
            String owner = owner(record, recordId);
            List<WatchlistEntry> entries = entries(owner, content);
            keysByRecord.put(owner, entries.stream().map(WatchlistEntry::key).toList());
            personNames(owner, personNames(content));
            all.addAll(entries);
        });
        watchlist.addAll(all);
        generation.incrementAndGet();
    }

    /**
     * Names gathered for one update of the index (the hub's start): entries are kept, not the cases
     * they came from, and nothing is searchable until {@link #publish()}.
     */
    final class Bulk {
        private final List<WatchlistEntry> entries = new ArrayList<>();
        private final Map<String, List<String>> keys = new java.util.HashMap<>();
        private final Map<String, List<String>> persons = new java.util.HashMap<>();

        void add(String record, long recordId, CaseInput content) {
            String owner = owner(record, recordId);
            List<WatchlistEntry> added = CaseNameIndex.entries(owner, content);
            keys.put(owner, added.stream().map(WatchlistEntry::key).toList());
            persons.put(owner, personNames(content));
            entries.addAll(added);
        }

        int size() {
            return entries.size();
        }

        void publish() {
            synchronized (CaseNameIndex.this) {
                keysByRecord.putAll(keys);
                persons.forEach(CaseNameIndex.this::personNames);
                watchlist.addAll(entries);
                generation.incrementAndGet();
            }
        }
    }

    Bulk bulk() {
        return new Bulk();
    }

    /**
     * Puts a person or company record under all its names (its own and those of the records merged
     * into it), after the transaction commits; {@code names} empty takes it out.
     */
    public void indexEntity(String entity, long id, List<String> entityNames) {
        AfterCommit.run(() -> replaceEntity(entity, id, entityNames));
    }

    synchronized void replaceEntity(String entity, long id, List<String> entityNames) {
        String owner = owner(entity, id);
        String key = owner + ":" + entity + ":0";
        if (entityNames.isEmpty()) {
            watchlist.remove(key);
            keysByRecord.remove(owner);
            personNames(owner, List.of());
            generation.incrementAndGet();
            return;
        }
        watchlist.addAll(List.of(new WatchlistEntry(key, "",
                entity.equals("person") ? EntryType.PERSON : EntryType.ORGANISATION, List.copyOf(entityNames), null, null,
                List.of())));
        keysByRecord.put(owner, List.of(key));
        personNames(owner, entity.equals("person") ? List.copyOf(entityNames) : List.of());
        generation.incrementAndGet();
    }

    private static String owner(String record, long recordId) {
        return record + ":" + recordId;
    }

    private static List<WatchlistEntry> entries(String owner, CaseInput content) {
        List<WatchlistEntry> entries = new ArrayList<>();
        int i = 0;
        for (CaseInput.Person person : content.personList()) {
            entries.add(new WatchlistEntry(owner + ":person:" + i++, "", EntryType.PERSON,
                    names(person.name(), person.latinName()), person.nationality(),
                    person.dateOfBirth() == null ? null : person.dateOfBirth().toString(),
                    identifiers(IdentifierType.OTHER, person.documents())));
        }
        i = 0;
        for (CaseInput.Company company : content.companyList()) {
            entries.add(new WatchlistEntry(owner + ":company:" + i++, "", EntryType.ORGANISATION,
                    names(company.name(), null), null, null,
                    identifiers(IdentifierType.TAX_NUMBER, company.taxNumber() == null ? null : List.of(company.taxNumber()))));
        }
        if (content.conveyance() != null && content.conveyance().vesselName() != null) {
            entries.add(new WatchlistEntry(owner + ":vessel:0", "", EntryType.VESSEL,
                    names(content.conveyance().vesselName(), null), null, null,
                    identifiers(IdentifierType.IMO, content.conveyance().imo() == null ? null : List.of(content.conveyance().imo()))));
        }
        return entries;
    }

    /** The numbers that identify a person, company or vessel, so that a search by the number alone finds it. */
    private static List<Identifier> identifiers(IdentifierType type, @Nullable List<String> values) {
        List<Identifier> identifiers = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                identifiers.add(new Identifier(type, value));
            }
            catch (IllegalArgumentException notAnIdentifier) {
                // a blank document, or an IMO number with a wrong check digit recorded before it was checked
            }
        }
        return identifiers;
    }

    private static List<String> names(@Nullable String name, @Nullable String alias) {
        List<String> names = new ArrayList<>();
        if (name != null) {
            names.add(name);
        }
        if (alias != null) {
            names.add(alias);
        }
        return names;
    }

    /** Hits at the library's default threshold, best first, each with the library's explanation. */
    public List<NameHit> search(String query, int top) {
        return watchlist.screen(ScreeningQuery.ofText(query), Watchlist.DEFAULT_THRESHOLD, top).stream()
                .map(this::nameHit).toList();
    }

    /**
     * How well the words name a person or company the index knows (0: not at all), whatever the spelling (vessels are
     * not personal data): what the non-nominal form screens its free text with. Stricter than search,
     * since every word window of a text is screened and a common phrase must not be taken for a name.
     * Remembered until the index changes: an export cleans many texts that share their phrases. Most
     * windows of a narrative are words no name holds in any spelling: the matcher rules those out
     * from what each word reaches, which it remembers, without screening them.
     */
    public double personOrCompanyScore(String words) {
        return remembered(words, () -> {
            ScreeningQuery query = ScreeningQuery.of(words);
            if (!everyWindowScreened && !watchlist.mayFind(query)) {
                return 0;
            }
            return watchlist.screen(query, WITHHOLD_THRESHOLD, 3).stream()
                    .filter(hit -> hit.entry().type() != EntryType.VESSEL).mapToDouble(Hit::score).max().orElse(0);
        });
    }

    /** What {@code screen} gives, remembered until the index changes. */
    private double remembered(String key, java.util.function.DoubleSupplier screen) {
        long now = generation.get();
        Screened known = screened.getIfPresent(key);
        if (known != null && known.generation() == now) {
            return known.score();
        }
        double score = screen.getAsDouble();
        // Kept with the generation read before screening: a change meanwhile makes it stale, never wrong.
        screened.put(key, new Screened(now, score));
        return score;
    }

    private NameHit nameHit(Hit hit) {
        String[] parts = hit.entry().id().split(":");
        MessageSource words = messages;
        String why = words == null ? hit.explanation()
                : MatchExplanations.of(hit.reasons(), words, LocaleContextHolder.getLocale());
        return new NameHit(parts[0], Long.parseLong(parts[1]), parts[2], Integer.parseInt(parts[3]), hit.matchedName(),
                hit.score(), why);
    }

    /** The bundles that word why a name matched; without them (a benchmark's index), the matcher's English. */
    @Autowired(required = false)
    void wordWith(MessageSource messages) {
        this.messages = messages;
    }

    public int size() {
        return watchlist.size();
    }
}
