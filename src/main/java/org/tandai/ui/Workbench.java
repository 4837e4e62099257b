package org.tandai.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.tandai.interchange.ExportService;
import org.tandai.interchange.ImportService;
import org.tandai.model.Annotation;
import org.tandai.model.Relation;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.StoreException;
import org.tandai.ui.article.AnnotateActions;
import org.tandai.ui.article.FragmentActions;
import org.tandai.ui.article.ArticleView;
import org.tandai.ui.article.ArticleViewModel;
import org.tandai.ui.claims.ClaimsView;
import org.tandai.ui.claims.ClaimsViewModel;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Lazy;
import org.tandai.ui.common.Settings;
import org.tandai.ui.conflicts.ConflictsView;
import org.tandai.ui.conflicts.ConflictsViewModel;
import org.tandai.ui.corpus.CorpusView;
import org.tandai.ui.corpus.CorpusViewModel;
import org.tandai.ui.entities.EntitiesView;
import org.tandai.ui.entities.EntitiesViewModel;
import org.tandai.ui.guard.OrphansView;
import org.tandai.ui.layers.OtherLayersMenu;
import org.tandai.ui.layers.OtherLayersViewModel;
import org.tandai.ui.guard.OrphansViewModel;
import org.tandai.ui.relations.RelationsView;
import org.tandai.ui.relations.RelationsViewModel;
import org.tandai.ui.sources.SourcesView;
import org.tandai.ui.sources.SourcesViewModel;
import org.tandai.ui.transfer.ExportView;
import org.tandai.ui.transfer.ExportViewModel;
import org.tandai.ui.transfer.ImportView;
import org.tandai.ui.transfer.ImportViewModel;
import org.tandai.ui.transfer.TransferHost;

/**
 * The main window and the composition root of the UI: builds every ViewModel and View once, wires
 * them together and to the stage. Nothing else constructs services.
 */
public final class Workbench {
    private final AppContext ctx;
    private final Stage stage;
    private final Settings settings;
    private final AnnotationSelection selection = new AnnotationSelection();
    private final WorkbenchViewModel vm;
    private final ArticleViewModel articleVm = new ArticleViewModel(selection);
    private final EntitiesViewModel entitiesVm;
    private final ClaimsViewModel claimsVm = new ClaimsViewModel(selection);
    private final SourcesViewModel sourcesVm = new SourcesViewModel(selection);
    private final CorpusViewModel corpusVm;
    private final AnnotateActions annotate;
    private final FragmentActions fragments;
    private final ArticleView articleView;
    private final EntitiesView entitiesView;
    private final ClaimsView claimsView;
    private final SourcesView sourcesView;
    private final RelationsViewModel relationsVm;
    private final RelationsView relationsView;
    private final CorpusView corpusView;
    private final CuratePanel curate;
    private final Lazy<ExportView> exportView; // dialogs: built on first use, not before the first frame
    private final Lazy<ImportView> importView;
    private final OrphansViewModel orphansVm = new OrphansViewModel();
    private final OrphansView orphansView;
    private final ConflictsViewModel conflictsVm;
    private final ConflictsView conflictsView;
    private final PanelTabs tabs;
    private final FolderActions folders;
    private final SplitPane split = new SplitPane();
    private final WorkbenchStatus status;
    private final MainMenu menu = new MainMenu();
    private final OtherLayersViewModel otherLayersVm;
    private final OtherLayersMenu otherLayersMenu;
    private final org.tandai.ui.suggest.SuggestionsPanel suggestions;
    private final CheckMenuItem snapItem = new CheckMenuItem("Snap selections to whole words");
    private final EntityStylesheet entityStylesheet = new EntityStylesheet();
    private TagSet shownTags;

