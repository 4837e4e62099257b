package org.tandai.ui.suggest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Status;
import org.tandai.store.SidecarStore;
import org.tandai.suggest.CorpusKnowledge;
import org.tandai.suggest.Gazetteer;
import org.tandai.suggest.SuggestService;
import org.tandai.suggest.Suggestion;
import org.tandai.suggest.SuggestionKeys;
import org.tandai.suggest.Suggestions;
import org.tandai.ui.article.ArticleViewModel;
import org.tandai.ui.article.SuggestionHighlights;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.Change;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.TaskRunner;

/**
 * The open article's suggestions (issue 12, decision 1010): computed by the engine in a background
 * task when an article opens and after every change to it (an accept, a reject, an undo, an edit),
 * held here and drawn over the text, never written to the file until accepted or rejected.
 * Suggestions already in the sidecar (from {@code tandai suggest}) are listed with them.
 */
public final class SuggestionsViewModel {
    private final TaskRunner tasks;
    private final SidecarStore store;
    private final ArticleViewModel article;
    private final AnnotationSelection selection;
    private final Supplier<Path> folder;
    private final Consumer<String> status;
    private final SuggestionHighlights highlights;
    private final Set<String> off = new LinkedHashSet<>();
    private final ObservableList<Pending> items = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Pending> current = new ReadOnlyObjectWrapper<>();
    private final Consumer<List<Change>> onChange = c -> changed();
    /** What accepts in this article taught the gazetteer, followed through undo and redo. */
    private final TaughtNames taught = new TaughtNames();
    /** Keys of suggestions accepted in this session, to their annotation's id (for via). */
    private final Map<String, String> idsByKey = new HashMap<>();
    private DocumentSession session;
    private CorpusKnowledge knowledge;
    private Path knowledgeFolder;
    private boolean deciding;
    private boolean running;
    private boolean again;
    /** Bumped on the FX thread by every session change and refresh; read by the run to see it is superseded. */
    private volatile int generation;
    /** Bumped by every refresh, also one that only queues: a run still waiting to start sees it was superseded. */
    private volatile int asked;
    private final org.tandai.i18n.Messages messages;

    public SuggestionsViewModel(TaskRunner tasks, SidecarStore store, ArticleViewModel article, AnnotationSelection selection,
            Supplier<Path> folder, List<String> switchedOff, Consumer<String> status, org.tandai.i18n.Messages messages) {
        this.messages = messages;
        this.tasks = tasks;
        this.store = store;
        this.article = article;
        this.selection = selection;
        this.folder = folder;
        this.status = status;
        this.highlights = new SuggestionHighlights(article);
        off.addAll(switchedOff);
        article.sessionProperty().addListener((o, old, s) -> setSession(s));
    }

    public ObservableList<Pending> items() {
        return items;
    }

    /** How many suggestions are left in the open article. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The suggestion Tab moved to (or the list selected), which Enter and Backspace decide; null for none. */
    public ReadOnlyObjectProperty<Pending> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public boolean isOn(String recommender) {
        return !off.contains(recommender);
    }

    /** View ▸ Suggestions: switches one recommender on or off and suggests again. */
    public void setOn(String recommender, boolean on) {
        if (on ? off.remove(recommender) : off.add(recommender)) {
            refresh();
        }
    }

    /** The recommenders switched off, for the settings. */
    public List<String> switchedOff() {
        return List.copyOf(off);
    }

    private void setSession(DocumentSession s) {
        if (session != null) {
            session.removeListener(onChange);
        }
        session = s;
        idsByKey.clear();
        taught.clear();
        generation++;
        show(List.of(), null);
        if (s != null) {
            s.addListener(onChange);
            refresh();
        }
    }

    private void changed() {
        if (!deciding) {
            taught.follow(session);
            refresh();
        }
    }

