package org.tandai.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Kind;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.SpanRef;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;

/** Spans in pieces as edits: adding and removing fragments, and deleting with the clean-up walk. */
class FragmentEditsTest {
    private final ArticleText text = ArticleText.of("\u201cKami siap,\u201d kata Budi, \u201cuntuk bekerja sama.\u201d Putin diam.");
    private final DocumentSession s = new DocumentSession(Path.of("a.txt"), text,
            SidecarStore.newDocument(Path.of("a.txt"), text), TagSet.defaults(), null, "ani",
            Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC), org.tandai.i18n.Messages.english());
    private final Edits edits = new Edits(s);

    private Span span(String quote) {
        int i = text.text().indexOf(quote);
        return Span.of(text, i, i + quote.length());
    }

    @Test
    void aFragmentAddedToAClaimIsOneUndoableStep() {
        String c = edits.newClaim(span("Kami siap"), "Kami siap untuk bekerja sama");
        Span grown = edits.addFragment(c, SpanRef.single("span", span("Kami siap")), span("untuk bekerja sama"));
        assertNotNull(grown);
        assertEquals(List.of(span("Kami siap"), span("untuk bekerja sama")), s.document().claim(c).span().fragments());
        assertEquals("Add a fragment to claim " + c + " span", s.history().undoLabelProperty().get());
        s.history().undo();
        assertEquals(1, s.document().claim(c).span().fragmentCount());
        s.history().redo();
        assertEquals(2, s.document().claim(c).span().fragmentCount());
    }

    @Test
    void anOverlappingFragmentChangesNothing() {
        String c = edits.newClaim(span("Kami siap"), "x");
        assertNull(edits.addFragment(c, SpanRef.single("span", span("Kami siap")), span("siap")));
        assertEquals(1, s.history().size());
    }

    @Test
    void aFragmentAddedToOneMentionLeavesTheOthers() {
        String e = edits.newEntity("Budi", "PERSON", span("Budi"));
        edits.addMention(e, span("Putin"));
        SpanRef first = s.document().entity(e).spans().get(0);
        edits.addFragment(e, first, span("Kami"));
        assertEquals(List.of(span("Kami"), span("Budi")), s.document().entity(e).mentions().get(0).fragments());
        assertEquals(span("Putin"), s.document().entity(e).mentions().get(1));
    }

    @Test
    void removingAFragmentIsUndoableAndTheLastIsNeverRemoved() {
        String c = edits.newClaim(Span.ofFragments(List.of(span("Kami siap"), span("untuk bekerja sama"))), "x");
        SpanRef ref = s.document().claim(c).spans().get(0);
        Span shrunk = edits.removeFragment(c, ref, 0);
        assertEquals(span("untuk bekerja sama"), shrunk);
        assertEquals(span("untuk bekerja sama"), s.document().claim(c).span());
        assertNull(edits.removeFragment(c, s.document().claim(c).spans().get(0), 0), "the last fragment stays");
        s.history().undo();
        assertEquals(2, s.document().claim(c).span().fragmentCount());
    }

    @Test
    void deletingAnEntityCleansEveryReferrerAndItsRelationsInOneUndoableStep() {
        String budi = edits.newEntity("Budi", "PERSON", span("Budi"));
        String putin = edits.newEntity("Putin", "PERSON", span("Putin"));
        String c = edits.newClaim(span("Kami siap"), "x");
        edits.update(c, "claimant", Claim.class, x -> x.setClaimant(budi));
        Source src = new Source(s.newId(Kind.SOURCE));
        src.setCue(span("kata"));
        src.setSpeaker(budi);
        src.claimIds().add(c);
        s.apply("source", List.of(Change.add(src)));
        Relation partOf = new Relation(s.newId(Kind.RELATION), "part-of", putin, budi);
        Relation onRelation = new Relation(s.newId(Kind.RELATION), "supports", partOf.id(), c);
        s.apply("relations", List.of(Change.add(partOf), Change.add(onRelation)));
        int steps = s.history().size();

        assertTrue(edits.delete(budi));
        assertEquals(steps + 1, s.history().size(), "one step");
        assertNull(s.document().entity(budi));
        assertNull(s.document().claim(c).claimant());
        assertNull(s.document().source(src.id()).speaker());
        assertEquals(List.of(c), s.document().source(src.id()).claimIds());
        assertTrue(s.document().relations().isEmpty(), "the relation on budi and the one on that relation go");
        assertTrue(s.document().referrersOf(budi).isEmpty());

        s.history().undo();
        assertEquals(budi, s.document().claim(c).claimant());
        assertEquals(budi, s.document().source(src.id()).speaker());
        assertEquals(List.of(partOf.id(), onRelation.id()), s.document().relations().stream().map(r -> r.id()).toList());
        assertEquals(List.of(budi, putin), s.document().entities().stream().map(e -> e.id()).toList());
    }

    @Test
    void mergingMovesARelationEndToTheKeptEntity() {
        String a = edits.newEntity("Budi", "PERSON", span("Budi"));
        String b = edits.newEntity("Putin", "PERSON", span("Putin"));
        String org = edits.newEntity("Kami", "ORGANIZATION", span("Kami"));
        Relation r = new Relation(s.newId(Kind.RELATION), "part-of", b, org);
        s.apply("relation", List.of(Change.add(r)));
        edits.merge(a, b);
        assertEquals(a, s.document().relation(r.id()).from());
    }
}
