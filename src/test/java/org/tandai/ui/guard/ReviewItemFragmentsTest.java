package org.tandai.ui.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandai.model.Anchor;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Source;
import org.tandai.model.Span;

/** The window's Orphans list names and replaces one fragment of a span in pieces. */
class ReviewItemFragmentsTest {
    private final ArticleText text = ArticleText.of("\u201cKami siap,\u201d kata Budi, \u201cuntuk bekerja sama.\u201d");

    @Test
    void anOrphanedFragmentIsListedByItsFragmentAndReplacedAlone() {
        AnnotatedDocument doc = new AnnotatedDocument(new DocumentInfo("a.txt", text.sha256(), "id"));
        Source s = new Source("s1");
        Span first = Span.of(text, 0, 12);
        Span lost = new Span(30, 52, "\u201cuntuk bekerja sama.\u201d", "", "", Anchor.ORPHANED);
        s.setContent(Span.ofFragmentsAsRead(List.of(first, lost)));
        doc.add(s);

        List<ReviewItem> items = ReviewItem.of(doc);
        assertEquals(List.of("s1.content.fragments[1]"), items.stream().map(ReviewItem::location).toList());
        assertEquals(Anchor.ORPHANED, items.get(0).anchor());
        assertEquals(lost, items.get(0).span());

        Span picked = Span.of(text, 24, 45);
        Source fixed = (Source) ReviewItem.withSpan(s, "s1.content.fragments[1]", picked);
        assertEquals(List.of(first, picked), fixed.content().fragments());
        assertEquals(Anchor.ORPHANED, s.content().fragments().get(1).anchor(), "the live annotation is not changed");
        assertNull(ReviewItem.withSpan(s, "s1.content.fragments[1]", Span.of(text, 5, 20)),
                "a fragment is not put onto its sibling");
    }
}
