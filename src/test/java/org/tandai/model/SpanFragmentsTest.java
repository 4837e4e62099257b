package org.tandai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A span in several pieces: the split quote "“Kami siap,” kata Budi, “untuk bekerja sama.”". */
class SpanFragmentsTest {
    private static final ArticleText TEXT = ArticleText.of("“Kami siap,” kata Budi, “untuk bekerja sama.”");

    private static Span piece(String quote) {
        int at = TEXT.text().indexOf(quote);
        int start = TEXT.text().codePointCount(0, at);
        return Span.of(TEXT, start, start + quote.codePointCount(0, quote.length()));
    }

    @Test
    void twoPiecesHaveBoundsQuotesAndContextOfTheirOwn() {
        Span first = piece("Kami siap");
        Span second = piece("untuk bekerja sama.");
        Span content = Span.ofFragments(List.of(first, second));

        assertTrue(content.isMultiFragment());
        assertEquals(List.of(first, second), content.fragments());
        assertEquals(first.start(), content.start());
        assertEquals(second.end(), content.end());
        assertEquals("Kami siap … untuk bekerja sama.", content.exact());
        assertEquals(first.prefix(), content.prefix());
        assertEquals(second.suffix(), content.suffix());
        assertEquals(first.length() + second.length(), content.length());
        assertFalse(content.contains(TEXT.text().indexOf("kata")), "the gap with the cue is not part of the content");
        assertTrue(content.contains(second.start()));
    }

    @Test
    void oneFragmentIsThatSpanAndOrderOverlapAndEmptinessAreRefusedByIndex() {
        Span a = piece("Kami siap");
        assertEquals(a, Span.ofFragments(List.of(a)));
        assertFalse(a.isMultiFragment());
        assertEquals(List.of(a), a.fragments());

        Span b = piece("untuk bekerja sama.");
        IllegalArgumentException outOfOrder = assertThrows(IllegalArgumentException.class,
                () -> Span.ofFragments(List.of(b, a)));
        assertTrue(outOfOrder.getMessage().startsWith("fragments[1]"), outOfOrder.getMessage());
        Span overlapping = Span.of(TEXT, a.start() + 2, a.end() + 3);
        assertTrue(Fragments.problemsOf(List.of(a, overlapping)).contains("overlaps fragments[0]"));
        Span empty = Span.of(TEXT, 20, 20);
        assertTrue(Fragments.problemsOf(List.of(a, empty)).contains("fragments[1] is empty"));
        assertThrows(IllegalArgumentException.class, () -> Span.ofFragments(List.of()));
    }

    @Test
    void sameOffsetsAndTheOffsetKeyAgreeOnPiecesNotOnBoundsAlone() {
        Span two = Span.ofFragments(List.of(piece("Kami siap"), piece("untuk bekerja sama.")));
        Span again = Span.ofFragments(List.of(piece("Kami siap"), piece("untuk bekerja sama.")));
        Span otherGap = Span.ofFragments(List.of(piece("Kami siap,"), piece("untuk bekerja sama.")));
        assertTrue(Fragments.sameOffsets(two, again));
        assertEquals(Fragments.offsetKey(two), Fragments.offsetKey(again));
        assertFalse(Fragments.sameOffsets(two, otherGap), "same start and end, another first piece");
        assertFalse(Fragments.offsetKey(two).equals(Fragments.offsetKey(otherGap)));
        Span first = two.fragments().get(0);
        assertEquals(first.start() + "-" + first.end(), Fragments.offsetKey(first));
        assertEquals(first.start() + "-" + first.end() + "," + two.fragments().get(1).start() + "-" + two.end(),
                Fragments.offsetKey(two));
    }

    @Test
    void anchorOfTheWholeComesFromItsFragments() {
        Span a = piece("Kami siap");
        Span b = piece("untuk bekerja sama.");
        Span both = Span.ofFragments(List.of(a, b));
        assertEquals(Anchor.OK, both.anchor());
        Span oneLost = both.withFragment(1, b.withAnchor(Anchor.ORPHANED));
        assertEquals(Anchor.REVIEW, oneLost.anchor(), "one fragment not placed makes the whole span REVIEW");
        Span allLost = oneLost.withFragment(0, a.withAnchor(Anchor.ORPHANED));
        assertEquals(Anchor.ORPHANED, allLost.anchor());
        assertEquals(Anchor.OK, allLost.withAnchor(Anchor.OK).anchor());
    }

    @Test
    void fragmentsAreAddedInTextOrderAndRemovedDownToOne() {
        Span a = piece("Kami siap");
        Span b = piece("untuk bekerja sama.");
        Span grown = b.withAttributes(Map.of("negated", true)).plusFragment(a);
        assertEquals(List.of(a, b), grown.fragments());
        assertEquals(Map.of("negated", true), grown.attributes(), "the whole span keeps its attributes");
        assertNull(grown.plusFragment(Span.of(TEXT, a.start() + 1, a.end())), "an overlapping piece is refused");
        Span shrunk = grown.minusFragment(0);
        assertFalse(shrunk.isMultiFragment());
        assertEquals(b.withAttributes(Map.of("negated", true)), shrunk);
        assertNull(shrunk.minusFragment(0), "the last fragment cannot be removed");
    }

    @Test
    void equalityCoversFragmentsAndAttributes() {
        Span a = piece("Kami siap");
        Span b = piece("untuk bekerja sama.");
        Span both = Span.ofFragments(List.of(a, b));
        Span copy = Span.ofFragments(List.of(new Span(a.start(), a.end(), a.exact(), a.prefix(), a.suffix(), null),
                new Span(b.start(), b.end(), b.exact(), b.prefix(), b.suffix(), null)));
        assertEquals(both, copy);
        assertEquals(both.hashCode(), copy.hashCode());
        assertFalse(both.equals(Span.of(TEXT, a.start(), b.end())), "pieces differ from the whole stretch");
        assertFalse(both.equals(both.withAttributes(Map.of("hedged", true))));
        assertTrue(both.overlaps(Span.of(TEXT, b.start() + 1, b.start() + 3)));
        assertFalse(both.overlaps(Span.of(TEXT, a.end() + 1, b.start() - 1)), "a span in the gap does not overlap");
    }
}
