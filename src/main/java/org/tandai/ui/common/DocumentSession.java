package org.tandai.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.Kind;
import org.tandai.model.TagSet;

/**
 * One open article: its text, its annotations, the tag set in force, and its undo history. All
 * changes go through {@link #apply(String, List)}, which wraps them in an undoable command and tells
 * the listeners (panels, the article highlights) exactly which annotations changed, so they can
 * update only those.
 */
public final class DocumentSession {
    private final Path article;
    private final ArticleText text;
    private final AnnotatedDocument doc;
    private final TagSet tags;
    private final boolean readOnly;
    private final String readOnlyReason;
    private final UndoHistory history = new UndoHistory();
    private final List<Consumer<List<Change>>> listeners = new ArrayList<>();
    private final Clock clock;
    /** Id index: the model's lookups scan lists, which is too slow for table cells at 10,000 annotations. */
    private final java.util.Map<String, Annotation> byId = new java.util.HashMap<>();
    private String annotator;
    private final org.tandai.i18n.Messages messages;

    /** {@code messages}: the language of the undo labels ("Undo New claim") and descriptions made from it. */
    public DocumentSession(Path article, ArticleText text, AnnotatedDocument doc, TagSet tags,
                           String readOnlyReason, String annotator, Clock clock, org.tandai.i18n.Messages messages) {
        this.messages = messages;
        this.article = article;
        this.text = text;
        this.doc = doc;
        this.tags = tags;
        this.readOnly = readOnlyReason != null;
        this.readOnlyReason = readOnlyReason;
        this.annotator = annotator;
        this.clock = clock;
        for (Annotation a : doc.all()) {
            byId.put(a.id(), a);
        }
    }

    /** The window's language, for the texts made from this document. */
    public org.tandai.i18n.Messages messages() {
        return messages;
    }

    /** The annotation with this id, or null; O(1). */
    public Annotation find(String id) {
        return id == null ? null : byId.get(id);
    }

    public org.tandai.model.Entity entity(String id) {
        return find(id) instanceof org.tandai.model.Entity e ? e : null;
    }

    public org.tandai.model.Claim claim(String id) {
        return find(id) instanceof org.tandai.model.Claim c ? c : null;
    }

    public org.tandai.model.Source source(String id) {
        return find(id) instanceof org.tandai.model.Source x ? x : null;
    }

    public Path article() {
        return article;
    }

    public String name() {
        return article.getFileName().toString();
    }

    public ArticleText text() {
        return text;
    }

    /** The live document. Treat its annotations as read-only: edit through {@link #apply}. */
    public AnnotatedDocument document() {
        return doc;
    }

    public TagSet tags() {
        return tags;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Why the document cannot be saved (a broken or newer sidecar), or null. */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    public UndoHistory history() {
        return history;
    }

    public String annotator() {
        return annotator;
    }

    public void setAnnotator(String annotator) {
        this.annotator = annotator;
    }

    public String newId(Kind kind) {
        return doc.newId(kind);
    }

    /** Stamps an annotation about to be added or changed with the annotator and the time. */
    public <T extends Annotation> T stamp(T a) {
        a.touch(annotator, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        return a;
    }

    public void addListener(Consumer<List<Change>> l) {
        listeners.add(l);
    }

    public void removeListener(Consumer<List<Change>> l) {
        listeners.remove(l);
    }

    /**
     * Applies the changes as one undoable step named {@code description}. Returns false (and does
     * nothing) when the document is read-only or there is nothing to change.
     */
    public boolean apply(String description, List<Change> changes) {
        return apply(description, changes, null);
    }

    /**
     * Applies the changes together with a change to the document outside its annotations (its
     * merge conflicts, its metadata), as one undoable step: {@code alongside} runs after the
     * annotation changes and is undone before them; the listeners hear of it after it ran. With an
     * {@code alongside}, an empty list of changes is allowed.
     */
    public boolean apply(String description, List<Change> changes, Command alongside) {
        if (readOnly || changes.isEmpty() && alongside == null) {
            return false;
        }
        List<Change> forward = List.copyOf(changes);
        List<Change> backward = new ArrayList<>();
        for (int i = forward.size() - 1; i >= 0; i--) {
            backward.add(forward.get(i).inverse());
        }
        history.execute(new Command() {
            @Override
            public void execute() {
                if (alongside != null) {
                    List<Change> done = applyNow(forward, false);
                    alongside.execute();
                    notifyListeners(done);
                } else {
                    applyNow(forward, true);
                }
            }

            @Override
            public void undo() {
                if (alongside != null) {
                    alongside.undo();
                }
                applyNow(backward, true);
            }

            @Override
            public String describe() {
                return description;
            }
        });
        return true;
    }

    private List<Change> applyNow(List<Change> changes, boolean notify) {
        List<Change> done = new ArrayList<>(changes.size());
        for (Change c : changes) {
            if (c.after() == null) {
                byId.remove(c.before().id());
                int idx = doc.remove(c.before().id());
                done.add(new Change(c.before(), null, idx));
            } else if (c.before() == null) {
                byId.put(c.after().id(), c.after());
                doc.addAt(c.after(), c.index());
                done.add(c);
            } else {
                byId.put(c.after().id(), c.after());
                doc.replace(c.after());
                done.add(c);
            }
        }
        if (notify) {
            notifyListeners(done);
        }
        return done;
    }

    private void notifyListeners(List<Change> done) {
        List<Change> view = List.copyOf(done);
        for (Consumer<List<Change>> l : List.copyOf(listeners)) {
            l.accept(view);
        }
    }

    /**
     * A shallow copy for saving off the JavaFX thread. Because annotations are swapped, never
     * mutated, sharing them with the copy is safe and the copy costs one pointer per annotation.
     */
    public AnnotatedDocument snapshot() {
        return doc.shallowCopy();
    }
}
