package org.tandai.ui.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tandai.model.ArticleText;
import org.tandai.model.Relation;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.AttributeEdits;
import org.tandai.ui.common.Edits;
import org.tandai.ui.common.SourceDraft;

/**
 * The relation and attribute edits without a window: R/T in the view model (allowed types only,
 * the refusal, the start kept when the choice is cancelled), stamping, unset removing the key, a
 * mention's attribute on its span, deleting an end, and undo of each.
 */
class RelationEditsTest {
    private final ArticleText text = ArticleText.of("Kim bertemu Putin. Harga naik. Harga tidak naik.");
    private final DocumentSession s = new DocumentSession(Path.of("a.txt"), text,
            SidecarStore.newDocument(Path.of("a.txt"), text), TagSet.defaults(), null, "ani",
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC), org.tandai.i18n.Messages.english());
    private final Edits edits = new Edits(s);
    private final AnnotationSelection selection = new AnnotationSelection();
    private final List<String> notices = new ArrayList<>();
    private final List<List<String>> offered = new ArrayList<>();
    private Integer answer = 0;
    private String status;
    private final RelationsViewModel vm = new RelationsViewModel(selection, new Dialogs(), m -> status = m,
            org.tandai.i18n.Messages.english());

    private Span span(String quote) {
        int i = text.text().indexOf(quote);
        return Span.of(text, i, i + quote.length());
    }

    @Test
    void rThenTOffersTheClaimToClaimTypesAndMakesTheChosenOne() {
        vm.setSession(s);
        String c1 = edits.newClaim(span("Harga naik"), "Harga naik");
        String c2 = edits.newClaim(span("Harga tidak naik"), "Harga tidak naik");
        selection.select(c2, null);
        vm.startFromSelection();
        assertEquals(c2, vm.startProperty().get());
        selection.select(c1, null);
        answer = 1;
        String id = vm.relateToStart();
        assertEquals(List.of(List.of("Supports", "Contradicts")), offered);
        Relation r = s.document().relation(id);
        assertEquals(List.of("contradicts", c2, c1, "ani"), List.of(r.type(), r.from(), r.to(), r.createdBy()));
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"), r.createdAt());
        assertNull(vm.startProperty().get(), "the start is used up");
        assertEquals(List.of(r), vm.relations());
        s.history().undo();
        assertTrue(vm.relations().isEmpty());
    }

    @Test
    void noAllowedTypeIsRefusedWithTheAllowedOnesNamed() {
        vm.setSession(s);
        String e = edits.newEntity("Kim", "PERSON", span("Kim"));
        String c = edits.newClaim(span("Harga naik"), "Harga naik");
        selection.select(e, null);
        vm.startFromSelection();
        selection.select(c, null);
        assertNull(vm.relateToStart());
        assertTrue(offered.isEmpty());
        assertEquals(List.of("No relation type goes from an entity to a claim (" + e + " \u2192 " + c + "); nothing was made."
                + " The tag set allows: Supports (claim \u2192 claim), Contradicts (claim \u2192 claim), Part of (entity \u2192 entity)."),
                notices);
        assertTrue(s.document().relations().isEmpty());
    }

    @Test
    void tWithoutAStartOrOnTheStartItselfSaysWhatToDo() {
        vm.setSession(s);
        String c = edits.newClaim(span("Harga naik"), "Harga naik");
        selection.select(c, null);
        assertNull(vm.relateToStart());
        assertTrue(status.startsWith("First select the annotation the relation goes from and press R"), status);
        vm.startFromSelection();
        assertNull(vm.relateToStart());
        assertTrue(status.startsWith("Select the other end of the relation from " + c), status);
        answer = -1;
        String other = edits.newClaim(span("Harga tidak naik"), "Harga tidak naik");
        selection.select(other, null);
        assertNull(vm.relateToStart());
        assertEquals(c, vm.startProperty().get(), "cancelling keeps the start");
    }

    @Test
    void typeChangesOnlyToAnAllowedTypeAndSwapOnlyForADirectedOne() {
        vm.setSession(s);
        String c1 = edits.newClaim(span("Harga naik"), "Harga naik");
        String c2 = edits.newClaim(span("Harga tidak naik"), "Harga tidak naik");
        String r = edits.newRelation("supports", c1, c2);
        assertFalse(vm.setType(r, "part-of"), "part-of is entity to entity");
        assertTrue(vm.swap(r));
        assertEquals(c2, s.document().relation(r).from());
        assertTrue(vm.setType(r, "contradicts"));
        assertFalse(vm.swap(r), "contradicts is symmetric");
        s.history().undo();
        s.history().undo();
        assertEquals(List.of("supports", c1), List.of(s.document().relation(r).type(), s.document().relation(r).from()));
    }

    @Test
    void anUnsetAttributeIsRemovedFromTheMap() {
        String c = edits.newClaim(span("Harga naik"), "Harga naik");
        assertTrue(new AttributeEdits(s).setAttribute(c, "hedged", true));
        assertEquals(Map.of("hedged", true), s.document().claim(c).attributes());
        assertFalse(new AttributeEdits(s).setAttribute(c, "hedged", true), "no change, no undo step");
        assertTrue(new AttributeEdits(s).setAttribute(c, "hedged", null));
        assertFalse(s.document().claim(c).attributes().containsKey("hedged"));
        s.history().undo();
        assertEquals(Map.of("hedged", true), s.document().claim(c).attributes());
    }

    @Test
    void aMentionAttributeIsSetOnThatMentionsSpanOnly() {
        String e = edits.newEntity("Harga", "OTHER", Span.of(text, 19, 24));
        Span first = s.document().entity(e).mentions().get(0);
        edits.addMention(e, Span.of(text, 31, 36));
        Span now = new AttributeEdits(s).setMentionAttribute(e, first, "negated", true);
        assertEquals(Map.of("negated", true), now.attributes());
        assertEquals(List.of(Map.of("negated", true), Map.of()),
                s.document().entity(e).mentions().stream().map(Span::attributes).toList());
        s.history().undo();
        assertEquals(first, s.document().entity(e).mentions().get(0));
    }

    @Test
    void deletingAnEndDeletesItsRelationsAndUndoRestoresThemInOrder() {
        String c1 = edits.newClaim(span("Harga naik"), "Harga naik");
        String c2 = edits.newClaim(span("Harga tidak naik"), "Harga tidak naik");
        String e = edits.newEntity("Kim", "PERSON", span("Kim"));
        String r1 = edits.newRelation("supports", c1, c2);
        String r2 = edits.newRelation("contradicts", c2, c1);
        String other = edits.newRelation("part-of", e, edits.newEntity("Putin", "PERSON", span("Putin")));
        assertTrue(edits.delete(c1));
        assertEquals(List.of(other), s.document().relations().stream().map(Relation::id).toList());
        s.history().undo();
        assertEquals(List.of(r1, r2, other), s.document().relations().stream().map(Relation::id).toList());
    }

    @Test
    void mergingEntitiesMovesTheirRelationsToTheKeptOneAndDropsOneThatWouldLinkItToItself() {
        String kim = edits.newEntity("Kim", "PERSON", span("Kim"));
        String putin = edits.newEntity("Putin", "PERSON", span("Putin"));
        String harga = edits.newEntity("Harga", "OTHER", span("Harga"));
        String between = edits.newRelation("part-of", putin, kim);
        String outward = edits.newRelation("part-of", putin, harga);
        assertTrue(edits.merge(kim, putin));
        assertEquals(List.of(outward), s.document().relations().stream().map(Relation::id).toList());
        assertEquals(kim, s.document().relation(outward).from());
        s.history().undo();
        assertEquals(List.of(between, outward), s.document().relations().stream().map(Relation::id).toList());
        assertEquals(putin, s.document().relation(outward).from());
    }

    private final class Dialogs implements DialogService {
        @Override
        public void showError(String title, String message) {
            notices.add(message);
        }

        @Override
        public void notify(String message) {
            notices.add(message);
        }

        @Override
        public void notifyWarning(String message) {
            notices.add(message);
        }

        @Override
        public Optional<Integer> choose(String title, String message, List<String> options) {
            offered.add(options);
            return answer == null || answer < 0 ? Optional.empty() : Optional.of(answer);
        }

        @Override
        public Optional<String> askText(String title, String message, String initial) {
            return Optional.empty();
        }

        @Override
        public Optional<SourceDraft> editSource(DocumentSession session, SourceDraft draft) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(Path initial) {
            return Optional.empty();
        }

        @Override
        public void showText(String title, String text) {
        }
    }
}
