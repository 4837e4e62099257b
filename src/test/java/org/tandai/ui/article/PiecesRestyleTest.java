package org.tandai.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.DocumentSession;
import org.tandai.model.Claim;
import org.tandai.ui.common.Edits;
import org.tandai.model.SpanRef;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Spans in pieces in the article pane: each piece painted, never the gap, restyled piece by piece. */
class PiecesRestyleTest {
    private static final String FILLER = "Lorem ipsum dolor sit amet. ".repeat(400);
    private final ArticleText text = ArticleText.of("Kami siap, kata Budi. " + FILLER + "Untuk bekerja sama.");
    private final AnnotatedDocument doc = SidecarStore.newDocument(Path.of("a.txt"), text);
    private final AnnotationSelection selection = new AnnotationSelection();
    private final ArticleViewModel vm = new ArticleViewModel(selection);
    private final List<int[]> restyled = new ArrayList<>();
    private DocumentSession session;
    private final int far = text.text().indexOf("Untuk");

    private void open() {
        vm.setRestyler((a, b) -> restyled.add(new int[] {a, b}));
        session = new DocumentSession(Path.of("a.txt"), text, doc, TagSet.defaults(), null, "t", Clock.systemUTC(), org.tandai.i18n.Messages.english());
        vm.sessionProperty().set(session);
        restyled.clear();
    }

    private boolean styled(int at, String cls) {
        return vm.styles(at, at + 1).getStyleSpan(0).getStyle().contains(cls);
    }

    @Test
    void aClaimInTwoFarPiecesIsPaintedAndRestyledOnlyOnItsPieces() {
        open();
        Span pieces = Span.ofFragments(List.of(Span.of(text, 0, 9), Span.of(text, far, far + 18)));
        String id = new Edits(session).newClaim(pieces, "x");

        assertEquals(2, restyled.size(), "one restyle per piece, not one over the gap");
        assertEquals(0, restyled.get(0)[0]);
        assertEquals(9, restyled.get(0)[1]);
        assertEquals(far, restyled.get(1)[0]);
        assertTrue(styled(0, "claim") && styled(far, "claim") && styled(far, Highlights.FRAGMENT));
        assertFalse(styled(100, "claim"), "the gap is not painted");

        restyled.clear();
        selection.select(id, null);
        assertEquals(2, restyled.size());
        assertTrue(styled(0, "selected") && styled(far + 3, "selected"));
        assertFalse(styled(100, "selected"));
        assertEquals(List.of(id), vm.annotationsAt(far + 1));
        assertTrue(vm.annotationsAt(100).isEmpty(), "a click in the gap hits nothing");
    }

    @Test
    void heldPiecesAreMergedPaintedAndMadeIntoOneSpan() {
        open();
        vm.selectionStartProperty().set(0);
        vm.selectionEndProperty().set(4);
        assertTrue(vm.pieces().holdLive());
        assertEquals(List.of(new int[] {0, 4}).get(0)[1], restyled.get(0)[1], "only the piece is restyled");
        assertTrue(styled(0, PieceSelection.STYLE));
        vm.selectionStartProperty().set(2);
        vm.selectionEndProperty().set(9);
        vm.pieces().holdLive();
        assertEquals(1, vm.pieces().heldCount(), "overlapping pieces merge");
        vm.selectionStartProperty().set(far);
        vm.selectionEndProperty().set(far + 5);
        Span span = vm.pieces().span(false);
        assertEquals(List.of(Span.of(text, 0, 9), Span.of(text, far, far + 5)), span.fragments());
        assertTrue(vm.pieces().clear());
        assertFalse(styled(0, PieceSelection.STYLE));
        vm.selectionStartProperty().set(0);
        vm.selectionEndProperty().set(0);
        assertNull(vm.pieces().span(false));
    }
}
