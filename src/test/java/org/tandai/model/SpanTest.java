package org.tandai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SpanTest {
    private static final ArticleText TEXT = ArticleText.of("Menurut BPS 😀, harga beras naik pada bulan Maret menurut data resmi pemerintah.");

    @Test
    void textBackedSpanHasTheSameValuesAndEqualityAsOneHoldingStrings() {
        Span backed = Span.of(TEXT, 8, 11);
        Span literal = new Span(8, 11, "BPS", "Menurut ", " 😀, harga beras naik pada bulan ", Anchor.OK);
        assertEquals("BPS", backed.exact());
        assertEquals("Menurut ", backed.prefix());
        assertEquals(" 😀, harga beras naik pada bulan ", backed.suffix());
        assertEquals(literal, backed);
        assertEquals(backed, literal);
        assertEquals(literal.hashCode(), backed.hashCode());
        assertEquals(literal.toString(), backed.toString());
    }

    @Test
    void backingKeepsTheStringsWhenTheFileDisagreesWithTheText() {
        Span shortContext = new Span(8, 11, "BPS", "rut ", "", Anchor.OK);
        assertSame(shortContext, shortContext.backedBy(TEXT));
        Span moved = new Span(8, 11, "BPX", "Menurut ", "", Anchor.REVIEW);
        assertSame(moved, moved.backedBy(TEXT));
        Span outside = new Span(500, 503, "BPS", "", "", Anchor.OK);
        assertSame(outside, outside.backedBy(TEXT));
    }

    @Test
    void backingAStandardSpanKeepsItsValuesAndAnchor() {
        Span literal = Span.of(TEXT, 15, 20).withAnchor(Anchor.REVIEW);
        Span copy = new Span(literal.start(), literal.end(), literal.exact(), literal.prefix(), literal.suffix(), Anchor.REVIEW);
        Span backed = copy.backedBy(TEXT);
        assertEquals(copy, backed);
        assertEquals(Anchor.REVIEW, backed.anchor());
        assertNotEquals(backed, backed.withAnchor(Anchor.OK));
        assertEquals("harga", backed.withAnchor(Anchor.OK).exact());
    }

    @Test
    void matchesComparesACodePointRangeWithoutSlicing() {
        assertEquals(true, TEXT.matches(12, 13, "😀"));
        assertEquals(false, TEXT.matches(12, 13, "?"));
        assertEquals(true, TEXT.matches(0, 7, "Menurut"));
    }
}
