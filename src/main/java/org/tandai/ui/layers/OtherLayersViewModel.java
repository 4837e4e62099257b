package org.tandai.ui.layers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.tandai.store.Fingerprint;
import org.tandai.store.Layer;
import org.tandai.store.Problem;
import org.tandai.store.StoreException;
import org.tandai.ui.article.OtherLayerHighlights;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Polling;
import org.tandai.ui.common.TaskRunner;

/**
 * Other annotators' layers of the open article, shown read-only on request (issue 11, decision
 * 0906). Blind by default: while {@link #enabledProperty()} is off, no layer file is listed or read,
 * only whether the corpus is in team mode. When on, every layer that has a sidecar of the article,
 * except the open one, is read on the file thread and drawn by {@link OtherLayerHighlights}; each
 * can be switched off and on. They are read again when the article changes, when the setting is
 * switched on, and when one of their files changes on disk ({@link #checkNow()}).
 */
public final class OtherLayersViewModel {
    /** How often the shown layers' files are checked for changes, as the open article's are. */
    public static final Duration POLL_INTERVAL = Duration.seconds(2);
    /** The colours other layers are told apart by; a corpus with more annotators reuses them. */
    static final int COLOURS = 6;

    /** One other layer in the list: its name, colour, whether it is drawn, or why it cannot be. */
    public static final class Item {
        private final Layer layer;
        private final String colourClass;
        private final DocumentSession document;
        private final Problem problem;
        private final BooleanProperty shown = new SimpleBooleanProperty();

        Item(Layer layer, String colourClass, DocumentSession document, Problem problem) {
            this.layer = layer;
            this.colourClass = colourClass;
            this.document = document;
            this.problem = problem;
        }

        public Layer layer() {
            return layer;
        }

        /** The style class of this layer's colour ("peer-0" … , "peer-curated"). */
        public String colourClass() {
            return colourClass;
        }

        /** Why the layer's file cannot be shown ({@code FILE: LOCATION: MESSAGE}), or null. */
        public Problem problem() {
            return problem;
        }

        /** Drawn over the article now; switch it to hide or show this layer. */
        public BooleanProperty shownProperty() {
            return shown;
        }
    }

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final OtherLayerHighlights drawing;
    private final Supplier<Layer> openLayer;
    private final Consumer<String> status;
    private final org.tandai.i18n.Messages messages;
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper team = new ReadOnlyBooleanWrapper();
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    /** Layers the user switched off; they stay off from article to article. */
    private final Set<Layer> switchedOff = new HashSet<>();
    /** Problems already shown in a notice, so a broken file does not pop up at every poll. */
    private final Set<String> reported = new HashSet<>();
    private DocumentSession session;
    private long generation;
    private Map<Layer, Fingerprint> known = Map.of();
    private Timeline poller;

    /**
     * {@code openLayer} names the layer the window has open for editing, which is never shown
     * here; {@code status} receives the one-line summaries for the status bar.
     */
    public OtherLayersViewModel(TaskRunner tasks, DialogService dialogs, OtherLayerHighlights drawing,
                                Supplier<Layer> openLayer, Consumer<String> status, org.tandai.i18n.Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.drawing = drawing;
        this.openLayer = openLayer;
        this.status = status;
        enabled.addListener((o, was, on) -> {
            if (!on) {
                clear();
                generation++;
            } else {
                reload(true);
            }
        });
    }

    /** The setting "show other annotators' layers" (off by default: annotation stays blind). */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** True when the open article's corpus is in team mode: only then is there anything to show. */
    public ReadOnlyBooleanProperty teamProperty() {
        return team.getReadOnlyProperty();
    }

    /** The other layers of the open article while the setting is on; empty otherwise. */
    public ObservableList<Item> items() {
        return items;
    }

    /** A new article is open (or none): reads its other layers if they are to be shown. */
    public void setSession(DocumentSession s) {
        session = s;
        known = Map.of();
        // The article's highlights were rebuilt without any layer; the old items must not draw on it.
        items.clear();
        reload(false);
    }

    /**
     * Reads the open article's corpus and, when the setting is on, its other layers, off the FX
     * thread. {@code announce}: say what is shown in the status line (the user asked for it, or a
     * file changed); after opening an article only problems are said, after the open's own message.
     */
    private void reload(boolean announce) {
        DocumentSession s = session;
        long gen = ++generation;
        if (s == null) {
            clear();
            team.set(false);
            return;
        }
        Path article = s.article();
        Layer open = openLayer.get();
        boolean want = enabled.get();
        tasks.run("other layers of " + s.name(), () -> LayerReads.read(article, s.text(), s.tags(), open, want, messages),
                snap -> {
                    if (gen == generation && s == session) {
                        apply(snap, announce);
                    }
                }, e -> status.accept(messages.get("layers.cannotRead", s.name(), message(e))));
    }

