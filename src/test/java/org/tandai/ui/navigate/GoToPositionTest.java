package org.tandai.ui.navigate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.tandai.i18n.Messages;
import org.tandai.model.ArticleText;

/** What Go to Position makes of its input: code points to UTF-16, paragraphs, line:col, and refusals. */
class GoToPositionTest {
    /** "A😀" then two more lines: the emoji is one code point but two UTF-16 units. */
    private final ArticleText text = ArticleText.of("A\uD83D\uDE00 satu\ndua\n\uD83C\uDDEE\uD83C\uDDE9 tiga");
    private final Messages en = Messages.english();

    private int at(String in) {
        GoToPosition.Result r = GoToPosition.parse(in, text);
        assertEquals(null, r.errorKey(), () -> en.get(r.errorKey(), r.args()));
        return r.utf16();
    }

    private String refusal(String in) {
        GoToPosition.Result r = GoToPosition.parse(in, text);
        assertFalse(r.ok(), in);
        return en.get(r.errorKey(), r.args());
    }

    @Test
    void aCodePointOffsetAfterAnAstralCharacterLandsOnTheCharacterMeant() {
        assertEquals(0, at("0"));
        assertEquals(1, at("1"));   // the emoji starts at UTF-16 1
        assertEquals(3, at("2"));   // the space after it: code point 2, UTF-16 3
        assertEquals('s', text.text().charAt(at("3")));
        assertEquals(text.text().length(), at(String.valueOf(text.text().codePointCount(0, text.text().length()))));
    }

    @Test
    void paragraphsAndLineColumnsCountFromOne() {
        assertEquals(0, at("p1"));
        assertEquals(text.text().indexOf("dua"), at("p2"));
        assertEquals(text.text().indexOf("dua"), at("\u00b62"));
        assertEquals(text.text().indexOf("dua"), at(" P2 "));
        int third = text.text().lastIndexOf('\n') + 1;
        assertEquals(third, at("3:1"));
        assertEquals(text.text().indexOf(" tiga"), at("3:3")); // after two flag halves (two code points)
        assertEquals(text.text().indexOf("\ndua"), at("1:8")); // just past the line's end
    }

    @Test
    void inputThatNamesNoPlaceIsRefusedWithTheReason() {
        assertEquals("Offset 99 is past the end: the article has 19 characters (0 to 19).", refusal("99"));
        assertEquals("\u201cp4\u201d: the article has 3 paragraphs.", refusal("p4"));
        assertEquals("\u201cp0\u201d: the article has 3 paragraphs.", refusal("p0"));
        assertEquals("\u201c2:9\u201d: paragraph 2 has columns 1 to 4.", refusal("2:9"));
        refusal("-3");
        refusal("abc");
        refusal("1e3");
        refusal("");
        refusal("99999999999999999999");
    }
}
