package org.tandai.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandai.model.ArticleText;
import org.tandai.model.Span;

/** How spans in pieces match, how units pair one to one, and when a coefficient is undefined. */
class SpansTest {
    private static final ArticleText TEXT = ArticleText.of("0123456789abcdefghij");

    private static Span s(int start, int end) {
        return Span.of(TEXT, start, end);
    }

    private static Span pieces(int... bounds) {
        return Span.ofFragments(List.of(s(bounds[0], bounds[1]), s(bounds[2], bounds[3])));
    }

    @Test
    void aSpanInPiecesMatchesExactlyOnlyWhenEveryFragmentIsEqual() {
        assertTrue(Spans.exact(pieces(0, 2, 4, 6), pieces(0, 2, 4, 6)));
        assertEquals(Spans.key(pieces(0, 2, 4, 6)), Spans.key(pieces(0, 2, 4, 6)));
        // Same bounds 0..6, different pieces.
        assertFalse(Spans.exact(pieces(0, 2, 4, 6), pieces(0, 3, 4, 6)));
        assertFalse(Spans.exact(pieces(0, 2, 4, 6), s(0, 6)));
        assertFalse(Spans.key(pieces(0, 2, 4, 6)).equals(Spans.key(s(0, 6))));
    }

    @Test
    void aSpanInPiecesOverlapsWhenAnyFragmentSharesACodePoint() {
        assertTrue(Spans.overlap(pieces(0, 2, 4, 6), s(5, 9)));
        // 2..4 is the gap between the pieces: inside the bounds, but no fragment is there.
        assertFalse(Spans.overlap(pieces(0, 2, 4, 6), s(2, 4)));
        // Shared code points are counted fragment by fragment: 1 (at 1) + 2 (4..6).
        assertEquals(3, Spans.shared(pieces(0, 2, 4, 6), s(1, 8)));
        assertEquals(0, Spans.shared(s(0, 2), s(2, 4)));
    }

    @Test
    void oneToOneTakesTheLargestOverlapFirstAndUsesEachUnitOnce() {
        // a0 = 0..10 overlaps b0 = 0..3 (3) and b1 = 2..10 (8); a1 = 8..12 overlaps b1 (2).
        List<Span> a = List.of(s(0, 10), s(8, 12));
        List<Span> b = List.of(s(0, 3), s(2, 10));
        List<OneToOne.Pair> pairs = OneToOne.match(a, b, OneToOne::bounds, OneToOne::bounds,
                (x, y) -> Spans.overlap(x, y) ? Spans.shared(x, y) : -1);
        assertEquals(List.of(new OneToOne.Pair(0, 1)), pairs);
    }

    @Test
    void kappaIsUndefinedWithoutItemsOrWithOneCategoryOnly() {
        CategoryTable t = new CategoryTable(2);
        assertNull(t.cohen().value());
        t.add("PERSON", "PERSON");
        t.add("PERSON", "PERSON");
        assertNull(t.cohen().value(), "A_E = 1: 0/0");
        assertEquals(2, t.cohen().items());
        t.add("LOCATION", "LOCATION");
        assertEquals(1.0, t.cohen().value(), 1e-12);
    }

    @Test
    void alphaUIsListedForEveryTypeSomeLayerUsedAndOnlyThose() {
        assertEquals(Map.of(), new UnitizingAlpha(2, 10).perCategory());
        // Both mark the whole text (L = 10): D_O = 0, D_E = (2/10)·2·(2000 − 300 + 10)/3 / (380 − 180) > 0: αU = 1.
        UnitizingAlpha whole = new UnitizingAlpha(2, 10);
        whole.add(0, "PERSON", 0, 10);
        whole.add(1, "PERSON", 0, 10);
        assertEquals(Map.of("PERSON", 1.0), whole.perCategory());
        // Only rater 0 marks the whole text. D_O = 2·10² / (2·10²) = 1. D_E: one unit, l = 10, Σ l(l−1) = 90,
        // rater 1's gap [10]: (2/10)·10²·(10 − 10 + 1) / (2·10·19 − 90) = 20/290. αU = 1 − 290/20 = −13.5.
        UnitizingAlpha one = new UnitizingAlpha(2, 10);
        one.add(0, "PERSON", 0, 10);
        assertEquals(-13.5, one.perCategory().get("PERSON"), 1e-9);
    }

    @Test
    void overlappingUnitsOfOneRaterAreJoinedBeforeAlphaU() {
        // Rater 0 marks 0..4 and 2..6 (joined: 0..6); rater 1 marks 0..6: the same stretch, αU = 1.
        UnitizingAlpha a = new UnitizingAlpha(2, 20);
        a.add(0, "PERSON", 0, 4);
        a.add(0, "PERSON", 2, 6);
        a.add(1, "PERSON", 0, 6);
        assertEquals(1.0, a.perCategory().get("PERSON"), 1e-12);
    }
}
