package org.tandai.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tandai.model.Span;

/**
 * Source agreement between two layers (docs/agreement.md, "Sources"): whole attributions matched
 * as (speaker, cue, content) triples, exactly and with overlapping spans, and each part on its
 * own, exactly and by overlap: the speakers, the cues, the contents.
 */
public final class SourceScores {
    /** Counts matched exactly and by overlap. */
    public record Both(Counts exact, Counts overlap) {
        static final Both ZERO = new Both(Counts.ZERO, Counts.ZERO);

        Both plus(Both o) {
            return new Both(exact.plus(o.exact), overlap.plus(o.overlap));
        }
    }

    private Both triples = Both.ZERO;
    private Both speaker = Both.ZERO;
    private Both cue = Both.ZERO;
    private Both content = Both.ZERO;

    static SourceScores of(List<Attribution> a, List<Attribution> b) {
        SourceScores s = new SourceScores();
        s.triples = new Both(count(a, b, Attribution::bounds, (x, y) -> x.sameSpeaker(y, true)
                        && Spans.exact(x.cue(), y.cue()) && Spans.exact(x.content(), y.content()) ? 0 : -1),
                count(a, b, Attribution::bounds, (x, y) -> x.sameSpeaker(y, false)
                        && (x.cue() == null && y.cue() == null || Spans.overlap(x.cue(), y.cue()))
                        && (x.content() == null && y.content() == null || Spans.overlap(x.content(), y.content()))
                        ? Spans.shared(x.cue(), y.cue()) + Spans.shared(x.content(), y.content()) : -1));
        List<Attribution> sa = withSpeaker(a);
        List<Attribution> sb = withSpeaker(b);
        s.speaker = new Both(count(sa, sb, Attribution::bounds, (x, y) -> x.samePlace(y) && x.sameSpeaker(y, true) ? 0 : -1),
                count(sa, sb, Attribution::bounds, (x, y) -> x.samePlace(y) && x.sameSpeaker(y, false) ? 0 : -1));
        s.cue = part(a, b, Attribution::cue);
        s.content = part(a, b, Attribution::content);
        return s;
    }

    private static List<Attribution> withSpeaker(List<Attribution> l) {
        List<Attribution> out = new ArrayList<>(l.size());
        for (Attribution x : l) {
            if (x.hasSpeaker()) {
                out.add(x);
            }
        }
        return out;
    }

    /** One part (cue or content) of every source that has it, matched exactly and by overlap. */
    private static Both part(List<Attribution> a, List<Attribution> b, Function<Attribution, Span> part) {
        List<Span> pa = new ArrayList<>();
        List<Span> pb = new ArrayList<>();
        for (Attribution x : a) {
            if (part.apply(x) != null) {
                pa.add(part.apply(x));
            }
        }
        for (Attribution x : b) {
            if (part.apply(x) != null) {
                pb.add(part.apply(x));
            }
        }
        pa.sort(Span::compare);
        pb.sort(Span::compare);
        return new Both(count(pa, pb, OneToOne::bounds, (x, y) -> Spans.exact(x, y) ? 0 : -1),
                count(pa, pb, OneToOne::bounds, (x, y) -> Spans.overlap(x, y) ? Spans.shared(x, y) : -1));
    }

    private static <T> Counts count(List<T> a, List<T> b, Function<T, int[]> bounds, OneToOne.Rule<T, T> rule) {
        return Counts.of(OneToOne.match(a, b, bounds, bounds, rule).size(), a.size(), b.size());
    }

    public void add(SourceScores o) {
        triples = triples.plus(o.triples);
        speaker = speaker.plus(o.speaker);
        cue = cue.plus(o.cue);
        content = content.plus(o.content);
    }

    /** Whole attributions. */
    public Both triples() {
        return triples;
    }

    public Both speaker() {
        return speaker;
    }

    public Both cue() {
        return cue;
    }

    public Both content() {
        return content;
    }
}
