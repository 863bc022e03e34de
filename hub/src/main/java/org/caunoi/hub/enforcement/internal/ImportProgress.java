package org.caunoi.hub.enforcement.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far one import has got, read by the upload screen while the import runs in the background:
 * the stage, the rows checked so far, and the cases stored out of those to store.
 */
public final class ImportProgress {

    /** Where an import stands. */
    public enum ImportStage {
        QUEUED, CHECKING, STORING, DONE, FAILED
    }

    private final AtomicReference<ImportStage> stage = new AtomicReference<>(ImportStage.QUEUED);
    private final AtomicInteger checked = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger toStore = new AtomicInteger();

    /** For an import that nobody watches (the API's, which answers when it is over). */
    public static ImportProgress unwatched() {
        return new ImportProgress();
    }

    void checking() {
        stage.set(ImportStage.CHECKING);
    }

    void rowChecked() {
        checked.incrementAndGet();
    }

    void storing(int rows) {
        toStore.set(rows);
        stage.set(ImportStage.STORING);
    }

    void rowsStored(int rows) {
        stored.addAndGet(rows);
    }

    void done() {
        stage.set(ImportStage.DONE);
    }

    void failed() {
        stage.set(ImportStage.FAILED);
    }

    public ImportStage stage() {
        return stage.get();
    }

    public int checked() {
        return checked.get();
    }

    public int stored() {
        return stored.get();
    }

    public int toStore() {
        return toStore.get();
    }

    /** Stored out of to store, in percent (0 before storing starts). */
    public int percent() {
        int total = toStore.get();
        return total == 0 ? (stage() == ImportStage.DONE ? 100 : 0) : Math.min(100, stored.get() * 100 / total);
    }
}
