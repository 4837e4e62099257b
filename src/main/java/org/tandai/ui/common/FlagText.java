package org.tandai.ui.common;

/**
 * Flag emoji made readable: JavaFX draws no colour emoji and the fonts here have no flag glyphs,
 * so a flag (two regional-indicator letters, 🇮🇩) showed as two empty boxes. Each pair becomes its
 * two-letter region code in brackets, "[ID]", which is exactly as long in UTF-16 (four units), so
 * every offset of the text area still points at the same character of the article (issue 13,
 * decision 1104). Only what is shown changes; the article and its annotations keep the emoji.
 */
public final class FlagText {
    private static final int FIRST = 0x1F1E6; // REGIONAL INDICATOR SYMBOL LETTER A
    private static final int LAST = 0x1F1FF;

    private FlagText() {
    }

    /** The text with each flag as "[XX]"; the same string when it has none. */
    public static String readable(String text) {
        if (text == null || text.indexOf('\uD83C') < 0) {
            return text;
        }
        StringBuilder b = null;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isIndicator(c) && i + 2 < text.length() && isIndicator(text.codePointAt(i + 2))) {
                if (b == null) {
                    b = new StringBuilder(text.length()).append(text, 0, i);
                }
                b.append('[').append(letter(c)).append(letter(text.codePointAt(i + 2))).append(']');
                i += 4;
            } else {
                if (b != null) {
                    b.appendCodePoint(c);
                }
                i += Character.charCount(c);
            }
        }
        return b == null ? text : b.toString();
    }

    private static boolean isIndicator(int c) {
        return c >= FIRST && c <= LAST;
    }

    private static char letter(int indicator) {
        return (char) ('A' + indicator - FIRST);
    }
}
