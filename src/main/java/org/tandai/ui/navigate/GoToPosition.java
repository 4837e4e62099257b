package org.tandai.ui.navigate;

import java.util.Locale;
import org.tandai.model.ArticleText;

/**
 * What Edit ▸ Go to Position… accepts (issue 13, decision 1152), without JavaFX: a code-point offset
 * of the article ({@code 1234}, the unit of the annotation files, decision 0001), a paragraph
 * ({@code p12}, {@code ¶12}; a paragraph is a line of the text, counted from 1) or a line and column
 * ({@code 12:5}, both from 1, the column in characters). The answer is a UTF-16 position of the text
 * area, or a message key with its arguments naming what was wrong.
 */
public final class GoToPosition {
    /** Either {@code utf16} (the caret's place) or a message ({@code errorKey} and its arguments). */
    public record Result(int utf16, String errorKey, Object... args) {
        public boolean ok() {
            return errorKey == null;
        }

        static Result at(int utf16) {
            return new Result(utf16, null);
        }

        static Result error(String key, Object... args) {
            return new Result(-1, key, args);
        }
    }

    private GoToPosition() {
    }

    public static Result parse(String input, ArticleText text) {
        String in = input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
        if (in.isEmpty()) {
            return Result.error("goto.error.empty");
        }
        int lines = lineCount(text.text());
        try {
            if (in.startsWith("p") || in.startsWith("\u00b6")) {
                String n = in.substring(1).strip();
                return line(text, number(n), 1, lines, input.strip());
            }
            int colon = in.indexOf(':');
            if (colon > 0) {
                return line(text, number(in.substring(0, colon).strip()), number(in.substring(colon + 1).strip()), lines,
                        input.strip());
            }
            long cp = number(in);
            int length = text.text().codePointCount(0, text.text().length());
            if (cp > length) {
                return Result.error("goto.error.offset", input.strip(), String.valueOf(length));
            }
            return Result.at(text.toUtf16((int) cp));
        } catch (NumberFormatException e) {
            return Result.error("goto.error.format", input.strip());
        }
    }

    /** The start of line {@code line} plus {@code col - 1} code points, all counted from 1. */
    private static Result line(ArticleText text, long line, long col, int lines, String input) {
        if (line < 1 || line > lines) {
            return Result.error("goto.error.paragraph", input, String.valueOf(lines));
        }
        String t = text.text();
        int start = 0;
        for (int i = 1; i < line; i++) {
            start = t.indexOf('\n', start) + 1;
        }
        int end = t.indexOf('\n', start);
        end = end < 0 ? t.length() : end;
        int width = t.codePointCount(start, end);
        if (col < 1 || col > width + 1) {
            return Result.error("goto.error.column", input, String.valueOf(line), String.valueOf(width + 1));
        }
        return Result.at(t.offsetByCodePoints(start, (int) (col - 1)));
    }

    /** A whole number of digits only ("12", not "-3" or "1e3"); too long for an int is out of range. */
    private static long number(String s) {
        if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new NumberFormatException(s);
        }
        return s.length() > 10 ? Long.MAX_VALUE : Long.parseLong(s);
    }

    static int lineCount(String t) {
        int n = 1;
        for (int i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }
}
