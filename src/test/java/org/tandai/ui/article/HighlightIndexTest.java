package org.tandai.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class HighlightIndexTest {
    private static List<String> runs(StyleSpans<Collection<String>> spans) {
        List<String> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) {
            out.add(s.getLength() + String.join("+", s.getStyle()));
        }
        return out;
    }

    @Test
    void overlappingHighlightsFlattenIntoRunsWithTheUnionOfClasses() {
        HighlightIndex idx = new HighlightIndex();
        idx.reset(List.of(new HighlightIndex.Seg(2, 8, "claim", "c1"),
                new HighlightIndex.Seg(4, 6, "ent-PERSON", "e1"),
                new HighlightIndex.Seg(6, 10, "cue", "s1")));
        assertEquals(List.of("2", "2claim", "2claim+ent-PERSON", "2claim+cue", "2cue", "2"), runs(idx.styles(0, 12)));
    }

    @Test
    void aRangeQueryClipsSegmentsAtItsEdges() {
        HighlightIndex idx = new HighlightIndex();
        idx.reset(List.of(new HighlightIndex.Seg(0, 100, "claim", "c1")));
        assertEquals(List.of("10claim"), runs(idx.styles(40, 50)));
    }

    @Test
    void removingAnOwnerReturnsItsSegmentsAndUnstylesThem() {
        HighlightIndex idx = new HighlightIndex();
        idx.reset(List.of(new HighlightIndex.Seg(0, 5, "ent-PERSON", "e1"), new HighlightIndex.Seg(3, 9, "claim", "c1")));
        assertEquals(1, idx.remove("e1").size());
        assertEquals(List.of("3", "6claim"), runs(idx.styles(0, 9)));
        assertEquals(List.of("c1"), idx.ownersAt(4));
    }

    @Test
    void ownersAtListsTheShortestHighlightFirst() {
        HighlightIndex idx = new HighlightIndex();
        idx.add(List.of(new HighlightIndex.Seg(0, 50, "claim", "c1")));
        idx.add(List.of(new HighlightIndex.Seg(10, 14, "ent-PERSON", "e1")));
        assertEquals(List.of("e1", "c1"), idx.ownersAt(12));
        assertEquals(List.of("c1"), idx.ownersAt(30));
    }

    @Test
    void tenThousandHighlightsShareAFewStyleObjects() {
        HighlightIndex idx = new HighlightIndex();
        List<HighlightIndex.Seg> segs = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            segs.add(new HighlightIndex.Seg(i * 10, i * 10 + 4, i % 2 == 0 ? "ent-PERSON" : "claim", "a" + i));
        }
        idx.reset(segs);
        StyleSpans<Collection<String>> spans = idx.styles(0, 100_000);
        assertEquals(20_000, spans.getSpanCount());
        assertEquals(100_000, spans.length());
    }

    @Test
    void manySegmentsAddedAndRemovedAtOnceStyleLikeOneByOne() {
        // Find matches of a common word arrive as thousands of segments: the bulk path (one sort,
        // one sweep) must leave exactly the index that inserting them one at a time would.
        HighlightIndex bulk = new HighlightIndex();
        HighlightIndex single = new HighlightIndex();
        List<HighlightIndex.Seg> base = List.of(new HighlightIndex.Seg(5, 40, "claim", "c1"),
                new HighlightIndex.Seg(300, 320, "ent-PERSON", "e1"));
        bulk.reset(base);
        single.reset(base);
        List<HighlightIndex.Seg> found = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            found.add(new HighlightIndex.Seg(i * 3, i * 3 + 2, "find-match", "#find"));
        }
        bulk.add(found);
        for (HighlightIndex.Seg g : found) {
            single.add(List.of(g));
        }
        assertEquals(runs(single.styles(0, 1600)), runs(bulk.styles(0, 1600)));
        assertEquals(List.of("2ent-PERSON+find-match"), runs(bulk.styles(300, 302)));
        assertEquals(500, bulk.remove("#find").size());
        assertEquals(List.of("5", "35claim", "260", "20ent-PERSON", "80"), runs(bulk.styles(0, 400)));
        assertEquals(2, bulk.size());
    }
}
