package org.caunoi.hub.enforcement.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caunoi.hub.platform.tables.ImportChoice;
import org.caunoi.hub.platform.tables.TableFormat;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Imports started from the upload screen, each run on a thread of its own so the officer watches its
 * progress instead of a page that hangs; kept in memory for the officer who started it (the last 100).
 */
@Component
public class CaseImportJobs {

    private static final Logger log = LoggerFactory.getLogger(CaseImportJobs.class);
    private static final int KEPT = 100;

    private final CaseImport imports;
    private final Map<UUID, Job> jobs = java.util.Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Job> eldest) {
            return size() > KEPT;
        }
    });

    CaseImportJobs(CaseImport imports) {
        this.imports = imports;
    }

    /** One import: who started it, its progress, and once over its outcome (or that it failed). */
    public static final class Job {
        private final UUID id;
        private final String officer;
        private final ImportProgress progress = new ImportProgress();
        private volatile CaseImport.@Nullable Outcome outcome;

        Job(UUID id, String officer) {
            this.id = id;
            this.officer = officer;
        }

        public UUID id() {
            return id;
        }

        public ImportProgress progress() {
            return progress;
        }

        public CaseImport.@Nullable Outcome outcome() {
            return outcome;
        }
    }

    public Job start(Officer officer, byte[] file, TableFormat format, ImportChoice choice, CaseImport.Duplicates duplicates) {
        if (!officer.mayRecord()) {
            throw new AccessDeniedException("importing cases needs the investigator role");
        }
        Job job = new Job(UUID.randomUUID(), officer.username());
        jobs.put(job.id(), job);
        Thread.ofVirtual().name("case-import-" + job.id()).start(() -> {
            try {
                job.outcome = imports.run(officer, file, format, choice, duplicates, job.progress);
            }
            catch (RuntimeException e) {
                log.warn("Import {} by {} failed", job.id(), officer.username(), e);
                job.progress.failed();
            }
        });
        return job;
    }

    /** The officer's own import; another officer's is not found. */
    public Optional<Job> find(String officer, UUID id) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.officer.equals(officer));
    }
}
