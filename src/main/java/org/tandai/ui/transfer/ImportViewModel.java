package org.tandai.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandai.interchange.Format;
import org.tandai.interchange.ImportService;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.TaskRunner;

/**
 * File ▸ Import: the format, the source files or folders, the target folder, the run (off the
 * JavaFX thread, with progress and cancel in {@link #job()}) and, afterwards, opening the target
 * as the corpus. Import never overwrites: the service gives a clashing name the next free suffix.
 */
public final class ImportViewModel {
    private final Supplier<ImportService> services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final TransferHost host;
    private final TransferJob job;
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.BRAT);
    private final ObservableList<Path> sources = FXCollections.observableArrayList();
    private final ObjectProperty<Path> outDir = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> imported = new SimpleObjectProperty<>();
    private final BooleanBinding canStart;

    /**
     * {@code services} makes the import service for one run, so that it records the annotator's
     * name at that moment as {@code createdBy} of imported annotations that carry none, as the CLI's
     * --annotator does.
     */
    public ImportViewModel(Supplier<ImportService> services, TaskRunner tasks, DialogService dialogs, TransferHost host,
                           org.tandai.i18n.Messages messages) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.host = host;
        this.job = new TransferJob(tasks, messages);
        canStart = outDir.isNotNull().and(Bindings.isNotEmpty(sources)).and(job.runningProperty().not());
    }

    /** The formats that can be read (W3C and ClaimReview are export-only). */
    public List<Format> formats() {
        return List.of(Format.BRAT, Format.JSONL, Format.CONLL, Format.LABELSTUDIO);
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public ObservableList<Path> sources() {
        return sources;
    }

    public ObjectProperty<Path> outDirProperty() {
        return outDir;
    }

    /** The folder the last run imported at least one article into; null before. */
    public ReadOnlyObjectProperty<Path> importedProperty() {
        return imported;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public TransferJob job() {
        return job;
    }

    /** Adds source files picked by the user. */
    public void chooseSourceFiles() {
        List<Path> files = dialogs.chooseFiles(job.messages().get("import.chooseFiles"), lastSourceFolder());
        addSources(files);
    }

    /** Adds a source folder (searched recursively for files of the format). */
    public void chooseSourceFolder() {
        dialogs.chooseFolder(job.messages().get("import.chooseSourceFolder"), lastSourceFolder()).ifPresent(p -> addSources(List.of(p)));
    }

    private void addSources(List<Path> paths) {
        for (Path p : paths) {
            if (!sources.contains(p)) {
                sources.add(p);
            }
        }
    }

    private Path lastSourceFolder() {
        if (sources.isEmpty()) {
            return host.folder().get();
        }
        Path last = sources.get(sources.size() - 1);
        return last.toFile().isDirectory() ? last : last.getParent();
    }

    /** Asks for the target folder: a new (or existing) corpus folder; nothing in it is overwritten. */
    public void chooseOutDir() {
        Path folder = host.folder().get();
        Path initial = outDir.get() != null ? outDir.get() : folder != null ? folder.getParent() : null;
        dialogs.chooseFolder(job.messages().get("import.chooseFolder"), initial).ifPresent(outDir::set);
    }

    /** Imports in the background. */
    public void start() {
        if (job.isRunning()) {
            return;
        }
        Path out = outDir.get();
        if (out == null || sources.isEmpty()) {
            job.begin("");
            job.finish(job.messages().get(out == null ? "import.noFolder" : "import.noSources"));
            return;
        }
        Format f = format.get();
        List<Path> from = List.copyOf(sources);
        imported.set(null);
        ImportService service = services.get();
        job.begin(job.messages().get("import.importing", f.key()));
        tasks.run("import " + f.key(), () -> service.run(f, from, out, job.progress(), job::problem), s -> {
            org.tandai.i18n.Messages m = job.messages();
            StringBuilder text = new StringBuilder(m.get(s.cancelled() ? "import.cancelledDone" : "import.done",
                    s.articles(), s.entities(), s.claims(), s.sources(), s.files(), out.toString()));
            if (!s.addedTypes().isEmpty()) {
                text.append(m.get("import.newTypes", String.join(", ", s.addedTypes())));
            }
            if (!s.addedRelationTypes().isEmpty()) {
                text.append(m.get("import.newRelationTypes", String.join(", ", s.addedRelationTypes())));
            }
            if (!s.addedAttributes().isEmpty()) {
                text.append(m.get("import.newAttributes", String.join(", ", s.addedAttributes())));
            }
            job.finish(text.toString());
            dialogs.notify(text.toString());
            if (s.articles() > 0) {
                imported.set(out);
            }
        }, e -> {
            job.fail(job.messages().get("import.what"), out.toString(), e);
            dialogs.showError(job.messages().get("import.failed"), job.summaryProperty().get());
        });
    }

    /** Stops the running import after the current article. */
    public void cancel() {
        job.cancel();
    }

    /** Opens the folder just imported into as the corpus (the open article is saved first). */
    public void openImported() {
        if (imported.get() != null) {
            host.openFolder().accept(imported.get());
        }
    }
}
