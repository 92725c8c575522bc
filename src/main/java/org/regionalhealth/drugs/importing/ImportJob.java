package org.regionalhealth.drugs.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Progress of one catalogue import, read by the progress display while the import runs in the background.
 * Fields are volatile: one writer (the import thread), many readers (page polls).
 */
public final class ImportJob {

    /** Where an import is. */
    public enum Phase {
        QUEUED,
        VALIDATING,
        STORING,
        INDEXING,
        DONE,
        FAILED
    }

    public static final int MAX_REPORTED_ERRORS = 100;

    private final long id;
    private final String fileName;
    private final String format;
    private volatile Phase phase = Phase.QUEUED;
    private volatile int total;
    private volatile int validated;
    private volatile int stored;
    private volatile int invalidRows;
    private volatile String message;
    private final List<String> errors = new ArrayList<>();

    ImportJob(long id, String fileName, String format) {
        this.id = id;
        this.fileName = fileName;
        this.format = format;
    }

    public long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String format() {
        return format;
    }

    public Phase phase() {
        return phase;
    }

    public int total() {
        return total;
    }

    public int validated() {
        return validated;
    }

    public int stored() {
        return stored;
    }

    public int invalidRows() {
        return invalidRows;
    }

    public String message() {
        return message;
    }

    public synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    public boolean finished() {
        return phase == Phase.DONE || phase == Phase.FAILED;
    }

    /** Overall progress 0–100: validation is the first half, storing the second. */
    public int percent() {
        if (phase == Phase.DONE) {
            return 100;
        }
        if (total == 0) {
            return 0;
        }
        return (int) Math.min(99, (validated * 50L + stored * 50L) / total);
    }

    void phase(Phase p) {
        this.phase = p;
    }

    void total(int t) {
        this.total = t;
    }

    void validated(int v) {
        this.validated = v;
    }

    void stored(int s) {
        this.stored = s;
    }

    void message(String m) {
        this.message = m;
    }

    synchronized void error(String e) {
        invalidRows++;
        if (errors.size() < MAX_REPORTED_ERRORS) {
            errors.add(e);
        }
    }
}
