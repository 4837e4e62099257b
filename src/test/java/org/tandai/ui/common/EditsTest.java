package org.tandai.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;

class EditsTest {
    private final ArticleText text = ArticleText.of("Kim bertemu Putin. Kim berkata, Putin tersenyum.");
    private final DocumentSession s = new DocumentSession(Path.of("a.txt"), text,
            SidecarStore.newDocument(Path.of("a.txt"), text), TagSet.defaults(), null, "ani",
            Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC), org.tandai.i18n.Messages.english());
    private final Edits edits = new Edits(s);

    private Span span(String quote, int nth) {
        int i = -1;
        for (int k = 0; k <= nth; k++) {
            i = text.text().indexOf(quote, i + 1);
        }
        return Span.of(text, i, i + quote.length());
    }

    @Test
    void newEntityIsStampedAndUndoable() {
        String id = edits.newEntity("Kim", "PERSON", span("Kim", 0));
        Entity e = s.document().entity(id);
        assertEquals("ani", e.createdBy());
        s.history().undo();
        assertNull(s.document().entity(id));
        s.history().redo();
        assertEquals("Kim", s.document().entity(id).name());
    }

    @Test
    void markAllOccurrencesAddsOtherWholeWordMatches() {
        String id = edits.newEntity("Putin", "PERSON", span("Putin", 0));
        assertEquals(1, edits.markAllOccurrences(id));
        assertEquals(2, s.document().entity(id).mentions().size());
        assertEquals(0, edits.markAllOccurrences(id));
    }

    @Test
    void mergeMovesMentionsAndReferencesAndUndoRestoresBoth() {
        String a = edits.newEntity("Kim", "PERSON", span("Kim", 0));
        String b = edits.newEntity("Kim (2)", "PERSON", span("Kim", 1));
        String c = edits.newClaim(span("Putin tersenyum", 0), "Putin tersenyum");
        edits.update(c, "claimant", Claim.class, x -> x.setClaimant(b));
        assertTrue(edits.merge(a, b));
        assertNull(s.document().entity(b));
        assertEquals(2, s.document().entity(a).mentions().size());
        assertEquals(a, s.document().claim(c).claimant());
        s.history().undo();
        assertEquals(b, s.document().claim(c).claimant());
        assertEquals(1, s.document().entity(b).mentions().size());
    }

    @Test
    void deletingAClaimUnlinksItFromSources() {
        String c = edits.newClaim(span("Putin tersenyum", 0), "Putin tersenyum");
        String src = edits.newSource(new SourceDraft(span("berkata", 0), null, "Kim", "PERSON", null, null,
                List.of(c), null, "indirect", null));
        Source before = s.document().source(src);
        assertEquals(List.of(c), before.claimIds());
        assertEquals("Kim", s.document().entity(before.speaker()).name());
        edits.delete(c);
        assertTrue(s.document().source(src).claimIds().isEmpty());
        s.history().undo();
        assertEquals(List.of(c), s.document().source(src).claimIds());
    }

    @Test
    void snapshotIsUnaffectedByLaterEdits() {
        String id = edits.newEntity("Kim", "PERSON", span("Kim", 0));
        AnnotatedDocument snap = s.snapshot();
        edits.update(id, "rename", Entity.class, e -> e.setName("Kim Jong Un"));
        assertEquals("Kim", snap.entity(id).name());
        assertEquals("Kim Jong Un", s.document().entity(id).name());
    }

    @Test
    void wordBoundsSnapOutwardAndTrimPunctuation() {
        String t = "“Harga beras naik,” kata Budi.";
        int[] r = WordBounds.snap(t, 3, 8);
        assertEquals("Harga beras", t.substring(r[0], r[1]));
        r = WordBounds.snap(t, 18, 25);
        assertEquals("kata", t.substring(r[0], r[1]));
        assertEquals(t.indexOf("naik") + 4, WordBounds.nextWordEnd(t, t.indexOf("beras") + 5));
    }
}