    public Workbench(AppContext ctx, Stage stage, Settings settings) {
        this.ctx = ctx;
        this.stage = stage;
        this.settings = settings;
        String name = ctx.annotator() != null ? ctx.annotator() : settings.annotator;
        vm = new WorkbenchViewModel(ctx.store(), ctx.tasks(), ctx.dialogs(), ctx.clock(),
                name != null ? name : System.getProperty("user.name", "annotator"));
        entitiesVm = new EntitiesViewModel(selection, ctx.dialogs());
        corpusVm = new CorpusViewModel(ctx.store(), ctx.tasks(), ctx.dialogs());
        status = new WorkbenchStatus(vm.statusProperty(), vm.annotatorProperty(), vm.layerLabelBinding());
        snapItem.setSelected(settings.snapToWords);
        annotate = new AnnotateActions(articleVm, selection, ctx.dialogs(), snapItem::isSelected, vm.statusProperty()::set);
        fragments = new FragmentActions(articleVm, selection, ctx.dialogs(), snapItem::isSelected, vm.statusProperty()::set);
        articleView = new ArticleView(articleVm);
        curate = new CuratePanel(split, vm, articleVm, ctx.tasks());
        entitiesView = new EntitiesView(entitiesVm);
        claimsView = new ClaimsView(claimsVm, entitiesVm.entities());
        sourcesView = new SourcesView(sourcesVm, entitiesVm.entities(), claimsVm.claims());
        relationsVm = new RelationsViewModel(selection, ctx.dialogs(), vm.statusProperty()::set);
        relationsView = new RelationsView(relationsVm);
        corpusView = new CorpusView(corpusVm, p -> vm.open(p, () -> { }));
        TransferHost host = new TransferHost(vm::folder, () -> vm.session() == null ? null : vm.session().article(),
                vm::saveThen, p -> openFolder(p, () -> { }));
        exportView = new Lazy<>(() -> new ExportView(new ExportViewModel(new ExportService(ctx.store()), ctx.tasks(), ctx.dialogs(), host)));
        importView = new Lazy<>(() -> new ImportView(new ImportViewModel(
                () -> new ImportService(ctx.store(), vm.annotatorProperty().get()), ctx.tasks(), ctx.dialogs(), host)));
        orphansView = new OrphansView(orphansVm, () -> articleVm.selectedSpan(false), articleVm::reveal,
                vm.statusProperty()::set);
        otherLayersVm = new OtherLayersViewModel(ctx.tasks(), ctx.dialogs(), articleVm.otherLayers(),
                () -> vm.lifecycle().layer(), // the open layer (the own one in team mode) is never among the others
                vm.statusProperty()::set);
        otherLayersVm.enabledProperty().set(settings.showOtherLayers);
        otherLayersMenu = new OtherLayersMenu(otherLayersVm);
        conflictsVm = new ConflictsViewModel(ctx.dialogs(), vm.statusProperty()::set);
        conflictsView = new ConflictsView(conflictsVm);
        tabs = new PanelTabs(new PanelTabs.Panel(entitiesView, entitiesView.table()),
                new PanelTabs.Panel(claimsView, claimsView.table()), new PanelTabs.Panel(sourcesView, sourcesView.table()),
                new PanelTabs.Panel(relationsView, relationsView.table()), new PanelTabs.Panel(orphansView, orphansView.table()),
                orphansVm.items(), new PanelTabs.Panel(conflictsView, conflictsView.table()), conflictsVm.conflicts());
        folders = new FolderActions(ctx, vm, corpusVm, settings, this::saveSettings);
        suggestions = new org.tandai.ui.suggest.SuggestionsPanel(ctx.tasks(), ctx.store(), articleVm, selection,
                articleView.area(), vm::folder, settings, this::saveSettings, vm.statusProperty()::set);
        build();
        wire();
    }

