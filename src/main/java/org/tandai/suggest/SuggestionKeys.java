package org.tandai.suggest;

import java.util.Locale;
import org.tandai.model.Annotation;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Fragments;
import org.tandai.model.Span;

/**
 * The stable key of a suggestion, made from what it proposes and where (decision 1004):
 * {@code entity:PERSON:12-23} for a mention, {@code source:40-50>52-90,95-120} for an attribution
 * (cue, then content fragments; {@code -} when absent). The same proposal on the same text gets the
 * same key in every run, so a rejected annotation kept in the sidecar keeps its suggestion away.
 */
public final class SuggestionKeys {
    private SuggestionKeys() {
    }

    /** The key of an annotation as a suggestion, or null for kinds that are never suggested. */
    public static String of(Annotation a) {
        if (a instanceof Entity e) {
            return e.mentions().isEmpty() ? null : entity(e.type(), e.mentions().get(0));
        }
        if (a instanceof Source s) {
            return source(s.cue(), s.content());
        }
        return null;
    }

    public static String entity(String type, Span mention) {
        return "entity:" + (type == null ? "" : type.toUpperCase(Locale.ROOT)) + ":" + span(mention);
    }

    public static String source(Span cue, Span content) {
        return "source:" + span(cue) + ">" + span(content);
    }

    private static String span(Span s) {
        return s == null ? "-" : Fragments.offsetKey(s);
    }
}
