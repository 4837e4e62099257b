package org.tandai.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tandai.model.Anchor;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;

class ReanchorerTest {
    static final String OLD = "Kim Jong Un telah mengirimkan pesan ulang tahun kepada Presiden Rusia Vladimir Putin.\n"
            + "Hubungan antara Pyongyang dan Moskow telah memperdalam sejak perang Ukraina.\n"
            + "“Harga beras naik 20 persen,” kata Budi Santoso di Jakarta, Senin.\n";

    private final Reanchorer reanchorer = new Reanchorer();

    static AnnotatedDocument annotate(ArticleText text) {
        AnnotatedDocument doc = new AnnotatedDocument(new DocumentInfo("a.txt", text.sha256(), "id"));
        Entity putin = new Entity("e1", "Vladimir Putin", "PERSON");
        putin.mentions().add(spanOf(text, "Vladimir Putin"));
        doc.add(putin);
        Entity budi = new Entity("e2", "Budi Santoso", "PERSON");
        budi.mentions().add(spanOf(text, "Budi Santoso"));
        doc.add(budi);
        doc.add(new Claim("c1", spanOf(text, "Harga beras naik 20 persen"), "Harga beras naik 20 persen"));
        Source s = new Source("s1");
        s.setSpeaker("e2");
        s.setCue(spanOf(text, "kata"));
        s.setContent(spanOf(text, "Harga beras naik 20 persen"));
        doc.add(s);
        return doc;
    }

    static Span spanOf(ArticleText text, String quote) {
        int u = text.text().indexOf(quote);
        int start = text.toCodePoint(u);
        return Span.of(text, start, text.toCodePoint(u + quote.length()));
    }

    static void assertAnchored(ArticleText text, Span s) {
        assertEquals(s.exact(), text.slice(s.start(), s.end()), "quote must match the text at its offsets");
    }

    @Test
    void insertedParagraphMovesEverySpanKeepingQuotes() {
        ArticleText old = ArticleText.of(OLD);
        AnnotatedDocument doc = annotate(old);
        String para = "Paragraf baru yang disisipkan oleh redaksi setelah artikel terbit.\n";
        ArticleText now = ArticleText.of(para + OLD);

        ReanchorReport r = reanchorer.reanchor(doc, now);

        assertEquals(5, r.moved());
        assertEquals(0, r.changed());
        assertEquals(0, r.orphaned());
        assertEquals(now.sha256(), doc.info().sha256());
        int shift = para.length();
        assertEquals(old.text().indexOf("Budi Santoso") + shift, doc.entity("e2").mentions().get(0).start());
        for (ReanchorReport.Outcome o : r.outcomes()) {
            assertAnchored(now, o.after());
            assertEquals(Anchor.OK, o.after().anchor());
        }
    }

    @Test
    void editedWordInsideSpanIsPlacedFuzzilyAndMarkedForReview() {
        AnnotatedDocument doc = annotate(ArticleText.of(OLD));
        ArticleText now = ArticleText.of(OLD.replace("naik 20 persen", "naik 25 persen").replace("Ukraina", "di Ukraina"));

        ReanchorReport r = reanchorer.reanchor(doc, now);

        Span claim = doc.claim("c1").span();
        assertEquals("Harga beras naik 25 persen", claim.exact());
        assertEquals(Anchor.REVIEW, claim.anchor());
        assertAnchored(now, claim);
        assertEquals(2, r.changed(), "claim span and source content");
        assertEquals(0, r.orphaned());
        assertEquals(Anchor.OK, doc.entity("e2").mentions().get(0).anchor());
    }

    @Test
    void rewrittenQuoteBetweenIntactContextIsFoundByContext() {
        AnnotatedDocument doc = annotate(ArticleText.of(OLD));
        ArticleText now = ArticleText.of(OLD.replace("Budi Santoso", "Sri Mulyani Indrawati"));

        ReanchorReport r = reanchorer.reanchor(doc, now);

        Span m = doc.entity("e2").mentions().get(0);
        assertEquals("Sri Mulyani Indrawati", m.exact());
        assertEquals(Anchor.REVIEW, m.anchor());
        ReanchorReport.Outcome o = r.outcomes().stream().filter(x -> x.location().equals("e2.mentions[0]")).findFirst().orElseThrow();
        assertEquals("context", o.method());
    }

