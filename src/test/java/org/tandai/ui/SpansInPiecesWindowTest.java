package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.Relation;
import org.tandai.model.Span;
import org.tandai.ui.common.Change;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.FragmentList;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Spans in pieces in the real window (issue 10): a selection in pieces by Ctrl+drag or
 * Ctrl+Shift+A, annotations made from it, a fragment added to the selected mention, the fragment
 * lists of the detail forms, and deletion that cleans every reference. Asserts the rows, the
 * styles on the characters and the model; undo and redo for each.
 */
class SpansInPiecesWindowTest {
    private static TestWindow window;
    private static Stage stage;
    private static Workbench wb;
    private static final FakeDialogs dialogs = new FakeDialogs();
    private static final Settings settings = new Settings();
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path tmp;

    @BeforeAll
    static void startWindow() throws Exception {
        window = TestWindow.standard(dialogs, settings);
        stage = window.stage;
        wb = window.workbench;
    }

    @AfterAll
    static void closeWindow() throws Exception {
        window.close();
    }

    @BeforeEach
    void openFreshCorpus() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, tmp.resolve(f.getFileName()));
            }
        }
        dialogs.clear();
        settings.lastArticle = null;
        robot.interact(() -> wb.openFolder(tmp, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void saveBeforeTheTemporaryFolderGoes() {
        robot.interact(() -> wb.vm().save());
    }

    private DocumentSession session() {
        return wb.vm().session();
    }

    private StyleClassedTextArea area() {
        return wb.articleView().area();
    }

    private int indexOf(String quote) {
        return area().getText().indexOf(quote);
    }

    private Collection<String> styleAt(int i) {
        return area().getStyleOfChar(i);
    }

    private void assertStyled(String quote, String cls, boolean styled) {
        int a = indexOf(quote);
        for (int i = a; i < a + quote.length(); i++) {
            assertEquals(styled, styleAt(i).contains(cls), "\u201c" + quote + "\u201d char " + i + " " + cls);
        }
    }

    private Point2D screenPoint(int charIndex, boolean left) {
        try {
            Bounds b = WaitForAsyncUtils.asyncFx(() -> area().getCharacterBoundsOnScreen(charIndex, charIndex + 1)
                    .orElseThrow()).get();
            return new Point2D(left ? b.getMinX() + 1 : b.getMaxX() - 1, b.getCenterY());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void dragOver(String quote) {
        int a = indexOf(quote);
        robot.drag(screenPoint(a, true)).dropTo(screenPoint(a + quote.length() - 1, false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectInArea(String quote) {
        int a = indexOf(quote);
        robot.interact(() -> {
            area().requestFocus();
            area().selectRange(a, a + quote.length());
        });
        assertEquals(quote, area().getSelectedText());
    }

    private Span span(String quote) {
        int a = session().text().toCodePoint(indexOf(quote));
        return Span.of(session().text(), a, a + quote.codePointCount(0, quote.length()));
    }

    private Claim claimOver(String quote) {
        return session().document().claims().stream()
                .filter(c -> c.span().fragments().get(0).exact().equals(quote)).findFirst().orElse(null);
    }

    private void ctrl(KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The mouse way: drag the first piece, then Ctrl+drag the second; C makes one claim of both. */
    @Test
    void ctrlDragSelectsTheNextPiece() {
        dragOver("inflasi");
        robot.press(KeyCode.CONTROL);
        dragOver("mencapai 3 persen");
        robot.release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("mencapai 3 persen", area().getSelectedText(), "the Ctrl+drag made the live selection");
        assertEquals(1, wb.articleVm().pieces().heldCount(), "the first piece is held");
        assertTrue(styleAt(indexOf("inflasi")).contains("piece"), "the held piece is painted");
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        Claim c = claimOver("inflasi");
        assertNotNull(c, "claim made; status: " + wb.vm().statusProperty().get());
        assertEquals(List.of(span("inflasi"), span("mencapai 3 persen")), c.span().fragments());
        assertStyled(" bulan lalu ", "claim", false);
    }

    @Test
    void aTwoPieceClaimHasBothPiecesStyledAndNotTheGap() {
        dragOver("inflasi");
        assertEquals("inflasi", area().getSelectedText());
        ctrl(KeyCode.SHIFT, KeyCode.A);
        dragOver("mencapai 3 persen");
        assertTrue(styleAt(indexOf("inflasi")).contains("piece"), "the first piece is painted as selected");
        assertEquals("mencapai 3 persen", area().getSelectedText(), "the second piece is the live selection");
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();

        Claim c = claimOver("inflasi");
        assertNotNull(c, "claim made; claims: " + session().document().claims());
        assertEquals(List.of(span("inflasi"), span("mencapai 3 persen")), c.span().fragments());
        assertEquals("inflasi mencapai 3 persen", c.statement());
        assertTrue(wb.claimsView().table().getItems().contains(c), "the claim has a row");
        assertStyled("inflasi", "claim", true);
        assertStyled("mencapai 3 persen", "claim", true);
        assertStyled(" bulan lalu ", "claim", false);
        assertStyled("inflasi", "fragment", true);
        assertStyled("mencapai 3 persen", "fragment", true);
        assertStyled("inflasi", "piece", false);
        // The selected claim highlights all its pieces, not the gap.
        assertStyled("mencapai 3 persen", "selected", true);
        assertStyled(" bulan lalu ", "selected", false);
        // The form lists both pieces with their offsets.
        FragmentList list = robot.lookup("#claim-fragments").queryAs(FragmentList.class);
        assertTrue(list.isVisible());
        assertEquals(2, list.texts().size());
        assertTrue(list.texts().get(0).contains("\u201cinflasi\u201d  " + span("inflasi").start() + "\u2013"), list.texts().get(0));

        ctrl(KeyCode.Z);
        assertNull(claimOver("inflasi"));
        assertStyled("inflasi", "claim", false);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, claimOver("inflasi").span().fragmentCount());
        assertStyled("mencapai 3 persen", "claim", true);
        assertStyled(" bulan lalu ", "claim", false);
    }

    @Test
    void theAddPieceKeyMakesAMentionInPiecesAndEscapeClearsPieces() {
        selectInArea("Badan");
        ctrl(KeyCode.SHIFT, KeyCode.A);
        assertTrue(styleAt(indexOf("Badan")).contains("piece"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(styleAt(indexOf("Badan")).contains("piece"), "Escape clears the pieces");

        selectInArea("Badan");
        ctrl(KeyCode.SHIFT, KeyCode.A);
        selectInArea("Statistik");
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        Entity bps = session().document().entities().stream().filter(e -> e.name().equals("Badan Statistik"))
                .findFirst().orElse(null);
        assertNotNull(bps, "entities: " + session().document().entities().stream().map(Entity::name).toList());
        assertEquals(List.of(span("Badan"), span("Statistik")), bps.mentions().get(0).fragments());
        assertStyled("Badan", "ent-ORGANIZATION", true);
        assertStyled(" Pusat ", "ent-ORGANIZATION", false);
        assertStyled("Statistik", "ent-ORGANIZATION", true);
    }

    @Test
    void aFragmentIsAddedToTheSelectedMentionAndRemovedInTheForm() {
        int j = indexOf("Jakarta");
        robot.interact(() -> wb.articleVm().clickAt(j + 1));
        assertEquals("e2", wb.entitiesView().table().getSelectionModel().getSelectedItem().id());
        selectInArea("Senin");
        ctrl(KeyCode.SHIFT, KeyCode.F);
        Entity jakarta = session().entity("e2");
        assertEquals(List.of(span("Jakarta"), span("Senin")), jakarta.mentions().get(0).fragments());
        assertStyled("Senin", "ent-LOCATION", true);
        assertStyled(", ", "ent-LOCATION", false);
        assertStyled("Senin", "selected", true, "the grown mention stays selected, all its pieces");

        FragmentList list = robot.lookup("#mention-fragments").queryAs(FragmentList.class);
        assertTrue(list.isVisible(), "the selected mention's fragments are listed");
        assertEquals(2, list.texts().size());
        assertTrue(list.texts().get(1).contains("Senin"));
        robot.clickOn(list.removeButton(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(span("Senin"), session().entity("e2").mentions().get(0));
        assertStyled("Jakarta", "ent-LOCATION", false);
        assertFalse(list.isVisible(), "one piece left: nothing to remove");

        ctrl(KeyCode.Z);
        assertEquals(2, session().entity("e2").mentions().get(0).fragmentCount());
        assertStyled("Jakarta", "ent-LOCATION", true);
        ctrl(KeyCode.Z);
        assertEquals(span("Jakarta"), session().entity("e2").mentions().get(0));
        assertStyled("Senin", "ent-LOCATION", false);
    }

    private void assertStyled(String quote, String cls, boolean styled, String why) {
        assertStyled(quote, cls, styled);
    }

    @Test
    void deletingAnEntityCleansTheClaimantSpeakerAndRelationAndUndoRestoresThem() {
        Relation partOf = new Relation(session().newId(Kind.RELATION), "part-of", "e1", "e2");
        robot.interact(() -> {
            new org.tandai.ui.common.Edits(session()).update("c1", "claimant", Claim.class, c -> c.setClaimant("e1"));
            session().apply("relation", List.of(Change.add(partOf)));
        });
        assertFalse(session().document().referrersOf("e1").isEmpty());
        int budi = indexOf("Budi Santoso");
        robot.interact(() -> wb.articleVm().clickAt(budi + 1));
        robot.interact(() -> area().requestFocus());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertNull(session().entity("e1"));
        assertTrue(wb.entitiesView().table().getItems().stream().noneMatch(e -> e.id().equals("e1")));
        assertNull(session().document().claim("c1").claimant());
        assertTrue(session().document().sources().stream().noneMatch(s -> "e1".equals(s.speaker())));
        assertTrue(session().document().relations().isEmpty(), "the relation from e1 is gone");
        assertTrue(session().document().referrersOf("e1").isEmpty());
        assertFalse(styleAt(budi).contains("ent-PERSON"));

        ctrl(KeyCode.Z);
        assertNotNull(session().entity("e1"));
        assertEquals("e1", session().document().claim("c1").claimant());
        assertEquals(List.of(partOf.id()), session().document().relations().stream().map(Relation::id).toList());
        assertTrue(styleAt(budi).contains("ent-PERSON"));
        assertTrue(wb.entitiesView().table().getItems().stream().anyMatch(e -> e.id().equals("e1")));
    }
}
