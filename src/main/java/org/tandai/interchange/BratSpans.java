package org.tandai.interchange;

import com.google.gson.JsonArray;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tandai.model.Fragments;
import org.tandai.model.Span;
import org.tandai.store.Problem;

/**
 * Places brat T lines on the imported text: each {@code ;} range a fragment, offsets mapped from
 * the raw file (BOM, CR) to the normalized text, a one-piece T repaired when its text sits nearby
 * (decision 0830).
 */
final class BratSpans {
    private final String file;
    private final Imported imp;
    private final int[] map;
    private final Consumer<Problem> problems;

    BratSpans(String file, Imported imp, int[] map, Consumer<Problem> problems) {
        this.file = file;
        this.imp = imp;
        this.map = map;
        this.problems = problems;
    }

    /** Normalized code-point range of a T line, repaired when the quoted text sits nearby. */
    int[] locate(BratAnn.T t) {
        String loc = "line " + t.line();
        int len = imp.text.length();
        int start = t.start();
        int end = t.end();
        if (map != null && start >= 0 && end < map.length) {
            start = map[start];
            end = map[end];
        }
        if (start < 0 || end > len || start >= end) {
            problems.accept(Problem.error(file, loc, t.id() + " offsets " + t.start() + ".." + t.end()
                    + " are outside the text (" + len + " code points); skipped"));
            return null;
        }
        String actual = imp.text.slice(start, end);
        // brat writes a span's line breaks as spaces in the .ann text field.
        if (t.text() != null && !BratExporter.oneLine(actual).equals(t.text())) {
            for (int d = 1; d <= 3; d++) {
                for (int s : new int[] {start - d, start + d}) {
                    int e = s + t.text().codePointCount(0, t.text().length());
                    if (s >= 0 && e <= len && imp.text.slice(s, e).equals(t.text())) {
                        problems.accept(Problem.warning(file, loc, t.id() + " offsets " + t.start() + ".." + t.end()
                                + " disagree with its text \"" + t.text() + "\"; moved to " + s + ".." + e + " where the text is"));
                        return new int[] {s, e};
                    }
                }
            }
            problems.accept(Problem.warning(file, loc, t.id() + " text \"" + t.text() + "\" disagrees with the article at "
                    + start + ".." + end + " (\"" + actual + "\"); the offsets are kept"));
        }
        return new int[] {start, end};
    }

    /** The span of a T line (one fragment per {@code ;} range), or null (reported) when it cannot be placed. */
    Span spanOf(BratAnn.T t) {
        if (!t.discontinuous()) {
            int[] r = locate(t);
            return r == null ? null : imp.span(r[0], r[1]);
        }
        String loc = "line " + t.line();
        int len = imp.text.length();
        List<Span> frags = new ArrayList<>();
        for (int i = 0; i < t.frags().size(); i++) {
            int start = t.frags().get(i)[0];
            int end = t.frags().get(i)[1];
            if (map != null && start >= 0 && end < map.length) {
                start = map[start];
                end = map[end];
            }
            if (start < 0 || end > len || start >= end) {
                problems.accept(Problem.error(file, loc, t.id() + " fragment " + (i + 1) + " offsets " + t.frags().get(i)[0]
                        + ".." + t.frags().get(i)[1] + " are outside the text (" + len + " code points) or empty; skipped"));
                return null;
            }
            frags.add(imp.span(start, end));
        }
        String problem = Fragments.problemsOf(frags);
        if (problem != null) {
            List<Span> sorted = new ArrayList<>(frags);
            sorted.sort(Span::compare);
            if (Fragments.problemsOf(sorted) == null) {
                // brat keeps ranges in the order written; Tandai's fragments are in text order.
                problems.accept(Problem.warning(file, loc, t.id() + " fragments are not in text order; put in order"));
                frags = sorted;
                problem = null;
            }
        }
        if (problem != null) {
            problems.accept(Problem.error(file, loc, t.id() + ": " + problem + "; skipped"));
            return null;
        }
        Span sp = Span.ofFragments(frags);
        if (t.text() != null && !BratSpans.joined(sp).equals(t.text())) {
            problems.accept(Problem.warning(file, loc, t.id() + " text \"" + t.text() + "\" disagrees with the article's "
                    + "fragments (\"" + BratSpans.joined(sp) + "\"); the offsets are kept"));
        }
        return sp;
    }

    /** A span's fragments as [[start, end], ...] (normalized code points). */
    static JsonArray ranges(Span sp) {
        JsonArray arr = new JsonArray();
        for (Span f : sp.fragments()) {
            JsonArray r = new JsonArray();
            r.add(f.start());
            r.add(f.end());
            arr.add(r);
        }
        return arr;
    }
    /** brat's offsets field: {@code 10 25}, or {@code 10 25;40 61} for a span in pieces. */
    static String offsets(Span s) {
        StringBuilder sb = new StringBuilder();
        for (Span f : s.fragments()) {
            sb.append(sb.length() == 0 ? "" : ";").append(f.start()).append(' ').append(f.end());
        }
        return sb.toString();
    }

    /** brat's text field: the fragments' texts joined by a space, each on one line. */
    static String joined(Span s) {
        StringBuilder sb = new StringBuilder();
        for (Span f : s.fragments()) {
            sb.append(sb.length() == 0 ? "" : " ").append(BratExporter.oneLine(f.exact()));
        }
        return sb.toString();
    }

    /** The span of kept [[start, end], ...] ranges on this text, or null when they no longer fit it. */
    static Span fromRanges(org.tandai.model.ArticleText text, JsonArray ranges) {
        List<Span> frags = new ArrayList<>();
        for (com.google.gson.JsonElement el : ranges) {
            JsonArray r = el.getAsJsonArray();
            int st = r.get(0).getAsInt();
            int en = r.get(1).getAsInt();
            if (st < 0 || en > text.length() || st >= en) {
                return null;
            }
            frags.add(Span.of(text, st, en));
        }
        return frags.isEmpty() || Fragments.problemsOf(frags) != null ? null : Span.ofFragments(frags);
    }
}
