package org.tandai.interchange;

import java.util.List;
import java.util.function.Consumer;
import org.tandai.store.Problem;

/**
 * Turns a column of BIO-family tags into typed spans. Understands IOB2, IOB1 and BIOES/BILOU in
 * one pass: B/S/U always start a span, I/E/L continue a span of the same type or start one, E/L/S/U
 * close it. Whether an I- that starts a span is an error depends on the file's scheme: normal in
 * IOB1 (where B- only separates touching spans), reported with its line in IOB2 and BIOES.
 */
final class TagDecoder {
    record Tagged(String tag, int line) {
    }

    interface SpanSink {
        void span(String type, int start, int end);
    }

    private final String file;
    private final Consumer<Problem> problems;

    TagDecoder(String file, Consumer<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** {@code tags} and {@code bounds} run in parallel; a null entry marks a sentence end. */
    void decode(List<Tagged> tags, List<int[]> bounds, SpanSink sink) {
        boolean iob1 = looksLikeIob1(tags);
        String openType = null;
        int openStart = -1;
        int openEnd = -1;
        for (int i = 0; i <= tags.size(); i++) {
            Tagged t = i < tags.size() ? tags.get(i) : null;
            if (t == null) {
                if (openType != null) {
                    sink.span(openType, openStart, openEnd);
                    openType = null;
                }
                continue;
            }
            String tag = t.tag();
            if (tag.equals("O") || tag.equals("_") || tag.equals("-")) {
                if (openType != null) {
                    sink.span(openType, openStart, openEnd);
                    openType = null;
                }
                continue;
            }
            char p = tag.length() > 2 && (tag.charAt(1) == '-' || tag.charAt(1) == '_') ? Character.toUpperCase(tag.charAt(0)) : '?';
            String type = p == '?' ? tag : tag.substring(2);
            if (p == '?' || "BIESLU".indexOf(p) < 0) {
                problems.accept(Problem.error(file, "line " + t.line(), "tag \"" + tag
                        + "\" is not O and has no B-/I-/E-/S-/L-/U- prefix; read as O"));
                if (openType != null) {
                    sink.span(openType, openStart, openEnd);
                    openType = null;
                }
                continue;
            }
            int[] b = bounds.get(i);
            boolean continues = (p == 'I' || p == 'E' || p == 'L') && type.equals(openType);
            if (!continues) {
                if (openType != null) {
                    sink.span(openType, openStart, openEnd);
                }
                if ((p == 'I' || p == 'E' || p == 'L') && !iob1) {
                    problems.accept(Problem.warning(file, "line " + t.line(), tag + " without a preceding B-" + type
                            + (openType != null ? " (follows " + openType + ")" : "") + "; read as the start of a " + type + " span"));
                }
                openType = type;
                openStart = b[0];
            }
            openEnd = b[1];
            if (p == 'E' || p == 'L' || p == 'S' || p == 'U') {
                sink.span(openType, openStart, openEnd);
                openType = null;
            }
        }
    }

    /**
     * IOB1 when spans start with I- and B- only ever follows a span of the same type; IOB2 and
     * BIOES files have B- after O.
     */
    private static boolean looksLikeIob1(List<Tagged> tags) {
        String prev = "O";
        boolean bAfterOther = false;
        boolean iStarts = false;
        for (Tagged t : tags) {
            String tag = t == null ? "O" : t.tag();
            if (tag.length() > 2 && tag.charAt(1) == '-') {
                char p = tag.charAt(0);
                String type = tag.substring(2);
                boolean prevSame = prev.length() > 2 && prev.substring(2).equals(type);
                if (p == 'B' && !prevSame) {
                    bAfterOther = true;
                } else if (p == 'I' && !prevSame) {
                    iStarts = true;
                } else if ("ESLU".indexOf(p) >= 0) {
                    return false;
                }
            }
            prev = tag;
        }
        return iStarts && !bAfterOther;
    }
}
