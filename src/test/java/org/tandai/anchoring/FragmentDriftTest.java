package org.tandai.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandai.model.Anchor;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;

/**
 * Re-anchoring a span in pieces (decision 0820): the content of a quote split by its cue, placed
 * fragment by fragment, kept together, nothing dropped.
 */
class FragmentDriftTest {
    static final String FIRST = "\u201cKami siap menghadapi pemilihan umum,\u201d";
    static final String SECOND = "\u201cuntuk bekerja sama dengan semua partai.\u201d";
    static final String OLD = "Pemilu akan digelar bulan depan di seluruh provinsi.\n"
            + FIRST + " kata Budi Santoso kepada wartawan, " + SECOND + "\n"
            + "Komisi pemilihan menyatakan logistik sudah dikirim.\n";

    private final Reanchorer reanchorer = new Reanchorer();

    static AnnotatedDocument annotate(ArticleText text) {
        AnnotatedDocument doc = new AnnotatedDocument(new DocumentInfo("a.txt", text.sha256(), "id"));
        Entity budi = new Entity("e1", "Budi Santoso", "PERSON");
        budi.mentions().add(ReanchorerTest.spanOf(text, "Budi Santoso"));
        doc.add(budi);
        Source s = new Source("s1");
        s.setSpeaker("e1");
        s.setCue(ReanchorerTest.spanOf(text, "kata"));
        s.setContent(Span.ofFragments(List.of(ReanchorerTest.spanOf(text, FIRST), ReanchorerTest.spanOf(text, SECOND)))
                .withAttributes(Map.of("negated", true)));
        doc.add(s);
        return doc;
    }

    private static ReanchorReport.Outcome outcome(ReanchorReport r, String location) {
        return r.outcomes().stream().filter(o -> o.location().equals(location)).findFirst().orElseThrow();
    }

    @Test
    void aParagraphInsertedBeforeMovesBothFragmentsAndTheSpanStaysOk() {
        AnnotatedDocument doc = annotate(ArticleText.of(OLD));
        String para = "Paragraf baru yang disisipkan oleh redaksi setelah artikel terbit.\n";
        ArticleText now = ArticleText.of(para + OLD);

        ReanchorReport r = reanchorer.reanchor(doc, now);

        Span content = doc.source("s1").content();
        assertTrue(content.isMultiFragment());
        assertEquals(Anchor.OK, content.anchor());
        assertEquals(List.of(FIRST, SECOND), content.fragments().stream().map(Span::exact).toList());
        for (Span f : content.fragments()) {
            assertEquals(f.exact(), now.slice(f.start(), f.end()));
        }
        assertEquals(Map.of("negated", true), content.attributes(), "the span keeps its attributes");
        assertEquals(ReanchorReport.Result.MOVED, outcome(r, "s1.content.fragments[0]").result());
        assertEquals(ReanchorReport.Result.MOVED, outcome(r, "s1.content.fragments[1]").result());
        assertEquals(0, r.needReview());
    }

    @Test
    void aDeletedFragmentIsOrphanedInsideItsSpanAndTheOtherIsPlaced() {
        AnnotatedDocument doc = annotate(ArticleText.of(OLD));
        ArticleText now = ArticleText.of(OLD.replace(", " + SECOND, "."));

        ReanchorReport r = reanchorer.reanchor(doc, now);

        Span content = doc.source("s1").content();
        assertEquals(Anchor.REVIEW, content.anchor(), "one fragment lost makes the whole span REVIEW");
        assertEquals(2, content.fragmentCount(), "nothing is dropped");
        Span first = content.fragments().get(0);
        Span second = content.fragments().get(1);
        assertEquals(Anchor.OK, first.anchor());
        assertEquals(FIRST, now.slice(first.start(), first.end()));
        assertEquals(Anchor.ORPHANED, second.anchor());
        assertEquals(SECOND, second.exact(), "the orphaned fragment keeps its last quote");
        assertEquals(OLD.indexOf(SECOND), second.start(), "and its last offsets");
        assertEquals(ReanchorReport.Result.ORPHANED, outcome(r, "s1.content.fragments[1]").result());
        assertEquals(List.of("s1.content.fragments[1]"), Orphans.of(doc).stream().map(Orphans.Orphan::location).toList());
    }

