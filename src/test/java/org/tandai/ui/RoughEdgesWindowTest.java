package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Stream;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.TextExt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.Entity;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rough edges a new user hit (issue 13), each through the real window: what stays painted,
 * which styles the characters wear, the texts of labels and status lines, and the files on disk.
 */
class RoughEdgesWindowTest {
    private static TestWindow window;
    private static Workbench wb;
    private static final FakeDialogs dialogs = new FakeDialogs();
    private static final Settings settings = new Settings();
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path tmp;

    @BeforeAll
    static void startWindow() throws Exception {
        window = TestWindow.standard(dialogs, settings);
        wb = window.workbench;
    }

    @AfterAll
    static void closeWindow() throws Exception {
        window.close();
    }

    @BeforeEach
    void openFreshCorpus() throws Exception {
        open(copyCorpus("a"));
    }

    @AfterEach
    void saveBeforeTheTemporaryFolderGoes() {
        robot.interact(() -> wb.vm().save());
    }

    private Path copyCorpus(String name) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    private void open(Path dir) {
        dialogs.clear();
        settings.lastArticle = null;
        robot.interact(() -> wb.openFolder(dir, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DocumentSession session() {
        return wb.vm().session();
    }

    private StyleClassedTextArea area() {
        return wb.articleView().area();
    }

    private int indexOf(String quote) {
        int i = area().getText().indexOf(quote);
        assertTrue(i >= 0, quote);
        return i;
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

    private void selectInArea(String quote) {
        int a = indexOf(quote);
        robot.interact(() -> {
            area().requestFocus();
            area().selectRange(a, a + quote.length());
        });
        assertEquals(quote, area().getSelectedText());
    }

    private void press(KeyCode key) {
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void makingAnEntityLeavesNoOldSelectionPaintedOverIt() {
        selectInArea("enambah imp");
        press(KeyCode.DIGIT2);
        Entity e = session().document().entities().stream().filter(x -> x.name().equals("menambah impor"))
                .findFirst().orElse(null);
        assertNotNull(e, "snapped entity; status: " + wb.vm().statusProperty().get());
        assertEquals(0, area().getSelection().getLength(), "the unsnapped selection is gone");
        assertStyled("menambah impor", "selected", true);
        assertStyled("menambah impor", ORG, true);
    }

    private static final String ORG = "ent-ORGANIZATION";

    @Test
    void aSearchDoesNotFollowIntoAnotherCorpus() throws Exception {
        robot.interact(() -> wb.articleView().openFind());
        TextField field = robot.lookup("#find-field").queryAs(TextField.class);
        robot.interact(() -> field.setText("Budi"));
        assertStyled("Budi", "find-match", true);
        open(copyCorpus("b"));
        assertEquals("", field.getText(), "the query is cleared");
        assertFalse(field.getParent().isVisible(), "the find bar is closed");
        assertStyled("Budi", "find-match", false);
    }

    /** The rendered text run that holds the character: its background is what the user sees. */
    private TextExt runAt(String quote) {
        return robot.lookup(".article-area .text").queryAllAs(TextExt.class).stream()
                .filter(t -> t.getText().equals(quote)).findFirst().orElseThrow(() -> new AssertionError(quote));
    }

    @Test
    void findMatchesShowOverEntityColoursAndTheCurrentOneStandsOut() {
        robot.interact(() -> wb.articleView().openFind());
        TextField field = robot.lookup("#find-field").queryAs(TextField.class);
        robot.interact(() -> field.setText("Jakarta"));
        assertStyled("Jakarta", "ent-LOCATION", true);
        assertStyled("Jakarta", "find-match", true);
        Paint match = runAt("Jakarta").getBackgroundColor();
        assertEquals(Color.web("#fde047"), match, "the find colour wins over the Location colour");
        robot.interact(() -> field.setText("Budi"));
        robot.clickOn(field).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        int first = indexOf("Budi");
        int second = area().getText().indexOf("Budi", first + 1);
        assertTrue(styleAt(first).contains("find-current"), "the current match");
        assertFalse(styleAt(second).contains("find-current"), "another match");
        assertTrue(styleAt(second).contains("find-match"));
        assertEquals(Color.web("#fb923c"), runAt("Budi").getBackgroundColor());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(styleAt(first).contains("find-current"), "the current match moved on");
        assertTrue(styleAt(second).contains("find-current"));
    }

    @Test
    void aSelectionInsideAnOrganizationIsOutlined() {
        selectInArea("Pusat");
        robot.interact(() -> { });
        javafx.scene.shape.Path sel = robot.lookup(".article-area .selection").queryAllAs(javafx.scene.shape.Path.class).stream()
                .filter(p -> !p.getElements().isEmpty()).findFirst().orElseThrow();
        assertEquals(Color.web("#2563eb"), sel.getStroke(), "a strong outline in the selection colour");
        assertTrue(sel.getStrokeWidth() >= 1.5);
        assertFalse(Color.web("#bfdbfe").equals(sel.getFill()), "no longer the Organization-like blue");
    }

    private javafx.scene.Node nameCell(String name) {
        return robot.lookup("#entities-table .table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && name.equals(c.getText())).query();
    }

    @Test
    void deletingOneMentionSaysSoAndTheMergeQuestionCountsInTheRightNumber() {
        // A second mention of Budi Santoso, added through the question about the existing entity.
        int second = area().getText().indexOf("Budi Santoso", indexOf("Budi Santoso") + 1);
        robot.interact(() -> {
            area().requestFocus();
            area().selectRange(second, second + "Budi Santoso".length());
        });
        dialogs.choices.add(0);
        press(KeyCode.DIGIT1);
        assertEquals(2, session().entity("e1").mentions().size(), wb.vm().statusProperty().get());
        press(KeyCode.DELETE);
        assertEquals("Deleted a mention of \u201cBudi Santoso\u201d. Ctrl+Z brings it back.", wb.vm().statusProperty().get());
        assertEquals(1, session().entity("e1").mentions().size(), "the entity stays with its other mention");

        robot.clickOn("Entities");
        robot.clickOn(nameCell("Jakarta"));
        robot.press(KeyCode.CONTROL).clickOn(nameCell("Budi Santoso")).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String question = dialogs.questions.get(dialogs.questions.size() - 1);
        assertTrue(question.contains("(1 mention) into"), question);
        assertFalse(question.contains("1 mentions"), question);
    }

    /** Every label and button of the find bar shows its whole text: the text it renders is its own. */
    @Test
    void theFindBarLabelsAreNotCutAtTheDefaultSizes() {
        robot.interact(() -> wb.articleView().openFind());
        TextField field = robot.lookup("#find-field").queryAs(TextField.class);
        robot.interact(() -> field.setText("Budi"));
        robot.clickOn(field).type(KeyCode.ENTER);
        // The headless screen is 1280 px wide, the narrowest the window is made for; wider windows
        // give the article pane more room (checked by eye at 1360 and 1600). Resizing the window
        // here would move the split panes for the other tests of this class.
        for (double width : new double[] {1280}) {
            robot.interact(() -> window.stage.setWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.layout.Pane bar = (javafx.scene.layout.Pane) field.getParent();
            int labels = 0;
            for (javafx.scene.Node n : bar.getChildren()) {
                if (n instanceof javafx.scene.control.Labeled l && !l.getText().isEmpty()) {
                    javafx.scene.text.Text shown = (javafx.scene.text.Text) l.lookup(".text");
                    assertEquals(l.getText(), shown.getText(), width + " px: " + l.getText());
                    labels++;
                }
            }
            assertEquals(5, labels, "Find, Previous, Next, the status and Close");
        }
    }

    @Test
    void theClaimUnderlineSitsBelowTheDescendersAndLeavesSpacesOut() {
        // c1 is "Harga beras naik 20 persen".
        assertStyled("Harga", "claim", true);
        assertStyled("Harga", "gap", false);
        int space = indexOf("Harga beras") + "Harga".length();
        assertTrue(styleAt(space).contains("claim"), "the space still belongs to the claim");
        assertTrue(styleAt(space).contains("gap"), "but is not underlined");
        TextExt word = runAt("Harga");
        assertTrue(word.getUnderlineOffset().doubleValue() >= 2, "the underline clears the descenders");
        TextExt gap = robot.lookup(".article-area .text").queryAllAs(TextExt.class).stream()
                .filter(t -> t.getStyleClass().contains("gap")).findFirst().orElseThrow();
        assertEquals(Color.TRANSPARENT, gap.getUnderlineColor());
    }

    @Test
    void theViaListNamesEachSourcesCueAndContent() {
        robot.clickOn("Sources");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> via = robot.lookup("#source-via").queryAs(javafx.scene.control.ComboBox.class);
        // s1 has no content of its own: its speaker and cue.
        assertEquals("s1 \u00b7 Budi Santoso \u00b7 \u201ckata\u201d", via.getConverter().toString("s1"));
    }

    /** The real new-source form, shown from the scripted dialogs, as the window's own dialogs show it. */
    @Test
    void theNewSourceFormSetsTheContentAndTheFileHasIt() throws Exception {
        dialogs.sourceForm = d -> org.tandai.ui.sources.SourceDialog.show(window.stage, session(), d).orElse(null);
        try {
            selectInArea("mengatakan bahwa");
            robot.type(KeyCode.S);
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.TextArea para = robot.lookup("#source-content-text").queryAs(javafx.scene.control.TextArea.class);
            String words = "pemerintah akan menambah impor beras";
            int i = para.getText().indexOf(words);
            robot.interact(() -> para.selectRange(i - 1, i + words.length() + 1)); // with a space either side
            robot.clickOn("#source-content-use");
            assertEquals("\u201c" + words + "\u201d", robot.lookup("#source-content").queryAs(javafx.scene.control.Label.class).getText());
            robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> ((javafx.scene.control.Button) n).isDefaultButton())
                    .queryButton());
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            dialogs.sourceForm = d -> d;
        }
        org.tandai.model.Source made = session().document().sources().stream()
                .filter(x -> x.cue().exact().equals("mengatakan bahwa")).findFirst().orElseThrow();
        assertEquals("pemerintah akan menambah impor beras", made.content().exact());
        robot.interact(() -> wb.vm().save());
        String json = Files.readString(session().article().resolveSibling("alpha.annotations.json"));
        com.google.gson.JsonObject src = com.google.gson.JsonParser.parseString(json).getAsJsonObject()
                .getAsJsonArray("sources").asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("id").getAsString().equals(made.id())).findFirst().orElseThrow();
        assertEquals("pemerintah akan menambah impor beras", src.getAsJsonObject("content").get("exact").getAsString());
        robot.clickOn("Sources");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> via = robot.lookup("#source-via").queryAs(javafx.scene.control.ComboBox.class);
        assertTrue(via.getConverter().toString(made.id()).endsWith("\u201cmengatakan bahwa\u201d \u00b7 pemerintah akan menambah impor beras"),
                via.getConverter().toString(made.id()));
    }

    @Test
    void theCorpusListShowsTheOpenFolder() throws Exception {
        javafx.scene.control.Label folder = robot.lookup("#corpus-folder").queryAs(javafx.scene.control.Label.class);
        assertEquals(tmp.resolve("a").toAbsolutePath().toString(), folder.getText());
        javafx.scene.text.Text shown = (javafx.scene.text.Text) folder.lookup(".text");
        assertTrue(shown.getText().endsWith("a"), "the folder's own name stays visible: " + shown.getText());
        open(copyCorpus("b"));
        assertEquals(tmp.resolve("b").toAbsolutePath().toString(), folder.getText());
        assertEquals(folder.getText(), folder.getTooltip().getText());
    }

    /** At the default size each table's columns fit its width, and no header is cut. */
    private void assertColumnsFit(String tab, String table) {
        // The tab's own label: a column header of another table may carry the same word ("Claims").
        robot.clickOn(robot.lookup(".tab-label").match(n -> n instanceof javafx.scene.control.Label l && tab.equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> t = robot.lookup(table).queryAs(javafx.scene.control.TableView.class);
        double sum = t.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        // The resize policy snaps each width to whole pixels: a pixel over is rounding, not a column off the edge.
        assertTrue(sum <= t.getWidth() + 2, tab + ": columns " + sum + " px in a table " + t.getWidth() + " px wide");
        for (javafx.scene.Node n : t.lookupAll(".column-header .label")) {
            javafx.scene.control.Label l = (javafx.scene.control.Label) n;
            javafx.scene.text.Text shown = (javafx.scene.text.Text) l.lookup(".text");
            assertEquals(l.getText(), shown.getText(), tab + " header, table " + t.getWidth() + " px");
        }
    }

    @Test
    void theTablesFitTheDefaultSizeAndTheClaimsShowTheirKind() {
        assertColumnsFit("Entities", "#entities-table");
        assertColumnsFit("Sources", "#sources-table");
        assertColumnsFit("Claims", "#claims-table");
        javafx.scene.control.TableView<?> claims = wb.claimsView().table();
        javafx.scene.control.TableColumn<?, ?> kind = claims.getColumns().stream().filter(c -> c.getText().equals("Kind"))
                .findFirst().orElseThrow();
        session().claim("c1").setClaimKind(session().tags().claimKinds().get(0).name());
        robot.interact(claims::refresh);
        assertEquals(session().tags().claimKinds().get(0).label(), kind.getCellData(0));
    }

    @Test
    void flagsShowAsTheirRegionCodeAndOffsetsStayTheArticles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("flags"));
        String article = "Bendera \uD83C\uDDEE\uD83C\uDDE9 berkibar di Indonesia dan \uD83C\uDDF2\uD83C\uDDFE Malaysia.";
        Files.writeString(dir.resolve("flags.txt"), article);
        open(dir);
        assertEquals("Bendera [ID] berkibar di Indonesia dan [MY] Malaysia.", area().getText());
        selectInArea("Indonesia");
        press(KeyCode.DIGIT3);
        Entity e = session().document().entities().get(0);
        assertEquals("Indonesia", e.mentions().get(0).exact());
        int cp = article.codePointCount(0, article.indexOf("Indonesia"));
        assertEquals(cp, e.mentions().get(0).start(), "the code-point offset in the article with its emoji");
        assertStyled("Indonesia", "ent-LOCATION", true);
        assertStyled(" di ", "ent-LOCATION", false);
        robot.interact(() -> wb.vm().save());
        assertTrue(Files.readString(dir.resolve("flags.txt")).equals(article), "the article keeps its flags");
        assertTrue(Files.readString(dir.resolve("flags.annotations.json")).contains("\"exact\": \"Indonesia\""));
    }

    @Test
    void aSourceWithoutContentGetsTheSelectionAsItsContent() throws Exception {
        robot.interact(() -> wb.articleVm().clickAt(indexOf("kata") + 1));
        assertEquals("s1", wb.sourcesView().table().getSelectionModel().getSelectedItem().id());
        selectInArea("Harga beras naik 20 persen");
        dialogs.choices.add(0);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Harga beras naik 20 persen", session().source("s1").content().exact(), wb.vm().statusProperty().get());
        assertEquals("kata", session().source("s1").cue().exact(), "the cue is unchanged");
        assertStyled("Harga", "content", true);
        robot.interact(() -> wb.vm().save());
        String json = Files.readString(session().article().resolveSibling("alpha.annotations.json"));
        assertTrue(json.contains("\"content\": {"), "the file has the content");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, session().source("s1").content(), "undone");
    }
}
