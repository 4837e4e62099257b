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
    private final ClaimsViewModel claimsVm;
    private final SourcesViewModel sourcesVm;
    private final CorpusViewModel corpusVm;
    private final AnnotateActions annotate;
    private final FragmentActions fragments;
    private final ArticleView articleView;
    private final EntitiesView entitiesView;
    // The panels of the tabs other than Entities: built when first shown (decision 1225).
    private final LazyPanel<ClaimsView> claimsView;
    private final LazyPanel<SourcesView> sourcesView;
    private final RelationsViewModel relationsVm;
    private final LazyPanel<RelationsView> relationsView;
    private final CorpusView corpusView;
    private final CuratePanel curate;
    private final Lazy<ExportView> exportView; // dialogs: built on first use, not before the first frame
    private final Lazy<ImportView> importView;
    private final OrphansViewModel orphansVm;
    private final LazyPanel<OrphansView> orphansView;
    private final ConflictsViewModel conflictsVm;
    private final LazyPanel<ConflictsView> conflictsView;
    private final PanelTabs tabs;
    private final FolderActions folders;
    private final SplitPane split = new SplitPane();
    private final WorkbenchStatus status;
    private final MainMenu menu;
    private final OtherLayersViewModel otherLayersVm;
    private final OtherLayersMenu otherLayersMenu;
    private final org.tandai.ui.suggest.SuggestionsPanel suggestions;
    private final CheckMenuItem snapItem;
    private final EntityStylesheet entityStylesheet = new EntityStylesheet();
    private TagSet shownTags;

    public Workbench(AppContext ctx, Stage stage, Settings settings) {
        this.ctx = ctx;
        this.stage = stage;
        this.settings = settings;
        org.tandai.i18n.Messages m = ctx.messages();
        menu = new MainMenu(m);
        orphansVm = new OrphansViewModel(ctx.messages());
        claimsVm = new ClaimsViewModel(selection, ctx.messages());
        sourcesVm = new SourcesViewModel(selection, ctx.messages());
        snapItem = new CheckMenuItem(ctx.messages().get("action.annotate.snapToWords"));
        String name = ctx.annotator() != null ? ctx.annotator() : settings.annotator;
        vm = new WorkbenchViewModel(ctx.store(), ctx.tasks(), ctx.dialogs(), ctx.clock(),
                name != null ? name : System.getProperty("user.name", "annotator"), ctx.messages());
        entitiesVm = new EntitiesViewModel(selection, ctx.dialogs(), ctx.messages());
        corpusVm = new CorpusViewModel(ctx.store(), ctx.tasks(), ctx.dialogs(), ctx.messages());
        status = new WorkbenchStatus(ctx.messages(), vm.statusProperty(), vm.annotatorProperty(), vm.layerLabelBinding());
        snapItem.setSelected(settings.snapToWords);
        annotate = new AnnotateActions(articleVm, selection, ctx.dialogs(), snapItem::isSelected, vm.statusProperty()::set, m);
        fragments = new FragmentActions(articleVm, selection, ctx.dialogs(), snapItem::isSelected, vm.statusProperty()::set, m);
        articleView = new ArticleView(articleVm, ctx.messages());
        curate = new CuratePanel(split, vm, articleVm, ctx.tasks(), ctx.messages());
        entitiesView = new EntitiesView(entitiesVm);
        claimsView = new LazyPanel<>(() -> new ClaimsView(claimsVm, entitiesVm.entities()));
        sourcesView = new LazyPanel<>(() -> new SourcesView(sourcesVm, entitiesVm.entities(), claimsVm.claims()));
        relationsVm = new RelationsViewModel(selection, ctx.dialogs(), vm.statusProperty()::set, ctx.messages());
        relationsView = new LazyPanel<>(() -> new RelationsView(relationsVm));
        corpusView = new CorpusView(corpusVm, p -> vm.open(p, () -> { }), ctx.messages());
        TransferHost host = new TransferHost(vm::folder, () -> vm.session() == null ? null : vm.session().article(),
                vm::saveThen, p -> openFolder(p, () -> { }));
        exportView = new Lazy<>(() -> new ExportView(new ExportViewModel(new ExportService(ctx.store()), ctx.tasks(), ctx.dialogs(), host, m)));
        importView = new Lazy<>(() -> new ImportView(new ImportViewModel(
                () -> new ImportService(ctx.store(), vm.annotatorProperty().get()), ctx.tasks(), ctx.dialogs(), host, ctx.messages())));
        orphansView = new LazyPanel<>(() -> new OrphansView(orphansVm, () -> articleVm.selectedSpan(false), articleVm::reveal,
                vm.statusProperty()::set, ctx.messages()));
        otherLayersVm = new OtherLayersViewModel(ctx.tasks(), ctx.dialogs(), articleVm.otherLayers(),
                () -> vm.lifecycle().layer(), // the open layer (the own one in team mode) is never among the others
                vm.statusProperty()::set, ctx.messages());
        otherLayersVm.enabledProperty().set(settings.showOtherLayers);
        otherLayersMenu = new OtherLayersMenu(otherLayersVm, ctx.messages());
        conflictsVm = new ConflictsViewModel(ctx.dialogs(), vm.statusProperty()::set, ctx.messages());
        conflictsView = new LazyPanel<>(() -> new ConflictsView(conflictsVm, ctx.messages()));
        // A tag set shown before a panel existed is shown on it once it does.
        claimsView.whenBuilt(v -> showTags(v::setTags));
        sourcesView.whenBuilt(v -> showTags(v::setTags));
        tabs = new PanelTabs(ctx.messages(), new PanelTabs.Panel(new LazyPanel<>(() -> entitiesView), entitiesView::table),
                new PanelTabs.Panel(claimsView, () -> claimsView.get().table()),
                new PanelTabs.Panel(sourcesView, () -> sourcesView.get().table()),
                new PanelTabs.Panel(relationsView, () -> relationsView.get().table()),
                new PanelTabs.Panel(orphansView, () -> orphansView.get().table()), orphansVm.items(),
                new PanelTabs.Panel(conflictsView, () -> conflictsView.get().table()), conflictsVm.conflicts());
        folders = new FolderActions(ctx, vm, corpusVm, settings, this::saveSettings);
        suggestions = new org.tandai.ui.suggest.SuggestionsPanel(ctx, articleVm, selection,
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
        menu.build(scene, List.of("file", "edit", "annotate", "view", "help"), snapItem);
        menu.append("view", List.of(org.tandai.ui.theme.ThemeSwitcher.forWindow(ctx.theme(), settings, scene,
                entityStylesheet::setPalette, this::saveSettings, ctx.messages()).menu()));
        menu.append("view", options.menuItems());
        suggestions.install(tabs.pane(), status.bar(), menu::append, menu::addShortcutHelp); // before the layers: their submenu stays the View menu's last item
        new org.tandai.ui.structure.StructurePanel(ctx.messages(), articleView, articleVm, selection, annotate, settings, this::saveSettings).install(menu::append);
        menu.append("view", new org.tandai.ui.dashboard.DashboardWindow(ctx, stage, vm::folder, vm.layerProperty(), vm.savingProperty()).menuItems());
        menu.append("view", new LanguageMenu(ctx.messages(), settings, this::saveSettings, ctx.dialogs()).items());
        menu.append("view", otherLayersMenu.items());
        menu.bindHistory(null); // nothing to undo or redo until a document opens
        menu.installPlainKeys(articleView.area());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleBinding());
        WindowState.place(stage, settings);
    }

    private void defineActions() {
        WorkbenchActions a = new WorkbenchActions(menu);
        a.file(folders, vm, () -> exportView.get().show(stage), () -> importView.get().show(stage), this::close);
        a.edit(vm, annotate, articleView::openFind, articleVm);
        a.annotate(annotate, fragments, articleVm, () -> entitiesVm.merge(entitiesView.selectedEntityIds()),
                relationsVm::startFromSelection, relationsVm::relateToStart, () -> orphansView.get().reattachSelected());
        a.view(() -> articleView.area().requestFocus(), tabs::show, curate::show);
        a.help(() -> ctx.dialogs().showText(ctx.messages().get("help.shortcuts.title"), menu.shortcutHelp(vm.tags())));
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
        if (claimsView.built()) {
            claimsView.get().setTags(tags);
        }
        if (sourcesView.built()) {
            sourcesView.get().setTags(tags);
        }
        menu.setEntityTypes(tags, annotate::typeKey);
        entityStylesheet.show(stage.getScene(), tags);
    }

    private void showTags(java.util.function.Consumer<TagSet> panel) {
        if (shownTags != null) {
            panel.accept(shownTags);
        }
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
            vm.statusProperty().set(ctx.messages().get("status.settingsNotSaved", e.problem().message()));
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
        return orphansView.get();
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
        return claimsView.get();
    }

    public SourcesView sourcesView() {
        return sourcesView.get();
    }

    /** The Claims and Sources panels, built or not (the table search bars go on them once they are). */
    LazyPanel<ClaimsView> claimsPanel() {
        return claimsView;
    }

    LazyPanel<SourcesView> sourcesPanel() {
        return sourcesView;
    }

    public ConflictsView conflictsView() {
        return conflictsView.get();
    }

    public RelationsView relationsView() {
        return relationsView.get();
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
