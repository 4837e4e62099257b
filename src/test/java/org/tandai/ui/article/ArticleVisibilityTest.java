package org.tandai.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.DocumentSession;

/** Hiding kinds in the article pane (no toolkit needed): what is restyled, drawn and clickable. */
class ArticleVisibilityTest {
    private static final String FILLER = "Lorem ipsum dolor sit amet. ".repeat(2000);
    private final ArticleText text = ArticleText.of("Budi datang ke Jakarta. " + FILLER + "Budi bilang hujan.");
    private final AnnotatedDocument doc = SidecarStore.newDocument(Path.of("a.txt"), text);
    private final AnnotationSelection selection = new AnnotationSelection();
    private final ArticleViewModel vm = new ArticleViewModel(selection);
    private final List<int[]> restyled = new ArrayList<>();
    private final int last = text.text().lastIndexOf("Budi");
    private Entity budi;
    private Claim claim;

    private void open() {
        budi = new Entity(doc.newId(Kind.ENTITY), "Budi", "PERSON");
        budi.mentions().add(Span.of(text, 0, 4));
        budi.mentions().add(Span.of(text, last, last + 4));
        doc.add(budi);
        Entity jakarta = new Entity(doc.newId(Kind.ENTITY), "Jakarta", "LOCATION");
        jakarta.mentions().add(Span.of(text, 15, 22));
        doc.add(jakarta);
        claim = new Claim(doc.newId(Kind.CLAIM), Span.of(text, last + 5, last + 17), "Budi says it rains");
        doc.add(claim);
        vm.setRestyler((a, b) -> restyled.add(new int[] {a, b}));
        vm.sessionProperty().set(new DocumentSession(Path.of("a.txt"), text, doc, TagSet.defaults(), null, "t", Clock.systemUTC(), org.tandai.i18n.Messages.english()));
        restyled.clear();
    }

    private boolean styled(int at, String cls) {
        return vm.styles(at, at + 1).getStyleSpan(0).getStyle().contains(cls);
    }

    @Test
    void hidingATypeRestylesOnlyItsMentionsAndTheyCannotBeClicked() {
        open();
        assertTrue(styled(0, "ent-PERSON"));
        vm.visibility().setHidden(ArticleVisibility.entityKey("PERSON"), true);

        assertEquals(2, restyled.size(), "one restyle per mention, not the whole article");
        assertEquals(0, restyled.get(0)[0]);
        assertEquals(4, restyled.get(0)[1]);
        assertEquals(last, restyled.get(1)[0]);
        assertFalse(styled(0, "ent-PERSON"));
        assertFalse(styled(last, "ent-PERSON"));
        assertTrue(styled(15, "ent-LOCATION"), "other types stay");
        assertTrue(styled(last + 6, "claim"));
        assertTrue(vm.annotationsAt(1).isEmpty(), "a hidden mention is not under the mouse");
        vm.clickAt(1);
        assertEquals(null, selection.get());

        vm.visibility().setHidden(ArticleVisibility.entityKey("PERSON"), false);
        assertTrue(styled(0, "ent-PERSON"));
        assertEquals(List.of(budi.id()), vm.annotationsAt(1));
    }

    @Test
    void aKindHiddenBeforeOpeningIsNotDrawnAndAnEditKeepsItHidden() {
        vm.visibility().setHidden(ArticleVisibility.CLAIM, true);
        open();
        assertFalse(styled(last + 6, "claim"));
        new org.tandai.ui.common.Edits(vm.session()).newClaim(Span.of(text, 0, 10), "another"); // an undoable edit
        assertFalse(styled(1, "claim"), "a new claim while claims are hidden is not drawn");
        new org.tandai.ui.common.Edits(vm.session()).newEntity("Budi", "PERSON", Span.of(text, 0, 4));
        assertTrue(styled(1, "ent-PERSON"), "a new entity is");
        vm.visibility().setHidden(ArticleVisibility.CLAIM, false);
        assertTrue(styled(last + 6, "claim"));
        assertTrue(styled(1, "claim"));
    }

    @Test
    void hidingSuggestionsLeavesTheirOverlayOutOfTheStyles() {
        open();
        SuggestionHighlights overlay = new SuggestionHighlights(vm);
        Entity suggested = new Entity("s1", "Lorem", "PERSON");
        int at = text.text().indexOf("Lorem");
        suggested.mentions().add(Span.of(text, at, at + 5));
        overlay.show(Map.of("k1", suggested));
        assertTrue(styled(at, SuggestionHighlights.SUGGESTION));
        restyled.clear();

        vm.visibility().setHidden(ArticleVisibility.SUGGESTIONS, true);
        assertFalse(styled(at, SuggestionHighlights.SUGGESTION));
        assertEquals(1, restyled.size());
        assertEquals(at, restyled.get(0)[0]);
        vm.visibility().setHidden(ArticleVisibility.SUGGESTIONS, false);
        assertTrue(styled(at, SuggestionHighlights.SUGGESTION));
    }
}
