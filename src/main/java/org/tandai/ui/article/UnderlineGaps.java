package org.tandai.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Whitespace inside an underlined run (a claim, attributed content) gets the extra class
 * {@value #GAP}, which the stylesheet draws without the underline. The area wraps lines at
 * spaces, and an underlined space at a line's end ran on past the last word (issue 13, decision
 * 1101); the characters keep their claim class, so a click and the tooltip still find the claim.
 */
final class UnderlineGaps {
    static final String GAP = "gap";

    private UnderlineGaps() {
    }

    /** The styles of the text from {@code from}, with whitespace in underlined runs marked. */
    static StyleSpans<Collection<String>> mark(String text, int from, StyleSpans<Collection<String>> spans) {
        StyleSpansBuilder<Collection<String>> out = new StyleSpansBuilder<>();
        int pos = from;
        for (StyleSpan<Collection<String>> span : spans) {
            Collection<String> style = span.getStyle();
            int end = pos + span.getLength();
            if (!underlined(style)) {
                out.add(style, span.getLength());
            } else {
                Collection<String> gap = withGap(style);
                int i = pos;
                while (i < end) {
                    boolean ws = isSpace(text, i);
                    int j = i + 1;
                    while (j < end && isSpace(text, j) == ws) {
                        j++;
                    }
                    out.add(ws ? gap : style, j - i);
                    i = j;
                }
            }
            pos = end;
        }
        return out.create();
    }

    private static boolean underlined(Collection<String> style) {
        return style.contains("claim") || style.contains("content");
    }

    private static boolean isSpace(String text, int i) {
        return i < text.length() && Character.isWhitespace(text.charAt(i));
    }

    private static Collection<String> withGap(Collection<String> style) {
        List<String> g = new ArrayList<>(style);
        g.add(GAP);
        return g;
    }
}
