package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.TagSet;
import org.tandai.store.DocumentFiles;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14 ("Nothing lost, round 2"), items 6, 7, 10, 11 and 12b in the real window: what the
 * window refuses, it refuses truthfully and says why. Ctrl+S on a read-only article saves nothing
 * and gives the read-only reason; broken JSON is explained in the user's terms with line and
 * column; a sidecar naming a file outside the corpus opens read-only and is never written; opening
 * an article file opens its folder with it selected; Undo and Redo are off with nothing open.
 */
class WindowRefusalsTest {
    private static TestWindow window;
    private static Stage stage;
    private static Workbench wb;
    private static final FakeDialogs dialogs = new FakeDialogs();
    private static final Settings settings = new Settings();
    /** Edit ▸ Undo / Redo and their buttons, disabled or not, as the window showed them before any open. */
    private static List<Boolean> historyAtStart;
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path tmp;
    private Path article;
    private Path sidecar;

    @BeforeAll
    static void startWindow() throws Exception {
        window = TestWindow.standard(dialogs, settings);
        stage = window.stage;
        wb = window.workbench;
        historyAtStart = historyDisabled();
    }

    @AfterAll
    static void closeWindow() throws Exception {
        window.close();
    }

    @BeforeEach
    void copyCorpus() throws IOException {
        TestFiles.copyFolder(TestFiles.resource("corpus"), tmp);
        article = tmp.resolve("alpha.txt");
        sidecar = DocumentFiles.curated(article).sidecar();
        dialogs.clear();
        settings.lastArticle = null;
    }

    @AfterEach
    void leaveNothingUnsaved() {
        robot.interact(() -> {
            DocumentSession s = wb.vm().session();
            if (s != null) {
                s.history().markSaved(s.history().revision());
            }
        });
    }

