package org.tandai.suggest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;

/**
 * Who speaks, as words, for comparing speakers: an entity's name and the texts of its mentions, or
 * the speaker description. A suggested speaker matches exactly when one of its names equals one of
 * the gold names (ignoring case), and by overlap when they share a word of three letters or more.
 */
final class Speakers {
    private final AnnotatedDocument gold;

    Speakers(AnnotatedDocument gold) {
        this.gold = gold;
    }

    Set<String> of(Source s) {
        return names(gold, s);
    }

    private static Set<String> names(AnnotatedDocument doc, Source s) {
        Set<String> out = new HashSet<>();
        if (s.speaker() != null) {
            Entity e = doc.entity(s.speaker());
            if (e != null) {
                out.add(e.name().toLowerCase(Locale.ROOT));
                for (Span m : e.mentions()) {
                    out.add(m.exact().toLowerCase(Locale.ROOT));
                }
            }
        }
        if (s.speakerDescription() != null) {
            out.add(s.speakerDescription().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    boolean exact(Source g, Source p) {
        Set<String> mine = names(gold, p);
        for (String n : names(gold, g)) {
            if (mine.contains(n)) {
                return true;
            }
        }
        return false;
    }

    boolean overlap(Source g, Source p) {
        Set<String> words = new HashSet<>();
        for (String n : names(gold, p)) {
            for (String w : n.split("[^\\p{L}\\p{N}]+")) {
                if (w.length() >= 3 || w.length() >= 2 && Character.isLetter(w.charAt(0))) {
                    words.add(w);
                }
            }
        }
        for (String n : names(gold, g)) {
            for (String w : n.split("[^\\p{L}\\p{N}]+")) {
                if (words.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
