package org.tandai.ui.suggest;

import java.util.ArrayList;
import java.util.List;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.model.Status;
import org.tandai.suggest.Gazetteer;
import org.tandai.ui.common.DocumentSession;

/**
 * What the accepts in one article taught the corpus's gazetteer (decision 1002), followed through
 * undo and redo (decision 1021): after every change, a taught mention is learned exactly while its
 * entity is accepted with that mention, so undoing the accept unlearns it and redoing learns it again.
 */
final class TaughtNames {
    private static final class Taught {
        final Gazetteer gazetteer;
        final String id;
        final Span mention;
        final String type;
        final String name;
        boolean learned = true;

        Taught(Gazetteer gazetteer, String id, Span mention, String type, String name) {
            this.gazetteer = gazetteer;
            this.id = id;
            this.mention = mention;
            this.type = type;
            this.name = name;
        }
    }

    private final List<Taught> taught = new ArrayList<>();

    /** Records a mention the caller has just taught {@code gazetteer}. */
    void add(Gazetteer gazetteer, String entityId, Span mention, String type, String name) {
        taught.add(new Taught(gazetteer, entityId, mention, type, name));
    }

    /** A new article: what was learned stays learned, and is no longer followed. */
    void clear() {
        taught.clear();
    }

    /** After a change to the document: unlearns what is no longer there, learns again what is back. */
    void follow(DocumentSession session) {
        for (Taught t : taught) {
            boolean there = session != null && session.find(t.id) instanceof Entity e && e.status() == Status.ACCEPTED
                    && e.type().equals(t.type) && e.mentions().contains(t.mention);
            if (there != t.learned) {
                if (there) {
                    t.gazetteer.learn(t.mention.exact(), t.type, t.name);
                } else {
                    t.gazetteer.unlearn(t.mention.exact(), t.type, t.name);
                }
                t.learned = there;
            }
        }
    }
}
