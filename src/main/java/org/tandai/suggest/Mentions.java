package org.tandai.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.model.Status;

/** The accepted entity mentions of a document in text order: the entities a speaker can be. */
final class Mentions {
    record Mention(int start, int end, Entity entity) {
    }

    private final List<Mention> list = new ArrayList<>();

    Mentions(AnnotatedDocument doc) {
        for (Entity e : doc.entities()) {
            if (e.status() != Status.ACCEPTED) {
                continue;
            }
            for (Span m : e.mentions()) {
                list.add(new Mention(m.start(), m.end(), e));
            }
        }
        list.sort(Comparator.comparingInt(Mention::start));
    }

    /** Mentions lying wholly inside {@code [start, end)}, in text order. */
    List<Mention> within(int start, int end) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : list) {
            if (m.start() >= end) {
                break;
            }
            if (m.start() >= start && m.end() <= end) {
                out.add(m);
            }
        }
        return out;
    }
}
