package org.tandai.ui.conflicts;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandai.merge.ConflictResolution;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.Conflict;
import org.tandai.model.DocumentInfo;
import org.tandai.store.StoreException;
import org.tandai.ui.common.Change;
import org.tandai.ui.common.Command;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Edits;

/**
 * The merge conflicts a git merge left in the open file ({@code tandai merge-driver}), and their
 * resolution one by one: "take ours" keeps what is in place and drops the conflict, "take theirs"
 * puts theirs' value (or theirs' version of the whole annotation, or its deletion) in place and
 * drops the conflict. Each is one undoable step; when none is left, the next save writes the file
 * without its {@code conflicts} field.
 */
public final class ConflictsViewModel {
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final org.tandai.i18n.Messages messages;
    private final Consumer<List<Change>> listener = changes -> refresh();
    private DocumentSession session;

    public ConflictsViewModel(DialogService dialogs, Consumer<String> status, org.tandai.i18n.Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.status = status;
    }

    public void setSession(DocumentSession s) {
        if (session != null) {
            session.removeListener(listener);
        }
        session = s;
        if (s != null) {
            s.addListener(listener);
        }
        refresh();
    }

    private void refresh() {
        conflicts.setAll(session == null ? List.of() : session.document().conflicts());
    }

    /** The unresolved conflicts, in the file's order. */
    public ObservableList<Conflict> conflicts() {
        return conflicts;
    }

    /** The status line's announcement when a file with {@code n} conflicts opens, or null when it has none. */
    public static String announcement(org.tandai.i18n.Messages messages, String name, int n) {
        return n == 0 ? null : messages.get("conflicts.announcement", name, n);
    }

    /** Keeps ours (already in place) and drops the conflict. */
    public boolean takeOurs(Conflict c) {
        if (!editable(c)) {
            return false;
        }
        return done(session.apply(messages.get("conflicts.edit.takeOurs", c.location()), List.of(), drop(c)), c, true);
    }

    /** Puts theirs' value in place and drops the conflict. */
    public boolean takeTheirs(Conflict c) {
        if (!editable(c)) {
            return false;
        }
        AnnotatedDocument doc = session.document();
        try {
            String what = messages.get("conflicts.edit.takeTheirs", c.location());
            if (ConflictResolution.onAnnotation(c)) {
                Annotation theirs = ConflictResolution.theirsAnnotation(doc, c);
                Annotation current = session.find(c.id());
                List<Change> changes;
                if (theirs == null) {
                    changes = current == null ? List.of() : new Edits(session).deletion(List.of(c.id()));
                } else {
                    changes = List.of(current == null ? Change.add(theirs) : Change.replace(current, theirs));
                }
                return done(session.apply(what, changes, drop(c)), c, false);
            }
            Command set = Conflict.DOCUMENT.equals(c.id()) ? setInfo(doc, ConflictResolution.theirsInfo(doc, c))
                    : setFileField(doc.extras(), c.field(), c.theirs());
            return done(session.apply(what, List.of(), both(set, drop(c))), c, false);
        } catch (StoreException e) {
            dialogs.showError(messages.get("conflicts.cannotTakeTheirs"), e.problem().location() + ": " + e.problem().message());
            return false;
        }
    }

    private boolean editable(Conflict c) {
        if (session == null || c == null) {
            return false;
        }
        if (session.readOnly()) {
            status.accept(messages.get("conflicts.readOnly", session.readOnlyReason()));
            return false;
        }
        return true;
    }

    private boolean done(boolean applied, Conflict c, boolean ours) {
        if (applied) {
            int left = session.document().conflicts().size();
            status.accept(messages.get(ours ? "conflicts.tookOurs" : "conflicts.tookTheirs", c.location(), left));
        }
        return applied;
    }

    /** Removes the conflict from the document; undo puts it back where it was. */
    private Command drop(Conflict c) {
        List<Conflict> list = session.document().conflicts();
        return new Command() {
            private int index;

            @Override
            public void execute() {
                index = list.indexOf(c);
                list.remove(index);
            }

            @Override
            public void undo() {
                list.add(index, c);
            }

            @Override
            public String describe() {
                return "resolve " + c.location();
            }
        };
    }

    private Command setInfo(AnnotatedDocument doc, DocumentInfo theirs) {
        DocumentInfo before = doc.info().copy();
        return new Command() {
            @Override
            public void execute() {
                ConflictResolution.copyInfo(theirs, doc.info());
            }

            @Override
            public void undo() {
                ConflictResolution.copyInfo(before, doc.info());
            }

            @Override
            public String describe() {
                return messages.get("conflicts.metadata");
            }
        };
    }

    private static Command setFileField(Map<String, Object> extras, String field, Object value) {
        boolean had = extras.containsKey(field);
        Object before = extras.get(field);
        return new Command() {
            @Override
            public void execute() {
                if (value == null) {
                    extras.remove(field);
                } else {
                    extras.put(field, value);
                }
            }

            @Override
            public void undo() {
                if (had) {
                    extras.put(field, before);
                } else {
                    extras.remove(field);
                }
            }

            @Override
            public String describe() {
                return field;
            }
        };
    }

    private static Command both(Command first, Command second) {
        return new Command() {
            @Override
            public void execute() {
                first.execute();
                second.execute();
            }

            @Override
            public void undo() {
                second.undo();
                first.undo();
            }

            @Override
            public String describe() {
                return first.describe();
            }
        };
    }

    /** A side's value for a table cell: compact JSON, or a word when that side has none. */
    public String show(Object value, boolean wholeAnnotation) {
        if (value == null) {
            return messages.get(wholeAnnotation ? "conflicts.deleted" : "conflicts.none");
        }
        String s = value.toString();
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }
}
