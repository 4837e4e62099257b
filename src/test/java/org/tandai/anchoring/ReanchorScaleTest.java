package org.tandai.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Span;

/**
 * Re-anchoring a 1 MB article with 10,000 spans. Asserts the result, prints the time (the figure
 * in docs/reliability.md) but does not assert it: timings vary with the machine.
 */
class ReanchorScaleTest {
    private static final String[] WORDS = {"pemerintah", "harga", "beras", "naik", "persen", "kata", "menteri",
            "Jakarta", "Senin", "rakyat", "ekonomi", "Indonesia", "yang", "dan", "di", "ke", "dari", "untuk",
            "Presiden", "mengatakan", "bahwa", "dalam", "tahun", "akan", "telah", "tidak", "dengan", "😀", "“kita”"};

    static String article(Random rnd, int targetChars) {
        StringBuilder sb = new StringBuilder(targetChars + 100);
        int inSentence = 0;
        while (sb.length() < targetChars) {
            sb.append(WORDS[rnd.nextInt(WORDS.length)]).append(rnd.nextInt(1000));
            inSentence++;
            if (inSentence > 12 && rnd.nextInt(6) == 0) {
                sb.append(".\n");
                inSentence = 0;
            } else {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    static AnnotatedDocument tenThousandSpans(ArticleText text, Random rnd) {
        return spans(text, rnd, 10_000);
    }

    static AnnotatedDocument spans(ArticleText text, Random rnd, int count) {
        AnnotatedDocument doc = new AnnotatedDocument(new DocumentInfo("big.txt", text.sha256(), "id"));
        String s = text.text();
        for (int i = 0; i < count; i++) {
            Entity e = new Entity("e" + (i + 1), "x", "OTHER");
            int u = s.indexOf(' ', rnd.nextInt(s.length() - 200)) + 1;
            int v = u;
            for (int w = 1 + rnd.nextInt(3); w > 0; w--) {
                v = s.indexOf(' ', v + 1);
            }
            int nl = s.indexOf('\n', u);
            if (nl >= 0 && nl < v) {
                v = nl;  // spans stay inside one paragraph, so reordering paragraphs keeps every quote
            }
            if (v <= u) {
                v = u + 1;
            }
            e.mentions().add(Span.of(text, text.toCodePoint(u), text.toCodePoint(v)));
            doc.add(e);
        }
        return doc;
    }

    @Test
    void oneMegabyteWithTenThousandSpansAndScatteredEditsReanchorsEverySpan() {
        Random rnd = new Random(42);
        String old = article(rnd, 1_000_000);
        ArticleText oldText = ArticleText.of(old);
        AnnotatedDocument doc = tenThousandSpans(oldText, rnd);
        // 200 scattered insertions of a short paragraph and 200 one-letter edits.
        StringBuilder sb = new StringBuilder(old);
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            cuts.add(rnd.nextInt(old.length()));
        }
        cuts.sort(null);
        for (int i = cuts.size() - 1; i >= 0; i--) {
            int at = cuts.get(i);
            if (Character.isLowSurrogate(sb.charAt(at))) {
                at--;
            }
            if (i % 2 == 0) {
                sb.insert(at, "\nSisipan redaksi nomor " + i + ".\n");
            } else if (Character.isLetter(sb.charAt(at))) {
                sb.setCharAt(at, 'q');
            }
        }
        ArticleText now = ArticleText.of(sb.toString());

        long t0 = System.nanoTime();
        ReanchorReport r = new Reanchorer().reanchor(doc, now);
        long ms = (System.nanoTime() - t0) / 1_000_000;

        System.out.printf("reanchor 1 MB / 10,000 spans / 400 edits: %d ms; %d unchanged, %d moved, %d changed, %d orphaned%n",
                ms, r.unchanged(), r.moved(), r.changed(), r.orphaned());
        assertEquals(10_000, r.outcomes().size());
        assertTrue(r.moved() > 9_000, "most spans only moved");
        assertTrue(r.orphaned() < 50, "edits hit at most a few spans so badly they cannot be placed: " + r.orphaned());
        for (ReanchorReport.Outcome o : r.outcomes()) {
            if (o.result() != ReanchorReport.Result.ORPHANED) {
                assertEquals(o.after().exact(), now.slice(o.after().start(), o.after().end()));
            }
        }
    }

    @Test
    void oneMegabyteWhereEverySpanMovedIndependentlyStillCompletes() {
        Random rnd = new Random(7);
        String old = article(rnd, 1_000_000);
        ArticleText oldText = ArticleText.of(old);
        AnnotatedDocument doc = tenThousandSpans(oldText, rnd);
        // Reverse the order of the paragraphs: every span moves by a different amount.
        String[] paras = old.split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = paras.length - 1; i >= 0; i--) {
            sb.append(paras[i]).append('\n');
        }
        ArticleText now = ArticleText.of(sb.toString());

        long t0 = System.nanoTime();
        ReanchorReport r = new Reanchorer().reanchor(doc, now);
        long ms = (System.nanoTime() - t0) / 1_000_000;

        System.out.printf("reanchor 1 MB / 10,000 spans / paragraphs reversed: %d ms; %d moved, %d changed, %d orphaned%n",
                ms, r.moved(), r.changed(), r.orphaned());
        assertEquals(0, r.orphaned());
        for (ReanchorReport.Outcome o : r.outcomes()) {
            assertEquals(o.before().exact(), o.after().exact());
            assertEquals(o.after().exact(), now.slice(o.after().start(), o.after().end()));
        }
    }

    @Test
    void textReplacedByAnotherArticleOrphansOrReviewsEverySpan() {
        // The worst case (every span goes through the fuzzy search) at a fifth of the size, to keep
        // the suite fast; the 1 MB figure is in docs/reliability.md.
        Random rnd = new Random(11);
        ArticleText oldText = ArticleText.of(article(rnd, Integer.getInteger("tandai.worstCase.chars", 200_000)));
        AnnotatedDocument doc = spans(oldText, rnd, Integer.getInteger("tandai.worstCase.spans", 2_000));
        ArticleText now = ArticleText.of(article(new Random(12), oldText.text().length()));

        long t0 = System.nanoTime();
        ReanchorReport r = new Reanchorer().reanchor(doc, now);
        long ms = (System.nanoTime() - t0) / 1_000_000;

        System.out.printf("reanchor %d chars / %d spans / whole text replaced: %d ms; %d moved, %d changed, %d orphaned%n",
                now.text().length(), doc.entities().size(), ms, r.moved(), r.changed(), r.orphaned());
        assertEquals(r.outcomes().size(), doc.entities().size(), "nothing dropped");
        for (ReanchorReport.Outcome o : r.outcomes()) {
            if (o.result() == ReanchorReport.Result.ORPHANED) {
                assertEquals(o.before().exact(), o.after().exact(), "an orphan keeps its old quote");
            } else {
                assertEquals(o.after().exact(), now.slice(o.after().start(), o.after().end()));
            }
        }
    }
}
