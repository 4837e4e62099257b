package org.tandai.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandai.model.Anchor;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.Change;
import org.tandai.ui.common.DocumentSession;

/** Pressing a type key over text that an entity already has as a mention offers that entity. */
class MatchingEntityTest {
    private final ArticleText text = ArticleText.of("😀 Presiden  Jokowi  tiba. Lalu jokowi pergi; PRESIDEN bicara.");
    private final DocumentSession s = new DocumentSession(Path.of("a.txt"), text,
            SidecarStore.newDocument(Path.of("a.txt"), text), TagSet.defaults(), null, "ani", Clock.systemUTC(), org.tandai.i18n.Messages.english());

    private Span span(String quote, int nth) {
        int i = -1;
        for (int k = 0; k <= nth; k++) {
            i = text.text().indexOf(quote, i + 1);
        }
        return Span.of(text, text.toCodePoint(i), text.toCodePoint(i + quote.length()));
    }

    private void entity(String id, String name, Span mention) {
        Entity e = new Entity(id, name, "PERSON");
        e.mentions().add(mention);
        s.apply("add", List.of(Change.add(e)));
    }

    @Test
    void aMentionMatchesIgnoringCaseAndSurroundingSpaceAfterAnEmoji() {
        entity("e1", "Joko Widodo", span("  Jokowi  ", 0));
        entity("e2", "Kepala negara", span("Presiden", 0));
        assertEquals("e1", AnnotateActions.findMatchingEntity(s, span("jokowi", 0)).id());
        assertEquals("e2", AnnotateActions.findMatchingEntity(s, span("PRESIDEN", 0)).id());
        assertNull(AnnotateActions.findMatchingEntity(s, span("tiba", 0)));
        assertNull(AnnotateActions.findMatchingEntity(s, span("Jokow", 0)), "a part of a mention is not that mention");
    }

    @Test
    void anOrphanedMentionIsComparedByItsOldQuote() {
        Span moved = new Span(0, 4, "Lalu", "", "", Anchor.ORPHANED);
        entity("e1", "Someone", moved);
        assertEquals("e1", AnnotateActions.findMatchingEntity(s, span("Lalu", 0)).id());
        assertNull(AnnotateActions.findMatchingEntity(s, span("😀 Pr", 0)));
    }
}