    private void apply(LayerReads.Snapshot snap, boolean announce) {
        team.set(snap.team());
        clear();
        known = snap.files();
        if (!enabled.get()) {
            return;
        }
        if (snap.layoutProblem() != null) {
            status.accept(messages.get("layers.cannotShow", snap.layoutProblem()));
            report(snap.layoutProblem().toString());
            return;
        }
        if (!snap.team()) {
            return;
        }
        List<Item> next = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int skipped = 0;
        for (LayerReads.Read r : snap.reads()) {
            Item item = new Item(r.layer(), colourOf(r.layer(), snap.corpusLayers()), r.document(), r.problem());
            next.add(item);
            if (r.problem() != null) {
                broken.add(r.problem().toString());
                continue;
            }
            if (r.warnings() > 0) {
                problems.add(messages.get("layers.fileProblems", r.file(), r.warnings()));
            }
            if (!switchedOff.contains(r.layer())) {
                item.shown.set(true);
                skipped += drawing.show(r.layer().label(), label(r.layer()), item.colourClass, r.document());
            }
            item.shown.addListener((o, was, on) -> switched(item, on));
        }
        items.setAll(next);
        problems.addAll(0, broken);
        if (announce || !problems.isEmpty() || skipped > 0) {
            status.accept(summary(next, skipped, problems));
        }
        for (String p : broken) {
            report(p);
        }
    }

    private void switched(Item item, boolean on) {
        if (!items.contains(item) || item.document == null) {
            return;
        }
        if (on) {
            switchedOff.remove(item.layer);
            drawing.show(item.layer.label(), label(item.layer), item.colourClass, item.document);
        } else {
            switchedOff.add(item.layer);
            drawing.hide(item.layer.label());
        }
        status.accept(summary(items, 0, List.of()));
    }

    private void clear() {
        items.clear();
        drawing.hideAll();
    }

    /** A broken layer: a notice once per problem (the status line repeats it at every read). */
    private void report(String problem) {
        if (reported.add(problem)) {
            dialogs.notifyWarning(messages.get("layers.cannotShowOne", problem));
        }
    }

    private static String message(Throwable e) {
        return e instanceof StoreException se ? se.problem().toString() : String.valueOf(e.getMessage());
    }

    private String summary(List<Item> items, int skipped, List<String> problems) {
        List<String> shown = new ArrayList<>();
        for (Item i : items) {
            if (i.shown.get()) {
                shown.add(i.layer.label());
            }
        }
        String s = items.isEmpty() ? messages.get("layers.none")
                : shown.isEmpty() ? messages.get("layers.noneShown") : messages.get("layers.showing", String.join(", ", shown));
        if (skipped > 0) {
            s += " " + messages.get("layers.skipped", skipped);
        }
        if (!problems.isEmpty()) {
            s += " " + problems.get(0) + (problems.size() > 1 ? messages.get("layers.andMore", problems.size() - 1) : "");
        }
        return s;
    }

    /** How the tooltip names a layer. */
    String label(Layer l) {
        return l.isCurated() ? messages.get("layers.curated") : messages.get("layers.named", l.label());
    }

    /** A colour per annotator layer of the corpus (by its place among them), the same for every article. */
    static String colourOf(Layer l, List<Layer> corpusLayers) {
        if (l.isCurated()) {
            return "peer-curated";
        }
        int i = Math.max(0, corpusLayers.indexOf(l));
        return "peer-" + (i % COLOURS);
    }

    // ---- outside changes ----

    /** Polls every {@link #POLL_INTERVAL} and whenever {@code focused} becomes true (production). */
    public void startWatching(ObservableBooleanValue focused) {
        poller = Polling.start(POLL_INTERVAL, focused, this::checkNow);
    }

    public void stopWatching() {
        if (poller != null) {
            poller.stop();
        }
    }

    /**
     * While layers are shown: checks their files off the FX thread and reads them again when one
     * was changed, added or removed (a pull from git, another annotator's save on a shared folder).
     */
    public void checkNow() {
        DocumentSession s = session;
        if (s == null || !enabled.get() || !team.get()) {
            return;
        }
        Map<Layer, Fingerprint> before = known;
        long gen = generation;
        Layer open = openLayer.get();
        tasks.run("check other layers of " + s.name(), () -> LayerReads.fingerprints(s.article(), open), now -> {
            if (gen == generation && s == session && !LayerReads.same(before, now)) {
                reload(true);
            }
        }, e -> status.accept(messages.get("layers.cannotCheck", s.name(), message(e))));
    }
}
