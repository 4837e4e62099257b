package org.tandai.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;

/**
 * One source of one layer as agreement sees it: the (speaker, cue, content) triple. A speaker is
 * an entity of that layer, known across layers by its mention spans (ids differ from layer to
 * layer), or a free description (docs/agreement.md, "Sources").
 */
record Attribution(Entity speaker, Set<String> speakerSpans, String description, Span cue, Span content) {

    /** The sources of a layer, in text order (by cue, else content). */
    static List<Attribution> of(AnnotatedDocument doc) {
        List<Attribution> out = new ArrayList<>(doc.sources().size());
        for (Source s : doc.sources()) {
            Entity e = doc.entity(s.speaker());
            Set<String> keys = Set.of();
            if (e != null && !e.mentions().isEmpty()) {
                keys = new HashSet<>();
                for (Span m : e.mentions()) {
                    keys.add(Spans.key(m));
                }
            }
            String d = s.speakerDescription() == null || s.speakerDescription().isBlank() ? null
                    : s.speakerDescription().strip().toLowerCase(Locale.ROOT);
            out.add(new Attribution(e, keys, e == null ? d : null, s.cue(), s.content()));
        }
        out.sort(Comparator.comparing(Attribution::place, Span::compare));
        return out;
    }

    /** The first of cue and content: where the attribution is, for sorting. */
    Span place() {
        return cue == null ? content : content == null || Span.compare(cue, content) <= 0 ? cue : content;
    }

    boolean hasSpeaker() {
        return speaker != null || description != null;
    }

    /** The union of the cue's and the content's extent, or null for a source with neither. */
    int[] bounds() {
        if (cue == null && content == null) {
            return null;
        }
        if (cue == null || content == null) {
            Span s = cue == null ? content : cue;
            return new int[] {s.start(), s.end()};
        }
        return new int[] {Math.min(cue.start(), content.start()), Math.max(cue.end(), content.end())};
    }

    /**
     * Whether the two name the same speaker. Entities: exact, they share a mention span; by overlap,
     * a mention of one overlaps a mention of the other; an entity without mentions is compared by
     * name, ignoring case. Descriptions: equal ignoring case and outer spaces. No speaker on both
     * sides agrees; an entity never agrees with a description.
     */
    boolean sameSpeaker(Attribution o, boolean exact) {
        if (speaker == null || o.speaker == null) {
            return speaker == null && o.speaker == null && java.util.Objects.equals(description, o.description);
        }
        if (speakerSpans.isEmpty() || o.speakerSpans.isEmpty()) {
            return speaker.name() != null && o.speaker.name() != null
                    && speaker.name().strip().equalsIgnoreCase(o.speaker.name().strip());
        }
        for (String k : speakerSpans) {
            if (o.speakerSpans.contains(k)) {
                return true;
            }
        }
        if (exact) {
            return false;
        }
        for (Span m : speaker.mentions()) {
            for (Span n : o.speaker.mentions()) {
                if (m.overlaps(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The two are at the same place: a cue or content of one overlaps one of the other, or neither has any. */
    boolean samePlace(Attribution o) {
        if (bounds() == null || o.bounds() == null) {
            return bounds() == null && o.bounds() == null;
        }
        return Spans.overlap(cue, o.cue) || Spans.overlap(cue, o.content) || Spans.overlap(content, o.cue)
                || Spans.overlap(content, o.content);
    }
}