    /** Suggests again for the open article in the background; at most one run waits behind the running one. */
    public void refresh() {
        if (session == null) {
            return;
        }
        asked++;
        if (running) {
            again = true;
            return;
        }
        running = true;
        again = false;
        int gen = ++generation;
        int mine = asked;
        DocumentSession s = session;
        AnnotatedDocument snapshot = s.snapshot();
        ArticleText text = s.text();
        Set<String> kinds = kinds();
        Path dir = folder.get();
        CorpusKnowledge known = dir != null && dir.equals(knowledgeFolder) ? knowledge : null;
        // A run that waited while more edits came (or another article opened) gives way to the next.
        java.util.concurrent.Callable<Result> work = () -> gen == generation && mine == asked
                ? compute(text, snapshot, kinds, dir, known) : null;
        tasks.recurring().run("Suggesting", work, r -> {
            running = false;
            if (r == null) { // superseded while it waited to start (more edits): the run queued behind it suggests
                if (again) {
                    refresh();
                }
                return;
            }
            knowledge = r.knowledge();
            knowledgeFolder = dir;
            if (r.problem() != null) {
                status.accept(messages.get("suggest.rulesOnly", r.problem()));
            }
            if (gen == generation && s == session) {
                show(r.pending(), current.get() == null ? null : current.get().suggestion().key());
            }
            if (again) {
                refresh();
            }
        }, e -> {
            running = false;
            status.accept(messages.get("suggest.failed", e.getMessage()));
            if (again) {
                refresh();
            }
        });
    }

    private record Result(CorpusKnowledge knowledge, List<Pending> pending, String problem) {
    }

    /** Off the FX thread: the folder's knowledge (once), the engine's new suggestions and the sidecar's own. */
    private Result compute(ArticleText text, AnnotatedDocument doc, Set<String> kinds, Path dir, CorpusKnowledge known) {
        CorpusKnowledge k = known;
        String problem = null;
        if (k == null) {
            try {
                k = dir == null ? rulesOnly() : CorpusKnowledge.read(dir, SuggestService.loadFolder(store, dir, p -> { }));
            } catch (java.io.IOException | IllegalArgumentException e) {
                problem = e.getMessage();
                k = rulesOnly();
            }
        }
        List<Pending> out = new ArrayList<>();
        for (Annotation a : doc.all()) {
            if (a.status() == Status.SUGGESTED) {
                Pending p = new Pending(new Suggestion(SuggestionKeys.of(a), recommenderOf(a), confidenceOf(a), a, null), a.id());
                if (kinds.contains(p.recommender())) {
                    out.add(p);
                }
            }
        }
        if (!kinds.isEmpty()) {
            for (Suggestion sg : k.engine().suggest(text, doc, kinds)) {
                out.add(new Pending(sg, null));
            }
        }
        out.sort(java.util.Comparator.comparing((Pending p) -> p.annotation().anchorSpan(), org.tandai.model.Span::compare));
        return new Result(k, out, problem);
    }

    private static CorpusKnowledge rulesOnly() {
        return new CorpusKnowledge(new Gazetteer(), null, List.of());
    }

    private Set<String> kinds() {
        Set<String> on = new LinkedHashSet<>(List.of(Suggestion.ATTRIBUTIONS, Suggestion.QUOTES, Suggestion.ENTITIES));
        on.removeAll(off);
        return on;
    }

    static String recommenderOf(Annotation a) {
        if (a instanceof Entity) {
            return Suggestion.ENTITIES;
        }
        return a instanceof org.tandai.model.Source s && "direct".equals(s.form()) ? Suggestion.QUOTES : Suggestion.ATTRIBUTIONS;
    }

    private static double confidenceOf(Annotation a) {
        Object c = a.extras().get(Suggestions.CONFIDENCE);
        if (c instanceof com.google.gson.JsonPrimitive p && p.isNumber()) {
            return p.getAsDouble();
        }
        return c instanceof Number n ? n.doubleValue() : 0;
    }

    private void show(List<Pending> pending, String currentKey) {
        items.setAll(pending);
        count.set(pending.size());
        Map<String, Annotation> drawn = new java.util.LinkedHashMap<>();
        for (Pending p : pending) {
            if (!p.inDocument()) {
                drawn.put(p.suggestion().key(), p.annotation());
            }
        }
        highlights.show(drawn);
        Pending now = null;
        for (Pending p : pending) {
            if (p.suggestion().key() != null && p.suggestion().key().equals(currentKey)) {
                now = p;
            }
        }
        setCurrent(now, false);
    }

    /** Makes a suggestion the current one; {@code reveal} also selects its text and scrolls to it. */
    public void setCurrent(Pending p, boolean reveal) {
        current.set(p);
        highlights.showCurrent(p == null ? null : p.annotation());
        if (p != null && reveal) {
            article.reveal(p.annotation().anchorSpan());
        }
    }

