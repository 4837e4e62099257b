package org.tandai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleTextTest {
    // The example from shared/reference/formats.md §6: BOM + emoji + CRLF.
    private static final String RAW = "\uFEFF“Harga naik 😀,” kata Sri.\r\nMenurut BPS…";

    @Test
    void normalizationDropsBomAndTurnsCrlfIntoLf() {
        ArticleText t = ArticleText.of(RAW);
        assertFalse(t.text().startsWith("\uFEFF"));
        assertFalse(t.text().contains("\r"));
        assertEquals("“Harga naik 😀,” kata Sri.\nMenurut BPS…", t.text());
        assertEquals("a\nb\nc", ArticleText.normalize("a\rb\r\nc"));
    }

    @Test
    void codePointOffsetsMatchPythonIndices() {
        ArticleText t = ArticleText.of(RAW);
        // Python on the normalized text: s.index("Sri") == 21, s.index("BPS") == 34 (formats.md §6)
        assertEquals(21, t.toCodePoint(t.text().indexOf("Sri")));
        assertEquals(34, t.toCodePoint(t.text().indexOf("BPS")));
        assertEquals("Sri", t.slice(21, 24));
        assertEquals("BPS", t.slice(34, 37));
        assertEquals(t.text().codePointCount(0, t.text().length()), t.length());
    }

    @Test
    void conversionsRoundTripAtEveryCodePoint() {
        ArticleText t = ArticleText.of("a😀b𝕏𝕐c 🇮🇩!");
        for (int cp = 0; cp <= t.length(); cp++) {
            int u = t.toUtf16(cp);
            assertEquals(t.text().offsetByCodePoints(0, cp), u, "cp " + cp);
            assertEquals(cp, t.toCodePoint(u), "utf16 " + u);
        }
    }

    @Test
    void indexInsideSurrogatePairIsDetected() {
        ArticleText t = ArticleText.of("x😀y");
        assertTrue(t.splitsSurrogatePair(2));
        assertFalse(t.splitsSurrogatePair(1));
        assertFalse(t.splitsSurrogatePair(3));
    }

    @Test
    void spanTakesQuoteAndThirtyTwoCodePointsOfContext() {
        String body = "😀".repeat(40) + "KIM" + "😀".repeat(40);
        ArticleText t = ArticleText.of(body);
        Span s = Span.of(t, 40, 43);
        assertEquals("KIM", s.exact());
        assertEquals("😀".repeat(32), s.prefix());
        assertEquals("😀".repeat(32), s.suffix());
        assertEquals(Anchor.OK, s.anchor());
    }

    @Test
    void hashIsOfNormalizedText() {
        assertEquals(ArticleText.of("a\r\nb").sha256(), ArticleText.of("\uFEFFa\nb").sha256());
        // sha256("abc") from FIPS 180-2.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ArticleText.of("abc").sha256());
    }

    @Test
    void offsetsAgreeWithTheJdkAcrossLongTextsWithEmojiEverywhere() {
        // Long enough to be scanned in several blocks, with pairs (and lone halves) on every boundary.
        java.util.Random rnd = new java.util.Random(3);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 20_000) {
            int r = rnd.nextInt(10);
            if (r == 0) {
                sb.appendCodePoint(0x1F600 + rnd.nextInt(50));
            } else if (r == 1 && rnd.nextInt(20) == 0) {
                sb.append('\uD83D');
            } else {
                sb.append((char) ('a' + rnd.nextInt(26)));
            }
        }
        String s = sb.toString();
        ArticleText t = ArticleText.ofNormalized(s);
        assertEquals(s.codePointCount(0, s.length()), t.length());
        for (int cp = 0; cp <= t.length(); cp++) {
            int utf16 = s.offsetByCodePoints(0, cp);
            assertEquals(utf16, t.toUtf16(cp), "code point " + cp);
            assertEquals(cp, t.toCodePoint(utf16), "UTF-16 index " + utf16);
        }
    }

    @Test
    void aFilesBytesGiveTheSameHashAsItsText() {
        String text = "Harga \uD83D\uDE00 naik.\n";
        assertEquals(ArticleText.of(text).sha256(),
                ArticleText.ofUtf8(text, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).sha256());
        // With a CR the bytes are not the normalized text's: the hash is of the normalized text.
        String crlf = "a\r\nb";
        assertEquals(ArticleText.of("a\nb").sha256(),
                ArticleText.ofUtf8(crlf, crlf.getBytes(java.nio.charset.StandardCharsets.UTF_8)).sha256());
    }
}
