package org.tandai.interchange;

/**
 * One export as seen from outside it: which articles are already whole on disk, and a way to
 * stop it from another thread (the command line's Ctrl-C hook) that leaves no temporary file and
 * says what is complete. Pass a new one to {@link ExportService#run}; it is used once.
 */
public final class ExportRun {
    private final Object lock = new Object();
    private Format format;
    private OutputFiles files;
    private Exporter exporter;
    private boolean ended;
    private boolean interrupted;
    private boolean salvaged;
    private int written;
    private String first;
    private String last;

    void begin(Format format, OutputFiles files, Exporter exporter) {
        synchronized (lock) {
            this.format = format;
            this.files = files;
            this.exporter = exporter;
        }
    }

    /** An article whose output is complete (in place, or in the corpus-wide file being written). */
    void written(String name) {
        synchronized (lock) {
            written++;
            if (first == null) {
                first = name;
            }
            last = name;
        }
    }

    void end() {
        synchronized (lock) {
            ended = true;
        }
    }

    /** Articles written whole so far. */
    public int written() {
        synchronized (lock) {
            return written;
        }
    }

    String first() {
        synchronized (lock) {
            return first;
        }
    }

    String last() {
        synchronized (lock) {
            return last;
        }
    }

    /** True once {@link #interrupt} stopped the run. */
    public boolean interrupted() {
        synchronized (lock) {
            return interrupted;
        }
    }

    /**
     * Stops a running export from any thread: no file is moved into place after this returns,
     * brat still gets the annotation.conf of its pairs, and no temporary file remains. Returns what
     * is complete on disk, or null when no export was running.
     */
    public String interrupt() {
        OutputFiles f;
        Exporter ex;
        synchronized (lock) {
            if (files == null || ended || interrupted) {
                return null;
            }
            interrupted = true;
            f = files;
            ex = exporter;
        }
        boolean ok = f.stop(ex::salvage);
        synchronized (lock) {
            salvaged = ok;
        }
        return describe();
    }

    /** After a failure on the exporting thread: the same clean-up as an interruption. */
    void abandon() {
        OutputFiles f;
        Exporter ex;
        synchronized (lock) {
            if (files == null || interrupted) {
                return;
            }
            f = files;
            ex = exporter;
        }
        boolean ok = f.stop(ex::salvage);
        synchronized (lock) {
            salvaged = ok;
            ended = true;
        }
    }

    /** What an export that did not complete left on disk, in one clause. */
    String describe() {
        synchronized (lock) {
            if (format == null) {
                return "nothing was written";
            }
            String corpusFile = switch (format) {
                case JSONL -> "corpus.jsonl";
                case CONLL -> "corpus.conll";
                case LABELSTUDIO -> "tasks.json and config.xml";
                default -> null;
            };
            if (corpusFile != null) {
                return "nothing was written: " + corpusFile + " come(s) into place only when the export completes, "
                        + "so any previous one is unchanged";
            }
            if (written == 0) {
                return "no article was written";
            }
            return written + " article(s) are written whole (" + first + (written > 1 ? " \u2026 " + last : "")
                    + ", in name order)" + (format == Format.BRAT ? (salvaged ? " with their annotation.conf" : ", but annotation.conf could not be written") : "")
                    + "; the others were not written";
        }
    }
}