    /** Tab / Shift+Tab: moves to the next or previous suggestion, wrapping; false when there is none. */
    public boolean step(boolean forward) {
        if (items.isEmpty()) {
            return false;
        }
        int i = items.indexOf(current.get());
        int n = items.size();
        int next = i < 0 ? (forward ? 0 : n - 1) : Math.floorMod(i + (forward ? 1 : -1), n);
        setCurrent(items.get(next), true);
        return true;
    }

    /** Enter: accepts the current suggestion; false when there is none. */
    public boolean acceptCurrent() {
        Pending p = current.get();
        return p != null && decide(List.of(p), true, messages.get("suggest.edit.accept"));
    }

    /** Backspace: rejects the current suggestion; false when there is none. */
    public boolean rejectCurrent() {
        Pending p = current.get();
        return p != null && decide(List.of(p), false, messages.get("suggest.edit.reject"));
    }

    /** Annotate ▸ Accept All Suggested …: every open suggestion of one recommender, one undoable step. */
    public int acceptAll(String recommender) {
        List<Pending> these = items.stream().filter(p -> p.recommender().equals(recommender)).toList();
        return decide(these, true, messages.get("suggest.edit.acceptAll." + recommender)) ? these.size() : 0;
    }

    private boolean decide(List<Pending> chosen, boolean accept, String description) {
        return decide(chosen, accept, description, accept ? SuggestionDecisions::accept : SuggestionDecisions::reject);
    }

    /** Accepts one suggestion the way {@code how} builds it (corrected in the Source form), as one undoable step. */
    boolean acceptAs(Pending p, String description, java.util.function.BiFunction<SuggestionDecisions, Pending, String> how) {
        return decide(List.of(p), true, description, how);
    }

    DocumentSession session() {
        return session;
    }

    /** The folder's gazetteer the accepts teach, or null before the first run. */
    Gazetteer gazetteer() {
        return knowledge == null ? null : knowledge.gazetteer();
    }

    private boolean decide(List<Pending> chosen, boolean accept, String description,
            java.util.function.BiFunction<SuggestionDecisions, Pending, String> how) {
        DocumentSession s = session;
        if (s == null || chosen.isEmpty()) {
            return false;
        }
        SuggestionDecisions step = new SuggestionDecisions(s, idsByKey);
        List<String> ids = new ArrayList<>();
        for (Pending p : chosen) {
            ids.add(how.apply(step, p));
        }
        int at = items.indexOf(chosen.get(0));
        deciding = true;
        boolean done;
        try {
            done = s.apply(description + (chosen.size() == 1 ? " " + chosen.get(0).label(messages).substring(6) : ""), step.changes());
        } finally {
            deciding = false;
        }
        if (!done) {
            status.accept(messages.get("suggest.readOnly"));
            return false;
        }
        List<Pending> left = new ArrayList<>(items);
        left.removeAll(chosen);
        if (accept) {
            for (int i = 0; i < ids.size(); i++) {
                Annotation a = s.find(ids.get(i));
                left = remaining(left, a);
                learn(chosen.get(i), a);
            }
        }
        Pending next = left.isEmpty() ? null : left.get(Math.min(Math.max(at, 0), left.size() - 1));
        if (accept && ids.size() == 1) {
            // Shown in its panel's form, where the speaker, cue and content can be corrected.
            selection.select(ids.get(0), null);
        }
        show(left, null);
        setCurrent(next, next != null && chosen.size() == 1);
        status.accept(messages.get(accept ? "suggest.accepted" : "suggest.rejected", chosen.size() == 1
                ? chosen.get(0).label(messages).substring(6) : messages.get("suggest.count", chosen.size()), left.size()));
        refresh();
        return true;
    }

    /** The cheap update after an accept: the window's own suggestions at the same place go. */
    private static List<Pending> remaining(List<Pending> open, Annotation accepted) {
        List<Suggestion> window = open.stream().filter(p -> !p.inDocument()).map(Pending::suggestion).toList();
        Set<Suggestion> kept = new java.util.HashSet<>(Suggestions.remainingAfter(window, accepted));
        return open.stream().filter(p -> p.inDocument() || kept.contains(p.suggestion())).toList();
    }

    /** An accepted mention teaches the corpus's gazetteer at once (decision 1002). */
    private void learn(Pending p, Annotation a) {
        if (knowledge != null && a instanceof Entity e && p.annotation() instanceof Entity m && !m.mentions().isEmpty()) {
            knowledge.gazetteer().learn(m.mentions().get(0).exact(), e.type(), e.name());
            taught.add(knowledge.gazetteer(), e.id(), m.mentions().get(0), e.type(), e.name());
        }
    }
}
