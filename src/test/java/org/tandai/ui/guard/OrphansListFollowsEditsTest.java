package org.tandai.ui.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

/** The Orphans list follows every edit, but only lists again when a span to review is involved. */
class OrphansListFollowsEditsTest {
    private final ArticleText text = ArticleText.of("Kim bertemu Putin. Kim berkata, Putin tersenyum.");
    private final DocumentSession s = new DocumentSession(Path.of("a.txt"), text,
            SidecarStore.newDocument(Path.of("a.txt"), text), TagSet.defaults(), null, "ani",
            Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC), org.tandai.i18n.Messages.english());
    private final OrphansViewModel vm = new OrphansViewModel(org.tandai.i18n.Messages.english());

    private Entity entity(String id, String quote, Anchor anchor) {
        int i = text.text().indexOf(quote);
        Entity e = new Entity(id, quote, "PERSON");
        e.mentions().add(Span.of(text, i, i + quote.length()).withAnchor(anchor));
        return e;
    }

    @Test
    void editsOfPlacedSpansLeaveTheListAndReviewEditsUpdateIt() {
        s.apply("orphan", List.of(Change.add(entity("e1", "Putin", Anchor.ORPHANED))));
        vm.setSession(s);
        List<ReviewItem> before = List.copyOf(vm.items());
        assertEquals(List.of("e1.mentions[0]"), before.stream().map(ReviewItem::location).toList());

        s.apply("placed", List.of(Change.add(entity("e2", "Kim", Anchor.OK))));
        assertEquals(before, vm.items());

        s.apply("review", List.of(Change.add(entity("e3", "tersenyum", Anchor.REVIEW))));
        assertEquals(List.of("e1.mentions[0]", "e3.mentions[0]"), vm.items().stream().map(ReviewItem::location).toList());

        Entity fixed = entity("e1", "Putin", Anchor.OK);
        s.apply("reattach", List.of(Change.replace(s.document().entity("e1"), fixed)));
        assertEquals(List.of("e3.mentions[0]"), vm.items().stream().map(ReviewItem::location).toList());

        s.history().undo();
        assertEquals(List.of("e1.mentions[0]", "e3.mentions[0]"), vm.items().stream().map(ReviewItem::location).toList(),
                "undo brings the row back");
    }
}
