package org.tandai.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandai.model.Anchor;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Span;
import org.tandai.store.SidecarReader;
import org.tandai.store.SidecarWriter;

class OrphansTest {
    @Test
    void orphansAreListedSavedAndCanBeReattachedToSelectedText() {
        AnnotatedDocument doc = ReanchorerTest.annotate(ArticleText.of(ReanchorerTest.OLD));
        ArticleText now = ArticleText.of(ReanchorerTest.OLD.replace("Budi Santoso", "B.S.")
                .replace(" di Jakarta, Senin", " kemarin"));
        new Reanchorer().reanchor(doc, now);

        List<Orphans.Orphan> orphans = Orphans.of(doc);
        assertEquals(List.of("e2.mentions[0]"), orphans.stream().map(Orphans.Orphan::location).toList());
        assertEquals("e2", orphans.get(0).annotationId());
        // Orphans survive a save and a load unchanged.
        AnnotatedDocument reloaded = SidecarReader.read("x", SidecarWriter.toJson(doc)).document();
        assertEquals(orphans, Orphans.of(reloaded));

        int u = now.text().indexOf("B.S.");
        Span old = Orphans.reattach(doc, "e2.mentions[0]", now, now.toCodePoint(u), now.toCodePoint(u + 4));

        assertEquals("Budi Santoso", old.exact());
        Span fixed = doc.entity("e2").mentions().get(0);
        assertEquals("B.S.", fixed.exact());
        assertEquals(Anchor.OK, fixed.anchor());
        assertTrue(Orphans.of(doc).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Orphans.reattach(doc, "e9.mentions[0]", now, 0, 1));
    }
}
