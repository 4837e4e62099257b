package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.store.DocumentFiles;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window under Monocle as a user would: keyboard and mouse selection, type keys,
 * C and S, table edits, undo/redo, save, article switching, merging. Asserts on the rendered text
 * styles, the table rows, the title and the JSON on disk. One window for the whole class.
 */
class WorkbenchTest {
    private static TestWindow window;
    private static Stage stage;
    private static Workbench wb;
    private static final FakeDialogs dialogs = new FakeDialogs();
    private static final Settings settings = new Settings();
    private static Path configDir;
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path tmp;

    @BeforeAll
    static void startWindow() throws Exception {
        window = TestWindow.standard(dialogs, settings);
        stage = window.stage;
        wb = window.workbench;
        configDir = window.configDir;
    }

    @AfterAll
    static void closeWindow() throws Exception {
        window.close();
    }

    @BeforeEach
    void openFreshCorpus() throws Exception {
        Path src = Path.of("src/test/resources/corpus");
        try (Stream<Path> files = Files.list(src)) {
            for (Path f : files.toList()) {
                Files.copy(f, tmp.resolve(f.getFileName()));
            }
        }
        dialogs.choices.clear();
        dialogs.errors.clear();
        dialogs.sourceForm = d -> d;
        settings.lastArticle = null;
        robot.interact(() -> wb.openFolder(tmp, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @org.junit.jupiter.api.AfterEach
    void saveBeforeTheTemporaryFolderGoes() {
        // The next test opens another folder, which saves this document first.
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

    /** Puts the caret before {@code quote} and Shift+Right's over it, as a keyboard user would. */
    private void selectWithKeyboard(String quote) {
        int at = indexOf(quote);
        robot.clickOn(area());
        robot.interact(() -> area().moveTo(at));
        robot.press(KeyCode.SHIFT);
        for (int i = 0; i < quote.length(); i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(quote, area().getSelectedText());
    }

    private Point2D screenPoint(int charIndex, boolean left) {
        Bounds b;
        try {
            b = WaitForAsyncUtils.asyncFx(() -> area().getCharacterBoundsOnScreen(charIndex, charIndex + 1).orElseThrow()).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return new Point2D(left ? b.getMinX() + 1 : b.getMaxX() - 1, b.getCenterY());
    }

    private Entity entityNamed(String name) {
        return session().document().entities().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private JsonObject sidecarOnDisk(String article) throws IOException {
        return JsonParser.parseString(Files.readString(tmp.resolve(article.replace(".txt", ".annotations.json")),
                StandardCharsets.UTF_8)).getAsJsonObject();
    }

    @Test
    void opensTheCorpusWithHighlightsTitleAndStatus() {
        assertEquals("Tandai \u2014 alpha.txt", stage.getTitle());
        int budi = indexOf("Budi Santoso");
        assertTrue(styleAt(budi).contains("ent-PERSON"));
        assertTrue(styleAt(indexOf("Harga")).contains("claim"));
        assertTrue(styleAt(indexOf("kata")).contains("cue"));
        assertFalse(styleAt(indexOf("Senin")).contains("ent-PERSON"));
        assertEquals(2, wb.entitiesView().table().getItems().size());
        assertEquals(2, wb.corpusView().list().getItems().size());
        assertTrue(robot.lookup("#counts-status").queryLabeled().getText().startsWith("2 entities"));
        assertTrue(robot.lookup(".tool-bar .button").match(n -> "action.edit.undo".equals(n.getId())).queryButton().isDisabled(), "nothing to undo in a freshly opened article");
    }

    @Test
    void everyAnnotationOfTheBundledSeedIsHighlighted() throws Exception {
        Path seeds = TestFiles.seed(tmp.resolve("seeds")).getParent();
        robot.interact(() -> wb.openFolder(seeds, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Tandai \u2014 000_39d3cf8f1d629551.txt", stage.getTitle());
        var doc = session().document();
        for (Entity e : doc.entities()) {
            for (var m : e.mentions()) {
                assertTrue(styleAt(session().text().toUtf16(m.start())).contains(org.tandai.ui.common.Theme.entityClass(e.type())),
                        e.id() + " at " + m.start());
            }
        }
        for (Claim c : doc.claims()) {
            assertTrue(styleAt(session().text().toUtf16(c.span().start())).contains("claim"), c.id());
        }
        for (Source src : doc.sources()) {
            if (src.cue() != null) {
                assertTrue(styleAt(session().text().toUtf16(src.cue().start())).contains("cue"), src.id());
            }
        }
        assertEquals(doc.entities().size(), wb.entitiesView().table().getItems().size());
        assertEquals(doc.claims().size(), wb.claimsView().table().getItems().size());
        assertEquals(doc.sources().size(), wb.sourcesView().table().getItems().size());
    }

    @Test
    void keyboardSelectionAndTypeKeyMakeAnEntityOnExactlyThoseCharacters() {
        selectWithKeyboard("Badan Pusat Statistik");
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        Entity bps = entityNamed("Badan Pusat Statistik");
        assertNotNull(bps);
        assertEquals("ORGANIZATION", bps.type());
        int a = indexOf("Badan Pusat Statistik");
        int b = a + "Badan Pusat Statistik".length();
        assertFalse(styleAt(a - 1).contains("ent-ORGANIZATION"));
        for (int i = a; i < b; i++) {
            assertTrue(styleAt(i).contains("ent-ORGANIZATION"), "char " + i);
        }
        assertFalse(styleAt(b).contains("ent-ORGANIZATION"));
        assertTrue(wb.entitiesView().table().getItems().stream().anyMatch(e -> e.name().equals("Badan Pusat Statistik")));
        assertEquals("Tandai \u2014 alpha.txt*", stage.getTitle());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(null, entityNamed("Badan Pusat Statistik"));
        assertFalse(styleAt(a).contains("ent-ORGANIZATION"));
        assertEquals("Tandai \u2014 alpha.txt", stage.getTitle());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertNotNull(entityNamed("Badan Pusat Statistik"));
        assertTrue(styleAt(a).contains("ent-ORGANIZATION"));
    }

    @Test
    void mouseSelectionAndTypeKeyMakeALocation() {
        int a = indexOf("Vietnam");
        robot.drag(screenPoint(a, true)).dropTo(screenPoint(a + 6, false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        Entity vn = entityNamed("Vietnam");
        assertNotNull(vn, "selected: " + area().getSelectedText());
        assertEquals("LOCATION", vn.type());
        assertTrue(styleAt(a + 3).contains("ent-LOCATION"));
    }

    @Test
    void typingAnExistingNameOffersToAddTheMention() {
        selectWithKeyboard("Budi Santoso juga");
        robot.interact(() -> wb.articleVm().adjustSelection(true, false));
        assertEquals("Budi Santoso", area().getSelectedText());
        dialogs.choices.add(0);
        robot.type(KeyCode.DIGIT1);
        assertEquals(2, session().document().entities().size());
        assertEquals(2, entityNamed("Budi Santoso").mentions().size());
        assertTrue(dialogs.questions.get(dialogs.questions.size() - 1).contains("matches the entity"));
    }

    @Test
    void claimAndLinkedSourceByKeyboardWithUndoAndRedo() {
        selectWithKeyboard("inflasi bulan lalu mencapai 3 persen");
        robot.type(KeyCode.C);
        Claim claim = session().document().claims().stream()
                .filter(c -> c.statement().equals("inflasi bulan lalu mencapai 3 persen")).findFirst().orElseThrow();
        assertTrue(styleAt(indexOf("inflasi")).contains("claim"));
        assertEquals(2, wb.claimsView().table().getItems().size());

        selectWithKeyboard("Menurut");
        dialogs.sourceForm = d -> new org.tandai.ui.common.SourceDraft(d.cue(), null, "Badan Pusat Statistik",
                "ORGANIZATION", null, null, d.claimIds(), null, "document", null);
        robot.type(KeyCode.S);
        Source src = session().document().sources().stream().filter(s -> s.cue().exact().equals("Menurut"))
                .findFirst().orElseThrow();
        assertEquals(List.of(claim.id()), src.claimIds(), "the paragraph's claim is linked");
        assertEquals("Badan Pusat Statistik", session().document().entity(src.speaker()).name());
        assertTrue(styleAt(indexOf("Menurut")).contains("cue"));
        assertEquals(2, wb.sourcesView().table().getItems().size());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(1, session().document().sources().size());
        assertFalse(styleAt(indexOf("Menurut")).contains("cue"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals(2, session().document().sources().size());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(1, session().document().claims().size());
        assertFalse(styleAt(indexOf("inflasi")).contains("claim"));
    }

    @Test
    void verdictEditedInTheTableIsUndoableAndSaved() throws Exception {
        robot.clickOn("Claims");
        TableView<Claim> table = wb.claimsView().table();
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            table.edit(0, table.getColumns().stream().filter(c -> "verdict-column".equals(c.getId())).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<String> combo = robot.lookup(".combo-box").match(n -> n.getParent() != null
                && n.getParent().getStyleClass().contains("table-cell")).queryComboBox();
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node option = robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && "Mostly false".equals(c.getText())).query();
        robot.clickOn(option);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("mostly-false", session().document().claims().get(0).verdict());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("unverified", session().document().claims().get(0).verdict());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("mostly-false", sidecarOnDisk("alpha.txt").getAsJsonArray("claims").get(0).getAsJsonObject()
                .get("verdict").getAsString());
        assertEquals("Tandai \u2014 alpha.txt", stage.getTitle());
        assertTrue(Files.exists(DocumentFiles.curated(tmp.resolve("alpha.txt")).backup()), "previous version kept");
    }

    @Test
    void switchingArticlesSavesUnsavedWorkFirst() throws Exception {
        selectWithKeyboard("Vietnam");
        robot.type(KeyCode.DIGIT3);
        assertTrue(stage.getTitle().endsWith("*"));
        robot.clickOn("beta.txt");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Tandai \u2014 beta.txt", stage.getTitle());
        assertTrue(sidecarOnDisk("alpha.txt").toString().contains("\"Vietnam\""));
        robot.clickOn("alpha.txt");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(entityNamed("Vietnam"), "the edit came back from disk");
    }

    @Test
    void closingTheWindowSavesFirstAndRecordsTheAnnotator() throws Exception {
        selectWithKeyboard("Vietnam");
        robot.type(KeyCode.DIGIT3);
        robot.interact(() -> wb.close());
        JsonObject saved = sidecarOnDisk("alpha.txt");
        JsonObject vietnam = saved.getAsJsonArray("entities").asList().stream().map(e -> e.getAsJsonObject())
                .filter(e -> e.get("name").getAsString().equals("Vietnam")).findFirst().orElseThrow();
        assertEquals("tester", vietnam.get("createdBy").getAsString());
        assertTrue(Files.exists(configDir.resolve("settings.json")), "window settings remembered");
        robot.interact(() -> stage.show());
    }

    @Test
    void theDoneMarkIsKeptInTheCorpusFile() throws Exception {
        javafx.scene.Node box = robot.lookup("#corpus-list .check-box").query();
        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        String marks = Files.readString(tmp.resolve("tandai-corpus.json"));
        assertTrue(marks.contains("\"alpha.txt\""), marks);
        assertTrue(wb.corpusView().list().getItems().get(0).doneProperty().get());
    }

    @Test
    void autosaveWritesTheFileAfterAPause() throws Exception {
        selectWithKeyboard("Vietnam");
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.readString(
                tmp.resolve("alpha.annotations.json")).contains("\"Vietnam\""));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.getTitle().endsWith("*"));
    }

    @Test
    void clickingAHighlightSelectsItsRow() {
        int j = indexOf("Jakarta");
        robot.clickOn(screenPoint(j + 2, true));
        WaitForAsyncUtils.waitForFxEvents();
        Entity row = wb.entitiesView().table().getSelectionModel().getSelectedItem();
        assertEquals("Jakarta", row.name());
        assertTrue(styleAt(j).contains("selected"));
    }

    @Test
    void typingInTheDetailFormThenMovingToAnotherRowCommitsToTheFirstEntity() {
        robot.clickOn("Entities");
        var table = wb.entitiesView().table();
        robot.interact(() -> table.getSelectionModel().select(1));
        javafx.scene.control.TextField name = robot.lookup("#entity-name").queryAs(javafx.scene.control.TextField.class);
        robot.doubleClickOn(name);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Jakarta Pusat");
        javafx.scene.Node budiRow = nameCell("Budi Santoso");
        robot.clickOn(budiRow);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(entityNamed("Jakarta Pusat"), session().document().entities().stream().map(Entity::name).toList()
                + " field=" + name.getText() + " focus=" + stage.getScene().getFocusOwner());
        assertNotNull(entityNamed("Budi Santoso"), "the other entity is untouched");
        assertEquals("Budi Santoso", name.getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertNotNull(entityNamed("Jakarta"));
    }

    @Test
    void hoveringAHighlightSaysWhatItIs() throws Exception {
        robot.moveTo(screenPoint(indexOf("Jakarta") + 2, true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".hover-tip").tryQuery().isPresent()
                && robot.lookup(".hover-tip").queryLabeled().isVisible());
        assertTrue(robot.lookup(".hover-tip").queryLabeled().getText().contains("Location \u00b7 Jakarta"));
    }

    @Test
    void selectionGrowsAndShrinksByWordsFromTheKeyboard() {
        selectWithKeyboard("Badan");
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        assertEquals("Badan Pusat Statistik", area().getSelectedText());
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertEquals("Badan Pusat", area().getSelectedText());
        robot.press(KeyCode.ALT, KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT, KeyCode.ALT);
        assertEquals("Menurut Badan Pusat", area().getSelectedText());
    }

    /** The Name cell of an entity's row in the entities table. */
    private javafx.scene.Node nameCell(String name) {
        return robot.lookup("#entities-table .table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && name.equals(c.getText())).query();
    }

    @Test
    void twoEntitiesMergeIntoOne() {
        selectWithKeyboard("Vietnam");
        robot.type(KeyCode.DIGIT3);
        robot.clickOn("Entities");
        robot.clickOn(nameCell("Jakarta"));
        robot.press(KeyCode.CONTROL).clickOn(nameCell("Vietnam")).release(KeyCode.CONTROL);
        assertEquals(java.util.Set.of("Jakarta", "Vietnam"), wb.entitiesView().selectedEntityIds().stream()
                .map(id -> session().entity(id).name()).collect(java.util.stream.Collectors.toSet()));
        dialogs.choices.add(0);
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        assertEquals(2, session().document().entities().size());
        Entity jakarta = entityNamed("Jakarta");
        assertEquals(2, jakarta.mentions().size());
        assertTrue(styleAt(indexOf("Vietnam")).contains("ent-LOCATION"));
        assertEquals(List.of("Budi Santoso", "Jakarta"), wb.entitiesView().table().getItems().stream().map(Entity::name).toList());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(3, session().document().entities().size());
        assertEquals(3, wb.entitiesView().table().getItems().size());
    }

    @Test
    void clickingTheNameHeaderSortsTheTableButNotTheDocument() {
        selectWithKeyboard("Badan Pusat Statistik");
        robot.type(KeyCode.DIGIT2);
        robot.clickOn("Entities");
        javafx.scene.Node header = robot.lookup("#entities-table .column-header .label")
                .match(n -> "Name".equals(((javafx.scene.control.Label) n).getText())).query();
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        var table = wb.entitiesView().table();
        assertEquals(List.of("Badan Pusat Statistik", "Budi Santoso", "Jakarta"), table.getItems().stream().map(Entity::name).toList());
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Jakarta", "Budi Santoso", "Badan Pusat Statistik"), table.getItems().stream().map(Entity::name).toList());
        var documentOrder = ((javafx.collections.transformation.SortedList<Entity>) table.getItems()).getSource();
        assertEquals(List.of("Budi Santoso", "Jakarta", "Badan Pusat Statistik"), documentOrder.stream()
                .map(Entity::name).toList(), "the view model's list keeps the text order");
        robot.clickOn(screenPoint(indexOf("Jakarta") + 2, true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, table.getSelectionModel().getSelectedIndex(), "the article selects the row where it is now");
        robot.interact(() -> table.getSortOrder().clear()); // the window is shared by the tests of this class
        assertEquals(documentOrder, table.getItems());
    }

    @Test
    void theMentionListShowsAnEntitysMentionsAndPickingOneSelectsItInTheArticle() {
        selectWithKeyboard("Budi Santoso juga");
        robot.interact(() -> wb.articleVm().adjustSelection(true, false));
        dialogs.choices.add(0);
        robot.type(KeyCode.DIGIT1);
        assertEquals(2, entityNamed("Budi Santoso").mentions().size());
        robot.clickOn("Entities");
        robot.clickOn(nameCell("Budi Santoso"));
        WaitForAsyncUtils.waitForFxEvents();
        var mentions = wb.entitiesView().mentions();
        String text = area().getText();
        int first = text.indexOf("Budi Santoso");
        int second = text.indexOf("Budi Santoso", first + 1);
        assertEquals(List.of(first, second), mentions.getItems().stream()
                .map(m -> session().text().toUtf16(m.start())).toList(), "both mentions, in text order");
        javafx.scene.Node secondCell = robot.lookup("#entity-mentions .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getIndex() == 1 && c.getItem() != null).query();
        assertTrue(((javafx.scene.control.ListCell<?>) secondCell).getAccessibleText().contains("\u201cBudi Santoso\u201d juga"),
                ((javafx.scene.control.ListCell<?>) secondCell).getAccessibleText());
        robot.clickOn(secondCell);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = second; i < second + "Budi Santoso".length(); i++) {
            assertTrue(styleAt(i).contains("selected"), "char " + i);
        }
        assertFalse(styleAt(second - 1).contains("selected"));
        assertFalse(styleAt(second + "Budi Santoso".length()).contains("selected"));
        assertFalse(styleAt(first).contains("selected"), "only the mention picked");

        // Back the other way: clicking the first mention in the article picks it in the list.
        robot.clickOn(screenPoint(first + 2, true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Budi Santoso", wb.entitiesView().table().getSelectionModel().getSelectedItem().name());
        assertEquals(0, mentions.getSelectionModel().getSelectedIndex());

        // Delete removes the mention picked in the list, not the entity.
        robot.clickOn(secondCell);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, entityNamed("Budi Santoso").mentions().size());
        assertFalse(styleAt(second).contains("ent-PERSON"));
        assertTrue(styleAt(first).contains("ent-PERSON"));
    }

    @Test
    void findHighlightsEveryMatch() {
        robot.clickOn(area());
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("beras");
        WaitForAsyncUtils.waitForFxEvents();
        String text = area().getText();
        int first = text.indexOf("beras");
        int second = text.indexOf("beras", first + 1);
        assertTrue(styleAt(first).contains("find-match"));
        assertTrue(styleAt(second).contains("find-match"));
        assertEquals(2, wb.articleVm().findCountProperty().get());
        robot.type(KeyCode.ENTER);
        assertEquals("beras", area().getSelectedText());
        robot.type(KeyCode.ESCAPE);
        assertFalse(styleAt(first).contains("find-match"));
    }

    @Test
    void aBrokenSidecarOpensReadOnlyAndIsNeverOverwritten() throws Exception {
        Path sidecar = tmp.resolve("beta.annotations.json");
        Files.writeString(sidecar, "{\"format\": \"tandai-annotations\", \"version\": 1, \"entities\": [");
        robot.clickOn("beta.txt");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().contains("read-only"), stage.getTitle());
        assertFalse(dialogs.errors.isEmpty());
        selectWithKeyboard("Bandung");
        robot.type(KeyCode.DIGIT3);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertEquals("{\"format\": \"tandai-annotations\", \"version\": 1, \"entities\": [", Files.readString(sidecar));
        assertTrue(session().document().entities().isEmpty());
    }
}
