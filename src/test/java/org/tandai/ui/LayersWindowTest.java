package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.store.Layer;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.SameThreadTaskRunner;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Layers in the real window (issue 11): in a team corpus the window opens the annotator's own,
 * initially empty layer, says so in the title and the status bar, and Ctrl+S writes
 * {@code annotators/SLUG/NAME.annotations.json} while the curated file beside the article stays
 * byte for byte as it was. A one-person corpus behaves as before and gets no {@code annotators/}.
 * The annotator's name comes from the settings, as after a first start.
 */
class LayersWindowTest {
    private static TestWindow window;
    private static Stage stage;
    private static Workbench wb;
    private static final FakeDialogs dialogs = new FakeDialogs();
    private static final Settings settings = new Settings();
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path tmp;
    private Path curated;

    @BeforeAll
    static void startWindow() throws Exception {
        settings.width = 1280;
        settings.height = 800;
        settings.annotator = "Budi Santoso";
        window = TestWindow.start(new SameThreadTaskRunner(), dialogs, settings, null);
        stage = window.stage;
        wb = window.workbench;
    }

    @AfterAll
    static void closeWindow() throws Exception {
        window.close();
    }

    @BeforeEach
    void copyCorpus() throws Exception {
        TestFiles.copyFolder(TestFiles.resource("corpus"), tmp);
        curated = tmp.resolve("alpha.annotations.json");
        dialogs.clear();
        settings.lastArticle = null;
        robot.interact(() -> wb.vm().annotatorProperty().set("Budi Santoso"));
    }

    @AfterEach
    void saveBeforeTheFolderGoes() {
        robot.interact(() -> wb.vm().save());
    }