    private void build() {
        split.getItems().addAll(corpusView, articleView, tabs.pane());
        SplitPane.setResizableWithParent(corpusView, false);
        split.setDividerPositions(settings.dividers.length == 2 ? settings.dividers : new double[] {0.16, 0.58});

        defineActions();
        ViewOptions options = new ViewOptions(this, ctx.messages(), settings, menu); // Show, legend, zoom, go to, table search
        BorderPane root = new BorderPane(curate.column());
        VBox top = new VBox(menu.menuBar(), menu.toolBar());
        root.setTop(top);
        root.setBottom(status.bar());
        Scene scene = new Scene(root, settings.width, settings.height);
        scene.getStylesheets().add(Workbench.class.getResource("tandai.css").toExternalForm());
        menu.build(scene, List.of("File", "Edit", "Annotate", "View", "Help"), snapItem);
        menu.append("View", options.menuItems());
        suggestions.install(tabs.pane(), status.bar(), menu::append); // before the layers: their submenu stays the View menu's last item
        menu.append("View", otherLayersMenu.items());
        menu.bindHistory(null); // nothing to undo or redo until a document opens
        menu.installPlainKeys(articleView.area());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleBinding());
        WindowState.place(stage, settings);
    }

    private void defineActions() {
        menu.add("File", "Open Folder\u2026", "Shortcut+O", false, false, folders::chooseFolder);
        menu.add("File", "Save", "Shortcut+S", true, false, vm::save);
        menu.add("File", "-", null, false, false, null);
        menu.add("File", "Export\u2026", "Shortcut+E", false, false, () -> exportView.get().show(stage));
        menu.add("File", "Import\u2026", "Shortcut+I", false, false, () -> importView.get().show(stage));
        menu.add("File", "-", null, false, false, null);
        menu.add("File", "Set Annotator Name\u2026", null, false, false, folders::askAnnotator);
        menu.add("File", "Quit", "Shortcut+Q", false, false, this::close);
        menu.add("Edit", "Undo", "Shortcut+Z", true, false, vm::undo);
        menu.add("Edit", "Redo", "Shortcut+Shift+Z or Shortcut+Y", true, false, vm::redo);
        menu.add("Edit", "-", null, false, false, null);
        menu.add("Edit", "Delete Annotation", "Delete", true, true, annotate::deleteSelected);
        menu.add("Edit", "Find\u2026", "Shortcut+F", true, false, articleView::openFind);
        menu.add("Edit", "Find Next", "F3", false, false, () -> articleVm.findNext(true));
        menu.add("Annotate", "New Claim", "C", true, true, annotate::newClaim);
        menu.add("Annotate", "New Source\u2026", "S", true, true, annotate::newSource);
        menu.add("Annotate", "Mark All Occurrences", "M", true, true, annotate::markAllOccurrences);
        menu.add("Annotate", "Merge Selected Entities\u2026", "Shortcut+M", true, false,
                () -> entitiesVm.merge(entitiesView.selectedEntityIds()));
        menu.add("Annotate", "Start Relation from Selection", "R", false, true, relationsVm::startFromSelection);
        menu.add("Annotate", "Relate Selection to Start\u2026", "T", false, true, relationsVm::relateToStart);
        menu.add("Annotate", "Re-attach Orphan to Selection", "Shortcut+R", false, false, orphansView::reattachSelected);
        menu.add("Annotate", "-", null, false, false, null);
        menu.add("Annotate", "Add Selection as Another Piece", "Shortcut+Shift+A", false, false, fragments::holdPiece);
        menu.add("Annotate", "Add Selection as a Fragment of the Selected Annotation", "Shortcut+Shift+F", false, false,
                fragments::addToSelected);
        menu.add("Annotate", "Clear Pieces (Esc)", null, false, false, fragments::clearPieces);
        menu.add("Annotate", "-", null, false, false, null);
        menu.add("Annotate", "Extend Selection End by a Word", "Alt+Right", false, false, () -> articleVm.adjustSelection(true, true));
        menu.add("Annotate", "Shrink Selection End by a Word", "Alt+Left", false, false, () -> articleVm.adjustSelection(true, false));
        menu.add("Annotate", "Extend Selection Start by a Word", "Alt+Shift+Left", false, false, () -> articleVm.adjustSelection(false, true));
        menu.add("Annotate", "Shrink Selection Start by a Word", "Alt+Shift+Right", false, false, () -> articleVm.adjustSelection(false, false));
        menu.add("Annotate", "Snap Selection to Words", "W", false, true, articleVm::snapSelection);
        menu.add("View", "Article", "Alt+0", false, false, () -> articleView.area().requestFocus());
        menu.add("View", "Entities", "Alt+1", false, false, () -> tabs.show(PanelTabs.ENTITIES));
        menu.add("View", "Claims", "Alt+2", false, false, () -> tabs.show(PanelTabs.CLAIMS));
        menu.add("View", "Sources", "Alt+3", false, false, () -> tabs.show(PanelTabs.SOURCES));
        menu.add("View", "Orphans", "Alt+4", false, false, () -> tabs.show(PanelTabs.ORPHANS));
        menu.add("View", "Relations", "Alt+5", false, false, () -> tabs.show(PanelTabs.RELATIONS));
        menu.add("View", "Conflicts", "Alt+6", false, false, () -> tabs.show(PanelTabs.CONFLICTS));
        menu.add("View", "Curate", "Shortcut+Shift+C", false, false, curate::show);
        menu.add("Help", "Keyboard Shortcuts", "F1", false, false,
                () -> ctx.dialogs().showText("Keyboard shortcuts", menu.shortcutHelp(vm.tags())));
    }

    private void wire() {
        vm.sessionProperty().addListener((o, old, s) -> sessionChanged(s));
        vm.layerProperty().addListener((o, old, now) -> {
            if (vm.layout() != null && vm.layout().dir().equals(corpusVm.folder())) {
                corpusVm.showLayer(now);  // another layer of the same folder: its counts and done marks
            }
        });
        vm.dirtyProperty().addListener((o, a, b) -> updateSaved());
        vm.savingProperty().addListener((o, a, b) -> updateSaved());
        selection.property().addListener((o, a, sel) -> {
            DocumentSession s = vm.session();
            Annotation ann = sel == null || s == null ? null : s.find(sel.id());
            if (ann == null) {
                return;
            }
            Annotation shownEnd = ann instanceof Relation r ? s.find(r.from()) : ann; // a relation reveals its from end
            Span span = sel.span() != null ? sel.span() : shownEnd == null ? null : shownEnd.anchorSpan();
            if (span != null && !articleView.area().isFocused()) {
                articleVm.reveal(span);
            }
            tabs.select(ann.kind());
        });
        otherLayersVm.enabledProperty().addListener((o, a, on) -> {
            settings.showOtherLayers = on;
            saveSettings();
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            close();
        });
    }

    private void sessionChanged(DocumentSession s) {
        selection.clear();
        articleVm.sessionProperty().set(s);
        entitiesVm.setSession(s);
        claimsVm.setSession(s);
        sourcesVm.setSession(s);
        relationsVm.setSession(s);
        orphansVm.setSession(s);
        conflictsVm.setSession(s);
        otherLayersVm.setSession(s);
        tabs.selectOnOpen(!conflictsVm.conflicts().isEmpty(), !orphansVm.items().isEmpty());
        if (s != null) {
            applyTags(s.tags());
            s.addListener(changes -> updateCounts());
            CorpusViewModel.Item item = corpusVm.itemFor(s.article());
            if (item != null) {
                corpusView.showOpen(item);
            }
            settings.lastArticle = s.name();
        }
        menu.bindHistory(s == null ? null : s.history());
        status.showFile(s == null ? null : s.article().getFileName().toString());
        updateCounts();
        updateSaved();
        Platform.runLater(() -> articleView.area().requestFocus());
    }

    /**
     * Shows a tag set's choices, key bindings and colours, only when it is not the one already
     * shown: articles of one folder share it, and swapping the scene's stylesheet re-applies CSS to
     * every node of the window (about half of a warm open's time before this check).
     */
    private void applyTags(TagSet tags) {
        if (tags == shownTags) {
            return;
        }
        shownTags = tags;
        claimsView.setTags(tags);
        sourcesView.setTags(tags);
        menu.setEntityTypes(tags, annotate::typeKey);
        entityStylesheet.show(stage.getScene(), tags);
    }

    private void updateCounts() {
        DocumentSession s = vm.session();
        status.showCounts(s == null ? null : s.document());
        if (s != null) {
            corpusVm.updateCounts(s.article(), s.document());
        }
    }

    private void updateSaved() {
        DocumentSession s = vm.session();
        status.showSaved(s != null, s != null && s.readOnly(), vm.savingProperty().get(), vm.dirtyProperty().get());
    }

    /** See {@link FolderActions#openFolder}. */
    public void openFolder(Path path, Runnable after) {
        folders.openFolder(path, after);
    }

    /** File ▸ Set Annotator Name…; see {@link FolderActions#askAnnotator}. */
    public void askAnnotator() {
        folders.askAnnotator();
    }

    /** First start without --annotator: ask once, then remember. */
    public void askAnnotatorIfUnknown() {
        folders.askAnnotatorIfUnknown();
    }

    /** Closes after saving; asks when saving fails. */
    public void close() {
        vm.requestClose(() -> {
            vm.lifecycle().stopWatching();
            otherLayersVm.stopWatching();
            WindowState.remember(stage, split, settings);
            settings.snapToWords = snapItem.isSelected();
            saveSettings();
            stage.hide();
        });
    }

    public void saveSettings() {
        try {
            ctx.settings().save(settings);
        } catch (StoreException e) {
            vm.statusProperty().set("Could not save settings: " + e.problem().message());
        }
    }

    /** Production only: polls the open article for outside changes every two seconds and on focus. */
    public void startWatching() {
        vm.lifecycle().startWatching(stage.focusedProperty());
        otherLayersVm.startWatching(stage.focusedProperty());
    }

    public OtherLayersViewModel otherLayersVm() {
        return otherLayersVm;
    }

    public org.tandai.ui.suggest.SuggestionsPanel suggestions() {
        return suggestions;
    }

    public OrphansView orphansView() {
        return orphansView;
    }

    public WorkbenchViewModel vm() {
        return vm;
    }

    public ArticleViewModel articleVm() {
        return articleVm;
    }

    public ArticleView articleView() {
        return articleView;
    }

    public EntitiesView entitiesView() {
        return entitiesView;
    }

    public ClaimsView claimsView() {
        return claimsView;
    }

    public SourcesView sourcesView() {
        return sourcesView;
    }

    public ConflictsView conflictsView() {
        return conflictsView;
    }

    public RelationsView relationsView() {
        return relationsView;
    }

    public org.tandai.ui.curate.CurateView curateView() {
        return curate.view();
    }

    public CorpusView corpusView() {
        return corpusView;
    }

    public AnnotationSelection selection() {
        return selection;
    }

    public StatusBar statusBar() {
        return status.bar();
    }

    public Stage stage() {
        return stage;
    }
}
