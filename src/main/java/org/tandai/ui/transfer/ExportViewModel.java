package org.tandai.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tandai.interchange.ClaimReviewSettings;
import org.tandai.interchange.ExportService;
import org.tandai.interchange.Format;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.TaskRunner;

/**
 * File ▸ Export: the chosen format, scope and output folder, the ClaimReview publisher, and the
 * run itself. The open article is saved first and the export reads the files on disk, exactly as
 * the command line does (decision record 0600). The run goes through the {@link TaskRunner},
 * off the JavaFX thread; {@link #job()} carries its progress, cancel and problems.
 */
public final class ExportViewModel {
    /** What to export. */
    public enum Scope { ARTICLE, CORPUS }

    private final ExportService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final TransferHost host;
    private final TransferJob job;
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.JSONL);
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.CORPUS);
    private final ObjectProperty<Path> outDir = new SimpleObjectProperty<>();
    private final StringProperty publisher = new SimpleStringProperty("");
    private final StringProperty publisherUrl = new SimpleStringProperty("");
    private final BooleanBinding claimReview = Bindings.equal(Format.CLAIMREVIEW, format);
    private final BooleanBinding canStart;

    public ExportViewModel(ExportService service, TaskRunner tasks, DialogService dialogs, TransferHost host,
                           org.tandai.i18n.Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.host = host;
        this.job = new TransferJob(tasks, messages);
        canStart = outDir.isNotNull().and(job.runningProperty().not());
        format.addListener((o, a, f) -> {
            if (f == Format.CLAIMREVIEW) {
                prefillPublisher();
            }
        });
    }

    /** Every format can be exported. */
    public List<Format> formats() {
        return List.of(Format.values());
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Path> outDirProperty() {
        return outDir;
    }

    public StringProperty publisherProperty() {
        return publisher;
    }

    public StringProperty publisherUrlProperty() {
        return publisherUrl;
    }

    /** True when the ClaimReview publisher fields apply. */
    public BooleanBinding claimReviewProperty() {
        return claimReview;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public TransferJob job() {
        return job;
    }

    /** Called when the dialog opens: the publisher fields start from the open corpus's settings. */
    public void prepare() {
        if (!job.isRunning()) {
            publisher.set("");
            publisherUrl.set("");
            if (host.currentArticle().get() == null) {
                scope.set(Scope.CORPUS);
            }
            if (format.get() == Format.CLAIMREVIEW) {
                prefillPublisher();
            }
        }
    }

    private void prefillPublisher() {
        Path folder = host.folder().get();
        if (folder == null || !publisher.get().isBlank() || !publisherUrl.get().isBlank()) {
            return;
        }
        ClaimReviewSettings s = ClaimReviewSettings.read(folder, p -> dialogs.notifyWarning(p.toString()));
        publisher.set(s.publisher() == null ? "" : s.publisher());
        publisherUrl.set(s.publisherUrl() == null ? "" : s.publisherUrl());
    }

    /** Asks for the output folder (through the DialogService, so tests can answer). */
    public void chooseOutDir() {
        Path initial = outDir.get() != null ? outDir.get() : host.folder().get();
        dialogs.chooseFolder(job.messages().get("export.chooseFolder"), initial).ifPresent(outDir::set);
    }

    /** Saves the open article, then exports in the background. */
    public void start() {
        if (job.isRunning()) {
            return;
        }
        Path out = outDir.get();
        Path target = scope.get() == Scope.ARTICLE ? host.currentArticle().get() : host.folder().get();
        if (out == null || target == null) {
            job.begin("");
            job.finish(job.messages().get(out == null ? "export.noFolder" : "export.nothing"));
            return;
        }
        Format f = format.get();
        ClaimReviewSettings overrides = new ClaimReviewSettings(blankToNull(publisher.get()), blankToNull(publisherUrl.get()), null);
        job.begin(job.messages().get("export.saving"));
        host.saveThen().accept(() -> run(f, target, out, overrides),
                () -> job.finish(job.messages().get("export.notSaved")));
    }

    private void run(Format f, Path target, Path out, ClaimReviewSettings overrides) {
        if (job.cancelRequested()) {
            job.finish(job.messages().get("export.cancelledNothing"));
            return;
        }
        job.status(job.messages().get("export.exporting", scope.get() == Scope.ARTICLE ? target.getFileName().toString()
                : job.messages().get("export.theCorpus"), f.key()));
        tasks.run("export " + f.key(), () -> service.run(f, List.of(target), out, overrides, job.progress(), job::problem),
                s -> {
                    String said = s.describe(f, out);
                    String text = s.cancelled() ? job.messages().get("export.cancelled", said) : "E" + said.substring(1) + ".";
                    job.finish(text);
                    dialogs.notify(text);
                },
                e -> {
                    job.fail(job.messages().get("export.what"), out.toString(), e);
                    dialogs.showError(job.messages().get("export.failed"), job.summaryProperty().get());
                });
    }

    /** Stops the running export after the current article. */
    public void cancel() {
        job.cancel();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