    private void openFolder() {
        robot.interact(() -> wb.openFolder(tmp, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DocumentSession session() {
        return wb.vm().session();
    }

    private StyleClassedTextArea area() {
        return wb.articleView().area();
    }

    /** Selects {@code quote} with Shift+Right, types 3 (Location) and presses Ctrl+S. */
    private void markLocationAndSave(String quote) {
        int at = area().getText().indexOf(quote);
        robot.clickOn(area());
        robot.interact(() -> area().moveTo(at));
        robot.press(KeyCode.SHIFT);
        for (int i = 0; i < quote.length(); i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(quote, area().getSelectedText());
        robot.type(KeyCode.DIGIT3);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String layerStatus() {
        return robot.lookup("#layer-status").queryLabeled().getText();
    }

    @Test
    void aTeamCorpusOpensTheAnnotatorsOwnEmptyLayerAndCtrlSSavesItInTheirFolder() throws Exception {
        Files.writeString(tmp.resolve("tandai-corpus.json"), "{\"team\": true}\n");
        byte[] curatedBefore = Files.readAllBytes(curated);
        openFolder();

        assertEquals("Tandai \u2014 alpha.txt [layer: budi-santoso]", stage.getTitle());
        assertEquals("layer: budi-santoso", layerStatus());
        assertEquals(0, session().document().size(), "an annotator's new layer starts empty: annotation stays blind");
        assertEquals(0, wb.entitiesView().table().getItems().size());
        assertTrue(wb.corpusView().list().getItems().get(0).countsProperty().get().startsWith("0 entities")
                || wb.corpusView().list().getItems().get(0).countsProperty().get().equals("not annotated"),
                "the list counts the open layer, not the curated one");

        markLocationAndSave("Vietnam");

        Path own = tmp.resolve("annotators/budi-santoso/alpha.annotations.json");
        assertTrue(Files.isRegularFile(own), "saved into the annotator's folder");
        JsonObject json = JsonParser.parseString(Files.readString(own, StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals("alpha.txt", json.getAsJsonObject("document").get("file").getAsString(),
                "document.file is the article's plain name, as beside it");
        assertEquals(1, json.getAsJsonArray("entities").size());
        assertEquals("Budi Santoso", json.getAsJsonArray("entities").get(0).getAsJsonObject().get("createdBy").getAsString());
        assertArrayEquals(curatedBefore, Files.readAllBytes(curated), "the curated file is untouched");
        assertFalse(Files.exists(tmp.resolve("alpha.annotations.json.bak")), "nothing was saved beside the article");
        assertTrue(wb.corpusView().list().getItems().get(0).countsProperty().get().startsWith("1 entity"));

        // Reopening the folder reads the layer back, not the curated file.
        openFolder();
        assertEquals(1, session().document().entities().size());
        assertEquals("Vietnam", session().document().entities().get(0).mentions().get(0).exact());
    }

    @Test
    void inATeamCorpusTheDoneTickIsTheAnnotatorsOwn() throws Exception {
        Files.writeString(tmp.resolve("tandai-corpus.json"), "{\"team\": true, \"done\": [\"beta.txt\"]}\n");
        openFolder();
        assertFalse(wb.corpusView().list().getItems().get(1).doneProperty().get(),
                "the curated layer's tick on beta is not Budi's");
        robot.clickOn(robot.lookup("#corpus-list .check-box").<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        String own = Files.readString(tmp.resolve("annotators/budi-santoso/tandai-corpus.json"), StandardCharsets.UTF_8);
        assertTrue(own.contains("\"alpha.txt\"") && !own.contains("beta.txt"), own);
        assertEquals("{\"team\": true, \"done\": [\"beta.txt\"]}\n", Files.readString(tmp.resolve("tandai-corpus.json")),
                "the corpus file is not rewritten");

        robot.interact(() -> wb.vm().openLayer(Layer.CURATED));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(wb.corpusView().list().getItems().get(0).doneProperty().get());
        assertTrue(wb.corpusView().list().getItems().get(1).doneProperty().get(), "the curated layer's ticks");
    }

    @Test
    void openLayerSwitchesTheOpenDocumentToTheCuratedLayerAndBack() throws Exception {
        Files.createDirectories(tmp.resolve("annotators/someone-else"));  // an annotators/ folder is team mode too
        openFolder();
        assertEquals("layer: budi-santoso", layerStatus());
        assertEquals(0, session().document().size());

        robot.interact(() -> wb.vm().openLayer(Layer.CURATED));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Layer.CURATED, wb.vm().layerProperty().get());
        assertEquals("layer: curated", layerStatus());
        assertEquals(2, session().document().entities().size(), "the curated file beside the article");
        assertTrue(stage.getTitle().endsWith("[layer: curated]"), stage.getTitle());

        robot.interact(() -> wb.vm().openLayer(Layer.ofAnnotator("Budi Santoso")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, session().document().size());
        assertFalse(Files.exists(tmp.resolve("annotators/budi-santoso/alpha.annotations.json")),
                "opening a layer writes no sidecar");
    }

    @Test
    void aOnePersonCorpusOpensAndSavesBesideTheArticleAndGetsNoAnnotatorsFolder() throws Exception {
        openFolder();
        assertEquals("Tandai \u2014 alpha.txt", stage.getTitle());
        assertEquals("", layerStatus());
        assertEquals(2, session().document().entities().size());

        markLocationAndSave("Vietnam");

        assertTrue(Files.readString(curated, StandardCharsets.UTF_8).contains("\"Vietnam\""));
        assertFalse(Files.exists(tmp.resolve("annotators")), "no annotators/ folder without team mode");
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aNameWithNoLetterOrDigitSaysWhyTheCuratedLayerOpens() throws Exception {
        Files.writeString(tmp.resolve("tandai-corpus.json"), "{\"team\": true}\n");
        robot.interact(() -> wb.vm().annotatorProperty().set("\u738b"));
        openFolder();
        assertEquals(Layer.CURATED, wb.vm().layerProperty().get());
        assertTrue(dialogs.notices.stream().anyMatch(n -> n.contains("\u738b") && n.contains("curated layer")),
                dialogs.notices.toString());
        assertFalse(Files.exists(tmp.resolve("annotators")));
    }
}