    private void open(Path path) {
        robot.interact(() -> wb.openFolder(path, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pressCtrlS() {
        robot.clickOn(wb.articleView().area());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status() {
        return wb.statusBar().getText();
    }

    private String banner() {
        Label l = robot.lookup(".read-only-banner").queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    private static List<Boolean> historyDisabled() {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        Menu edit = bar.getMenus().stream().filter(m -> "menu.edit".equals(m.getId())).findFirst().orElseThrow();
        MenuItem undo = edit.getItems().stream().filter(i -> "action.edit.undo".equals(i.getId())).findFirst().orElseThrow();
        MenuItem redo = edit.getItems().stream().filter(i -> "action.edit.redo".equals(i.getId())).findFirst().orElseThrow();
        assertEquals(List.of("Undo", "Redo"), List.of(undo.getText(), redo.getText()), "nothing to undo: the plain names");
        List<Button> buttons = stage.getScene().getRoot().lookup(".tool-bar").lookupAll(".button").stream()
                .map(Button.class::cast).filter(b -> "action.edit.undo".equals(b.getId()) || "action.edit.redo".equals(b.getId()))
                .toList();
        assertEquals(2, buttons.size());
        return List.of(undo.isDisable(), redo.isDisable(), buttons.get(0).isDisable(), buttons.get(1).isDisable());
    }

    private static void assertNoGsonWords(String text) {
        for (String leak : List.of("setStrictness", "LENIENT", "JsonReader", "path $")) {
            assertFalse(text.contains(leak), "leaks \"" + leak + "\": " + text);
        }
    }

    // ---- item 12b ----

    @Test
    void undoAndRedoAreDisabledWhileNoDocumentIsOpen() throws Exception {
        assertEquals(List.of(true, true, true, true), historyAtStart, "menu items and toolbar buttons before any open");

        open(tmp);
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        open(empty);

        assertNull(wb.vm().session());
        assertEquals(List.of(true, true, true, true), historyDisabled(), "after a folder without articles");
    }

    // ---- item 6 ----

    @Test
    void ctrlSOnANewerFormatFileSaysItIsReadOnlyAndWhyAndSavesNothing() throws Exception {
        Files.writeString(sidecar, Files.readString(sidecar).replaceFirst("\"version\": [0-9]+,", "\"version\": 99,"), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(sidecar);
        open(tmp);
        dialogs.notices.clear();

        pressCtrlS();

        assertFalse(dialogs.notices.stream().anyMatch(n -> n.startsWith("Saved")), dialogs.notices.toString());
        assertTrue(status().startsWith("Not saved: alpha.txt is read-only: written by a newer Tandai (format version 99"),
                status());
        assertTrue(dialogs.notices.contains(status()), "the same words pop up: " + dialogs.notices);
        assertArrayEquals(before, Files.readAllBytes(sidecar));
        assertFalse(Files.exists(DocumentFiles.curated(article).backup()), "nothing was written, not even a backup");
    }

    @Test
    void ctrlSOnABrokenFileNamesTheLineAndColumnAndSavesNothing() throws Exception {
        Files.writeString(sidecar, Files.readString(sidecar).replaceFirst("\"name\": \"Jakarta\"", "\"name\": Jakarta"),
                StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(sidecar);
        open(tmp);

        pressCtrlS();

        assertTrue(status().matches("Not saved: alpha\\.txt is read-only: invalid JSON: unexpected word Jakarta: text must be "
                + "in double quotes .*\\(alpha\\.annotations\\.json, line \\d+, column \\d+\\)\\..*"), status());
        assertArrayEquals(before, Files.readAllBytes(sidecar));
    }

    @Test
    void theMessageComesFromTheReadOnlyReasonWhateverTheCause() throws Exception {
        open(tmp);
        robot.interact(() -> {
            DocumentSession s = wb.vm().session();
            // Any cause that makes a session read-only (here: one a later feature might add).
            wb.vm().sessionProperty().set(new DocumentSession(s.article(), s.text(), s.document(), TagSet.defaults(),
                    "alpha.txt is open in another Tandai window", "tester", Clock.systemUTC(), org.tandai.i18n.Messages.english()));
        });
        byte[] before = Files.readAllBytes(sidecar);
        dialogs.notices.clear();

        pressCtrlS();

        assertEquals("Not saved: alpha.txt is read-only: alpha.txt is open in another Tandai window", status());
        assertEquals(List.of(status()), dialogs.notices);
        assertArrayEquals(before, Files.readAllBytes(sidecar));
    }

    @Test
    void ctrlSWithNothingToSaveDoesNotClaimToHaveSaved() throws Exception {
        open(tmp);
        dialogs.notices.clear();

        pressCtrlS();

        assertEquals(List.of("No unsaved changes; alpha.txt is already saved"), dialogs.notices);
    }

    // ---- item 7 ----

    @Test
    void brokenJsonIsExplainedInTheBannerAndTheDialogWithLineAndColumn() throws Exception {
        String json = Files.readString(sidecar);
        Files.writeString(sidecar, json.substring(0, json.lastIndexOf('}')) + "} trailing", StandardCharsets.UTF_8);
        open(tmp);

        String error = String.join("\n", dialogs.errors);
        assertTrue(error.matches("(?s)Opened read-only: .*alpha\\.annotations\\.json: line \\d+, column \\d+: invalid JSON: "
                + "unexpected 'trailing' after the end of the JSON value.*"), error);
        assertTrue(banner().matches("Read-only: invalid JSON: unexpected 'trailing' after the end of the JSON value; a file "
                + "holds exactly one value \\(alpha\\.annotations\\.json, line \\d+, column \\d+\\)\\..*"), banner());
        assertNoGsonWords(error + banner() + status());
    }

    @Test
    void brokenCorpusFilesAreExplainedWithFileLineAndColumn() throws Exception {
        Files.writeString(tmp.resolve("tandai-corpus.json"), "{\"done\": [\"alpha.txt\",]}");
        Files.writeString(tmp.resolve("tagset.json"), "{\"entityTypes\": [{'name': 'X'}]}");

        open(tmp);

        String notices = String.join("\n", dialogs.notices);
        assertTrue(notices.contains(tmp.resolve("tandai-corpus.json") + ": line 1, column 23: cannot read the corpus marks "
                + "(invalid JSON: unexpected ']' (a trailing comma before it?))"), notices);
        assertTrue(notices.contains(tmp.resolve("tagset.json") + ": line 1, column 19: cannot read the tag set (invalid JSON: "
                + "single quotes are not JSON; use double quotes)"), notices);
        assertNoGsonWords(notices);
    }

    // ---- item 10 ----

    @Test
    void aSidecarNamingAFileOutsideTheCorpusOpensReadOnlyAndIsNeverWritten() throws Exception {
        Path outside = tmp.resolve("outside");
        Files.createDirectory(outside);
        Path corpus = tmp.resolve("corpus");
        Files.createDirectory(corpus);
        Files.move(article, corpus.resolve("alpha.txt"));
        Files.move(sidecar, corpus.resolve("alpha.annotations.json"));
        article = corpus.resolve("alpha.txt");
        sidecar = DocumentFiles.curated(article).sidecar();
        Files.writeString(sidecar, Files.readString(sidecar).replace("\"file\": \"alpha.txt\"",
                "\"file\": \"../outside/secret.txt\""), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(sidecar);

        open(corpus);

        assertTrue(dialogs.errors.stream().anyMatch(e -> e.contains("alpha.annotations.json: document.file: names "
                + "\"../outside/secret.txt\", a path leading out of the corpus folder: refused")), dialogs.errors.toString());
        assertEquals("Tandai \u2014 alpha.txt (read-only)", stage.getTitle());
        assertTrue(banner().startsWith("Read-only: names \"../outside/secret.txt\""), banner());
        pressCtrlS();
        assertTrue(status().startsWith("Not saved: alpha.txt is read-only: names \"../outside/secret.txt\""), status());
        robot.interact(() -> wb.vm().requestClose(() -> { }));
        assertArrayEquals(before, Files.readAllBytes(sidecar));
        try (Stream<Path> files = Files.list(outside)) {
            assertEquals(List.of(), files.toList(), "nothing is written outside the corpus");
        }
    }

    // ---- item 11 ----

    @Test
    void openingAnArticleFileOpensItsFolderWithThatArticleSelected() throws Exception {
        settings.lastArticle = "alpha.txt";

        open(tmp.resolve("beta.txt"));

        assertEquals("Tandai \u2014 beta.txt", stage.getTitle());
        assertEquals("beta.txt", wb.corpusView().list().getSelectionModel().getSelectedItem().name());
        assertEquals(2, wb.corpusView().list().getItems().size(), "the whole folder is listed");
        assertEquals(tmp.toAbsolutePath().normalize().toString(), settings.lastFolder, "the folder, not the file");
        assertEquals(List.of(), dialogs.errors);

        open(sidecar);

        assertEquals("Tandai \u2014 alpha.txt", stage.getTitle(), "an annotation file opens its article");
        assertEquals("alpha.txt", wb.corpusView().list().getSelectionModel().getSelectedItem().name());
    }

    @Test
    void aPathThatCannotBeOpenedSaysWhyAndChangesNothing() throws Exception {
        open(tmp);
        String folder = settings.lastFolder;

        open(tmp.resolve("missing.txt"));

        assertEquals(List.of("Cannot open missing.txt: " + tmp.resolve("missing.txt") + ": no such file or folder."),
                dialogs.errors);
        assertEquals(folder, settings.lastFolder);
        assertEquals("Tandai \u2014 alpha.txt", stage.getTitle(), "the open article stays open");
    }
}
