package org.tandai.ui;

import java.nio.file.Path;
import java.util.List;
import org.tandai.store.OpenTarget;
import org.tandai.store.StoreException;
import org.tandai.ui.common.Settings;
import org.tandai.ui.corpus.CorpusViewModel;

/**
 * What the window opens and for whom: a corpus folder (or an article in it) and the annotator's
 * name, which in a team corpus also names the layer that opens (docs/format.md, "Layers").
 */
final class FolderActions {
    private final AppContext ctx;
    private final WorkbenchViewModel vm;
    private final CorpusViewModel corpusVm;
    private final Settings settings;
    private final Runnable saveSettings;

    FolderActions(AppContext ctx, WorkbenchViewModel vm, CorpusViewModel corpusVm, Settings settings, Runnable saveSettings) {
        this.ctx = ctx;
        this.vm = vm;
        this.corpusVm = corpusVm;
        this.settings = settings;
        this.saveSettings = saveSettings;
    }

    /**
     * Opens a corpus folder and its last (or first) article, or, for an article or annotation file,
     * its folder with that article ({@link OpenTarget}); {@code after} runs once it is shown. A path
     * that cannot be opened is reported and changes nothing.
     */
    void openFolder(Path path, Runnable after) {
        OpenTarget target;
        try {
            target = OpenTarget.of(path);
        } catch (StoreException e) {
            vm.statusProperty().set(ctx.messages().get("folder.cannotOpen", path, e.problem().message()));
            ctx.dialogs().showError(ctx.messages().get("folder.cannotOpen.title", path.getFileName()),
                    ctx.messages().get("folder.cannotOpen.detail", path, e.problem().message()));
            return;
        }
        Path dir = target.folder();
        vm.saveThen(() -> {
            vm.setFolder(dir);
            settings.lastFolder = vm.folder().toString();
            List<Path> articles = corpusVm.load(vm.layout(), vm.layerProperty().get());
            if (articles.isEmpty()) {
                vm.sessionProperty().set(null);
                vm.statusProperty().set(ctx.messages().get("folder.noArticles", dir));
                after.run();
                return;
            }
            Path pick = WorkbenchViewModel.firstToOpen(articles, target.article() != null ? target.article() : settings.lastArticle);
            vm.open(pick, after);
            // Queued behind the article's load: the article shows first, the list's counts follow.
            corpusVm.countAnnotations();
        }, () -> { });
    }

    /** File ▸ Open Folder…: starts in the open folder, else the last one. */
    void chooseFolder() {
        Path start = vm.folder() != null ? vm.folder() : settings.lastFolder == null ? null : Path.of(settings.lastFolder);
        ctx.dialogs().chooseFolder(start).ifPresent(d -> openFolder(d, () -> { }));
    }

    /** Asks for the annotator's name, offering the current one (first start: the OS user name). */
    void askAnnotator() {
        ctx.dialogs().askText(ctx.messages().get("annotator.title"), ctx.messages().get("annotator.question"),
                vm.annotatorProperty().get()).ifPresent(n -> {
                    vm.annotatorProperty().set(n);
                    settings.annotator = n;
                    saveSettings.run();
                    if (vm.layout() != null && vm.layout().teamMode() && vm.session() != null) {
                        openFolder(vm.session().article(), () -> { });  // a new name is a new layer of one's own
                    }
                });
    }

    /** First start without --annotator: ask once, then remember. */
    void askAnnotatorIfUnknown() {
        if (ctx.annotator() == null && settings.annotator == null) {
            askAnnotator();
            if (settings.annotator == null) {
                settings.annotator = vm.annotatorProperty().get();
            }
        } else if (ctx.annotator() != null) {
            settings.annotator = ctx.annotator();
        }
    }
}
