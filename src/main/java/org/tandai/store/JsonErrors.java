package org.tandai.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Gson's syntax messages into what a person editing the file needs: what is wrong, in JSON's
 * own words, at the line and column of the offending character. Gson's messages are written for
 * programmers ("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "path
 * $.a"); one of them covers a bare word, single quotes, comments, text after the end and more, so
 * the character found at the place decides which it was. See decision record 0740.
 */
final class JsonErrors {
    private static final Pattern LINE_COL = Pattern.compile("line (\\d+) column (\\d+)");
    private static final Pattern PATH = Pattern.compile(" path (\\S*)");

    /** Where and what: a location "line L, column C" and a message starting "invalid JSON: ". */
    record Described(String location, String message) {
    }

    private JsonErrors() {
    }

    /**
     * Describes a Gson syntax error. {@code recent} holds the characters read (null when unknown);
     * {@code trailing} is true when the error came after a complete top-level value.
     */
    static Described describe(String gsonMessage, RecentChars recent, boolean trailing, boolean eof) {
        String m = gsonMessage == null ? "" : gsonMessage;
        Matcher lc = LINE_COL.matcher(m);
        long line = 1;
        long col = 1;
        if (lc.find()) {
            line = Long.parseLong(lc.group(1));
            col = Long.parseLong(lc.group(2));
        }
        Matcher pm = PATH.matcher(m);
        boolean namePosition = pm.find() && pm.group(1).endsWith(".");
        if (m.contains("Nesting limit")) {
            return new Described(at(line, col - 1), "JSON nested deeper than " + Limits.MAX_JSON_NESTING + " levels");
        }
        if (eof || m.startsWith("End of input") || m.startsWith("Unterminated string") || m.startsWith("Unterminated escape")) {
            boolean empty = recent != null ? !recent.sawContent() : line == 1 && col <= 1;
            return empty ? new Described(at(1, 1), "invalid JSON: the file is empty")
                    : new Described(at(line, col - 1), "invalid JSON: the file ends early (truncated?)");
        }
        // Gson's column is just after the character it consumed, except where it stops in front of
        // a literal (a bare word, a number) or a missing value: there it is the character itself.
        int before = recent == null ? -1 : recent.charAt(line, col - 1);
        int here = recent == null ? -1 : recent.charAt(line, col);
        boolean lenient = m.startsWith("Use JsonReader") || m.contains("malformed JSON");
        boolean atHere = (lenient && isWordStart(here) || m.startsWith("Expected value") && here >= 0)
                && (before < 0 || " \t\r\n:,[{".indexOf(before) >= 0);
        long c = atHere ? col : col - 1;
        int ch = atHere ? here : before;
        String word = ch >= 0 && isWordStart(ch) ? word(recent.textAt(line, c, 40)) : null;
        String found = word != null ? "'" + word + "'" : shown(ch);
        return new Described(at(line, c), "invalid JSON: " + reason(m, ch, word, found, trailing, lenient, namePosition));
    }

    private static String reason(String m, int ch, String word, String found, boolean trailing, boolean lenient,
                                 boolean namePosition) {
        String foundPart = found == null ? "" : ", found " + found;
        // Found the other closing bracket: one was left open, rather than a comma left out.
        String missing = ch == ']' || ch == '}' ? " (a bracket left open?)" : " (a missing comma?)";
        if (trailing) {
            return "unexpected " + (found == null ? "text" : found) + " after the end of the JSON value; a file holds exactly one value";
        }
        if (m.startsWith("Unterminated object")) {
            return "expected ',' or '}' after a value in an object" + foundPart + missing;
        }
        if (m.startsWith("Unterminated array")) {
            return "expected ',' or ']' after a value in an array" + foundPart + missing;
        }
        if (m.startsWith("Expected ':'")) {
            return "expected ':' after the name" + foundPart + " (a missing colon?)";
        }
        if (m.startsWith("Expected name")) {
            return "expected a name in double quotes" + foundPart + (ch == '}' ? " (a trailing comma before it?)" : "");
        }
        if (m.startsWith("Expected value")) {
            return "expected a value" + foundPart;
        }
        if (m.startsWith("Unexpected value")) {
            return "unexpected " + (found == null ? "value" : found);
        }
        if (m.startsWith("Invalid escape")) {
            return "invalid escape in a string: after a backslash only \\\" \\\\ / b f n r t or uXXXX may follow";
        }
        if (m.startsWith("Malformed Unicode escape")) {
            return "invalid \\u escape in a string: it needs four hexadecimal digits";
        }
        if (m.startsWith("Unescaped control characters")) {
            return "a string contains a line break, tab or other control character; write it as \\n, \\t or \\uXXXX";
        }
        if (lenient) {
            return lenientReason(ch, word, found, namePosition);
        }
        return "this is not valid JSON" + (found == null ? "" : " (" + found + ")");
    }

    /** The one message Gson gives for everything that only its lenient mode would accept. */
    private static String lenientReason(int ch, String word, String found, boolean namePosition) {
        if (ch == '\'') {
            return "single quotes are not JSON; use double quotes";
        }
        if (ch == '/' || ch == '#') {
            return "comments are not allowed in JSON";
        }
        if (word != null && namePosition) {
            return "the name " + word + " must be in double quotes (\"" + word + "\")";
        }
        if (word != null && (word.equals("NaN") || word.contains("Infinity"))) {
            return "NaN and Infinity are not JSON numbers";
        }
        if (word != null && (Character.isDigit(word.charAt(0)) || "-+.".indexOf(word.charAt(0)) >= 0)) {
            return "invalid number " + word;
        }
        if (word != null) {
            return "unexpected word " + word + ": text must be in double quotes (\"" + word + "\"); true, false and null are lowercase";
        }
        if (ch == ']' || ch == '}') {
            return "unexpected " + found + " (a trailing comma before it?)";
        }
        return found == null ? "this is not valid JSON (a word without quotes, single quotes, a comment, or text after the end?)"
                : "unexpected " + found;
    }

    private static String at(long line, long col) {
        return "line " + line + ", column " + Math.max(1, col);
    }

    private static boolean isWordStart(int c) {
        return c >= 0 && (Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.' || c == '_');
    }

    private static String word(String text) {
        int end = 0;
        while (end < text.length() && end < 30 && isWordStart(text.charAt(end))) {
            end++;
        }
        return end == 0 ? null : text.substring(0, end);
    }

    private static String shown(int c) {
        if (c < 0) {
            return null;
        }
        return c < 0x20 || Character.isWhitespace(c) || Character.isISOControl(c)
                ? String.format("the character U+%04X", c) : "'" + (char) c + "'";
    }
}