    @Test
    void anEditedFragmentIsPlacedOnItsChangedQuoteForReview() {
        AnnotatedDocument doc = annotate(ArticleText.of(OLD));
        String edited = SECOND.replace("semua partai", "seluruh partai");
        ArticleText now = ArticleText.of(OLD.replace(SECOND, edited));

        ReanchorReport r = reanchorer.reanchor(doc, now);

        Span content = doc.source("s1").content();
        assertEquals(Anchor.REVIEW, content.anchor());
        assertEquals(Anchor.OK, content.fragments().get(0).anchor());
        Span second = content.fragments().get(1);
        assertEquals(Anchor.REVIEW, second.anchor());
        assertEquals(edited, second.exact());
        assertEquals(edited, now.slice(second.start(), second.end()));
        ReanchorReport.Outcome o = outcome(r, "s1.content.fragments[1]");
        assertEquals(ReanchorReport.Result.CHANGED, o.result());
        assertEquals(SECOND, o.before().exact());
        assertEquals(List.of("s1.content.fragments[1]"),
                Orphans.needingReview(doc).stream().map(Orphans.Orphan::location).toList());
    }

    @Test
    void allFragmentsLostOrphanTheWholeSpanAndKeepBothPieces() {
        AnnotatedDocument doc = annotate(ArticleText.of(OLD));
        ArticleText now = ArticleText.of(OLD.replace(FIRST, "").replace(SECOND, ""));

        reanchorer.reanchor(doc, now);

        Span content = doc.source("s1").content();
        assertEquals(Anchor.ORPHANED, content.anchor());
        assertEquals(List.of(FIRST, SECOND), content.fragments().stream().map(Span::exact).toList());
        assertEquals(List.of("s1.content.fragments[0]", "s1.content.fragments[1]"),
                Orphans.of(doc).stream().map(Orphans.Orphan::location).toList());
    }

    @Test
    void fragmentsThatTradePlacesAreNotLeftConfidentlyOutOfOrder() {
        AnnotatedDocument doc = annotate(ArticleText.of(OLD));
        // An editor swapped the two halves of the quote.
        ArticleText now = ArticleText.of(OLD.replace(FIRST + " kata Budi Santoso kepada wartawan, " + SECOND,
                SECOND + " kata Budi Santoso kepada wartawan, " + FIRST));

        ReanchorReport r = reanchorer.reanchor(doc, now);

        Span content = doc.source("s1").content();
        assertEquals(Anchor.REVIEW, content.anchor(), "a fragment out of order is not confident");
        List<Span> placed = Orphans.placedFragments(content);
        assertEquals(1, placed.size());
        assertEquals(2, content.fragmentCount());
        assertTrue(r.outcomes().stream().anyMatch(o -> o.method().equals("order")));
    }

    @Test
    void anOrphanedFragmentCanBeReattachedButNotOntoItsSibling() {
        AnnotatedDocument doc = annotate(ArticleText.of(OLD));
        String changed = "Komisi pemilihan";
        ArticleText now = ArticleText.of(OLD.replace(", " + SECOND, "."));
        reanchorer.reanchor(doc, now);
        Span before = doc.source("s1").content();
        assertEquals(Anchor.ORPHANED, before.fragments().get(1).anchor());

        int u = now.text().indexOf(FIRST);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Orphans.reattach(doc,
                "s1.content.fragments[1]", now, now.toCodePoint(u), now.toCodePoint(u + 5)));
        assertTrue(e.getMessage().contains("fragments[1]") && e.getMessage().contains("fragments[0]"), e.getMessage());
        assertEquals(before, doc.source("s1").content(), "a refused re-attach changes nothing");

        int v = now.text().indexOf(changed);
        Span old = Orphans.reattach(doc, "s1.content.fragments[1]", now, now.toCodePoint(v),
                now.toCodePoint(v + changed.length()));
        assertEquals(before, old);
        Span after = doc.source("s1").content();
        assertEquals(Anchor.OK, after.anchor());
        assertEquals(changed, after.fragments().get(1).exact());
        assertEquals(Map.of("negated", true), after.attributes());
        assertFalse(Orphans.of(doc).iterator().hasNext());
        assertNotNull(Orphans.spanAt(doc.source("s1"), "s1.content.fragments[0]"));
    }
}
