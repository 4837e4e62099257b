package org.tandai.ui.transfer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandai.interchange.Progress;
import org.tandai.store.Problem;
import org.tandai.store.StoreException;
import org.tandai.ui.common.TaskRunner;

/**
 * The state of one running export or import, shared by both ViewModels: progress (done of total
 * and the current article), cancel, the problems the service reported and the final summary.
 * The service reports from the worker thread; reports reach the properties through
 * {@link TaskRunner#onUiThread}, coalesced (at most one pending update) so that a fast run cannot
 * flood the JavaFX queue. Cancel sets a flag the service polls between articles.
 */
public final class TransferJob {
    private record Step(int done, int total, String item) {
    }

    private final TaskRunner tasks;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty fraction = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final AtomicReference<Step> pending = new AtomicReference<>();
    private final List<Problem> collected = Collections.synchronizedList(new ArrayList<>());
    private int done;
    private int errors;
    private int warnings;

    private final org.tandai.i18n.Messages messages;

    public TransferJob(TaskRunner tasks, org.tandai.i18n.Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    public org.tandai.i18n.Messages messages() {
        return messages;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** 0..1, or -1 (indeterminate) until the first report. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction;
    }

    /** "3 / 10 · NAME.txt" while running. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }

    /** What happened, in one sentence: "Exporting …", "Exported 3 article(s) …", "Cancelled …". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** The problems of the last run as {@code FILE: LOCATION: MESSAGE} lines (warnings prefixed). */
    public ObservableList<String> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Articles reported done so far in this run. */
    public int done() {
        return done;
    }

    public int errors() {
        return errors;
    }

    public int warnings() {
        return warnings;
    }

    /** Asks the running service to stop after the current article. */
    public void cancel() {
        if (running.get() && !cancelRequested.getAndSet(true)) {
            summary.set(messages.get("transfer.cancelling"));
        }
    }

    void begin(String what) {
        cancelRequested.set(false);
        pending.set(null);
        collected.clear();
        problems.clear();
        done = 0;
        errors = 0;
        warnings = 0;
        fraction.set(-1);
        progressText.set("");
        summary.set(what);
        running.set(true);
    }

    /** Says what the run is doing now, keeping a cancel that was already asked for. */
    void status(String what) {
        summary.set(what);
    }

    /** The Progress handed to the service (called on the worker thread). */
    Progress progress() {
        return new Progress() {
            @Override
            public void update(int d, int total, String item) {
                if (pending.getAndSet(new Step(d, total, item)) == null) {
                    tasks.onUiThread(TransferJob.this::flush);
                }
            }

            @Override
            public boolean cancelled() {
                return cancelRequested.get();
            }
        };
    }

    /** Collects a problem (called on the worker thread). */
    void problem(Problem p) {
        collected.add(p);
    }

    private void flush() {
        Step s = pending.getAndSet(null);
        if (s == null) {
            return;
        }
        done = s.done();
        fraction.set(s.total() == 0 ? 1 : (double) s.done() / s.total());
        progressText.set(s.done() + " / " + s.total() + " \u00b7 " + s.item());
    }

    /** Ends the run: publishes the problems and the summary (UI thread). */
    void finish(String text) {
        flush();
        List<String> lines = new ArrayList<>();
        synchronized (collected) {
            for (Problem p : collected) {
                if (p.isError()) {
                    errors++;
                } else {
                    warnings++;
                }
                lines.add(p.toString());
            }
        }
        problems.setAll(lines);
        String counts = errors + warnings == 0 ? "" : " " + (errors > 0 ? messages.get("transfer.errors", errors) : "")
                + (errors > 0 && warnings > 0 ? ", " : "") + (warnings > 0 ? messages.get("transfer.warnings", warnings) : "")
                + messages.get("transfer.listedBelow");
        summary.set(text + counts);
        if (fraction.get() < 0) {
            fraction.set(0);
        }
        running.set(false);
    }

    /**
     * Ends the run after the service stopped with an exception ({@code where}: the folder it was
     * writing to): a located message, never a stack trace.
     */
    void fail(String what, String where, Throwable e) {
        Problem p;
        if (e instanceof StoreException se) {
            p = se.problem();
        } else {
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            if (e instanceof OutOfMemoryError) {
                reason = messages.get("transfer.outOfMemory", reason);
            } else if (e instanceof java.io.IOException && !(e.getClass() == java.io.IOException.class)) {
                // NoSuchFileException and friends carry only the path as message: name the failure too.
                reason = e.getClass().getSimpleName().replace("Exception", "") + " " + reason;
            }
            p = Problem.error(where, "file", reason);
        }
        collected.add(p);
        String message = p.message().startsWith("stopped: ") ? p.message().substring("stopped: ".length()) : p.message();
        finish(messages.get("transfer.stopped", what, message));
    }

    boolean cancelRequested() {
        return cancelRequested.get();
    }
}