    @Test
    void crlfConversionOfTheWholeSeedIsNoDrift() {
        ArticleText old = ArticleText.of(OLD);
        AnnotatedDocument doc = annotate(old);
        ArticleText crlf = ArticleText.of("\uFEFF" + OLD.replace("\n", "\r\n"));

        assertEquals(old.sha256(), crlf.sha256(), "normalization makes CRLF and BOM invisible to offsets");
        ReanchorReport r = reanchorer.reanchor(doc, crlf);
        assertEquals(r.outcomes().size(), r.unchanged());
        assertTrue(!r.drifted());
    }

    @Test
    void deletedTextOrphansTheSpanButKeepsItWithItsOldQuote() {
        AnnotatedDocument doc = annotate(ArticleText.of(OLD));
        ArticleText now = ArticleText.of(OLD.replace("“Harga beras naik 20 persen,” kata Budi Santoso di Jakarta, Senin.\n", ""));

        ReanchorReport r = reanchorer.reanchor(doc, now);

        assertEquals(4, r.orphaned());
        Span m = doc.entity("e2").mentions().get(0);
        assertEquals("Budi Santoso", m.exact());
        assertEquals(Anchor.ORPHANED, m.anchor());
        assertEquals(1, doc.entity("e2").mentions().size(), "never dropped");
        assertEquals(Anchor.OK, doc.entity("e1").mentions().get(0).anchor());
    }

    @Test
    void repeatedQuoteIsDisambiguatedByContextNotJustDistance() {
        String old = "Putin berkata ya. Lalu menteri berkata tidak.";
        ArticleText t = ArticleText.of(old);
        AnnotatedDocument doc = new AnnotatedDocument(new DocumentInfo("a.txt", t.sha256(), "id"));
        Source s = new Source("s1");
        int second = old.lastIndexOf("berkata");
        s.setCue(Span.of(t, second, second + 7));
        doc.add(s);
        // The first sentence is rewritten so the second "berkata" lands near the old position of the first.
        ArticleText now = ArticleText.of("Lalu menteri berkata tidak. Putin berkata ya.");

        reanchorer.reanchor(doc, now);

        Span cue = doc.source("s1").cue();
        assertEquals(now.text().indexOf("berkata"), cue.start(), "the occurrence after 'menteri' has the matching context");
        assertAnchored(now, cue);
    }

    @Test
    void astralCharactersAreCountedInCodePointsAndNeverSplit() {
        String old = "Warga 😀 senang. Kata Budi Santoso 😀 hari ini.";
        ArticleText t = ArticleText.of(old);
        AnnotatedDocument doc = new AnnotatedDocument(new DocumentInfo("a.txt", t.sha256(), "id"));
        Entity e = new Entity("e1", "Budi", "PERSON");
        e.mentions().add(spanOf(t, "Budi Santoso 😀"));
        doc.add(e);
        ArticleText now = ArticleText.of("🎉🎉 " + old.replace("Budi Santoso", "Budi Santosa"));

        ReanchorReport r = reanchorer.reanchor(doc, now);

        Span m = doc.entity("e1").mentions().get(0);
        assertEquals("Budi Santosa 😀", m.exact());
        assertAnchored(now, m);
        assertEquals(1, r.changed());
        assertNotEquals(Anchor.ORPHANED, m.anchor());
    }

    @Test
    void longContentSpanWithAnEditedWordIsPlacedThroughItsHeadAndTail() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            body.append("kalimat nomor ").append(i).append(" dalam kutipan panjang. ");
        }
        String quote = body.toString().trim();
        String old = "Pembuka artikel.\n“" + quote + "” kata juru bicara.\n";
        ArticleText t = ArticleText.of(old);
        AnnotatedDocument doc = new AnnotatedDocument(new DocumentInfo("a.txt", t.sha256(), "id"));
        Source s = new Source("s1");
        s.setContent(spanOf(t, quote));
        doc.add(s);
        String edited = quote.replace("nomor 200 ", "ke-200 ").replace("nomor 7 ", "nomor tujuh ");
        // The context changes too, so only the fuzzy step can place it.
        ArticleText now = ArticleText.of("Paragraf baru di awal. Pembukaan diganti.\n«" + edited + "» ujar seorang juru bicara.\n");

        ReanchorReport r = reanchorer.reanchor(doc, now);

        Span content = doc.source("s1").content();
        assertEquals(edited, content.exact(), "quote of " + quote.length() + " chars placed exactly on its new wording");
        assertEquals(Anchor.REVIEW, content.anchor());
        assertEquals(1, r.changed());
        assertEquals("fuzzy", r.outcomes().get(0).method());
    }
}
