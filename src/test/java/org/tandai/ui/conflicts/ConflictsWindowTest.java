package org.tandai.ui.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.store.DocumentFiles;
import org.tandai.TestFiles;
import org.tandai.merge.MergeDriver;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Conflict;
import org.tandai.store.SidecarStore;
import org.tandai.store.SidecarWriter;
import org.tandai.ui.FakeDialogs;
import org.tandai.ui.TestWindow;
import org.tandai.ui.Workbench;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Merge conflicts in the real window: a sidecar that the merge driver left with three conflicts
 * (the document title, one claim's verdict, a claim deleted on our side and edited on theirs)
 * opens on the Conflicts tab with an announcement; each is resolved with the tab's buttons, one
 * undoable step each, and Ctrl+S writes the file without its conflicts field.
 */
class ConflictsWindowTest {
    private static TestWindow window;
    private static Workbench wb;
    private static final FakeDialogs dialogs = new FakeDialogs();
    private static final Settings settings = new Settings();
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path tmp;
    Path sidecar;

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
    void openAFileLeftWithConflicts() throws Exception {
        Path article = TestFiles.seed(tmp.resolve("corpus"));
        sidecar = DocumentFiles.curated(article).sidecar();
        Path base = Files.copy(sidecar, tmp.resolve("base.json"));
        Path theirs = version(base, "theirs.json", d -> {
            d.claim("c5").setVerdict("false");
            d.claim("c4").setVerdict("false");
            d.info().setTitle("Their title");
        });
        Path ours = version(base, "ours.json", d -> {
            d.referrersOf("c5").forEach(r -> r.annotation().removeReference(r.reference()));
            d.remove("c5");
            d.claim("c4").setVerdict("true");
            d.info().setTitle("Our title");
        });
        MergeDriver.Outcome merged = new MergeDriver(new SidecarStore()).run(base, ours, theirs, "corpus/x.annotations.json");
        assertEquals(3, merged.conflicts().size(), merged.problems().toString());
        Files.copy(ours, sidecar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        dialogs.clear();
        settings.lastArticle = null;
        robot.interact(() -> wb.openFolder(tmp.resolve("corpus"), () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Path version(Path base, String name, Consumer<AnnotatedDocument> edit) throws Exception {
        AnnotatedDocument d = SidecarStore.readSidecar(base).document();
        edit.accept(d);
        return Files.writeString(base.resolveSibling(name), SidecarWriter.toJson(d));
    }

    private TableView<Conflict> table() {
        return wb.conflictsView().table();
    }

    private void pick(int row) {
        Node cell = robot.from(table()).lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getIndex() == row).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(row, table().getSelectionModel().getSelectedIndex());
    }

    private void click(String id) {
        robot.clickOn("#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void keys(KeyCode... k) {
        robot.press(k);
        robot.release(k);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theConflictsAreShownResolvedOneByOneUndoableAndGoneFromTheSavedFile() throws Exception {
        assertTrue(table().isVisible(), "the Conflicts tab is shown on open");
        assertTrue(wb.vm().statusProperty().get().contains("3 unresolved merge conflicts"), wb.vm().statusProperty().get());
        assertEquals(java.util.List.of("document.title", "c4.verdict", "c5"),
                table().getItems().stream().map(Conflict::location).toList());

        pick(2);
        click("take-theirs"); // c5: theirs edited it, ours deleted it: it comes back with their verdict
        assertEquals("false", wb.vm().session().document().claim("c5").verdict());
        assertEquals(2, table().getItems().size());
        keys(KeyCode.CONTROL, KeyCode.Z);
        assertNull(wb.vm().session().document().claim("c5"), "undo deletes it again");
        assertEquals(3, table().getItems().size(), "and the conflict is back");
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(2, table().getItems().size(), "redo");

        pick(1);
        click("take-ours"); // c4.verdict: ours ("true") stays
        pick(0);
        click("take-theirs"); // document.title: theirs
        assertTrue(table().getItems().isEmpty());
        assertTrue(wb.vm().statusProperty().get().contains("no conflicts left"), wb.vm().statusProperty().get());

        robot.clickOn(wb.statusBar());
        keys(KeyCode.CONTROL, KeyCode.S);
        JsonObject onDisk = JsonParser.parseString(Files.readString(sidecar, StandardCharsets.UTF_8)).getAsJsonObject();
        assertFalse(onDisk.has("conflicts"), "the conflicts field is gone once all are resolved");
        assertEquals("Their title", onDisk.getAsJsonObject("document").get("title").getAsString());
        assertEquals("true", claim(onDisk, "c4").get("verdict").getAsString());
        assertEquals("false", claim(onDisk, "c5").get("verdict").getAsString());
    }

    @Test
    void aConflictLeftUnresolvedIsKeptThroughASave() throws Exception {
        pick(1);
        click("take-theirs"); // c4.verdict: theirs ("false")
        robot.clickOn(wb.statusBar());
        keys(KeyCode.CONTROL, KeyCode.S);
        JsonObject onDisk = JsonParser.parseString(Files.readString(sidecar, StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals("false", claim(onDisk, "c4").get("verdict").getAsString());
        assertEquals(2, onDisk.getAsJsonArray("conflicts").size());
        assertEquals("document", onDisk.getAsJsonArray("conflicts").get(0).getAsJsonObject().get("id").getAsString());
        assertEquals("c5", onDisk.getAsJsonArray("conflicts").get(1).getAsJsonObject().get("id").getAsString());
    }

    private static JsonObject claim(JsonObject file, String id) {
        for (var el : file.getAsJsonArray("claims")) {
            if (el.getAsJsonObject().get("id").getAsString().equals(id)) {
                return el.getAsJsonObject();
            }
        }
        throw new AssertionError("no claim " + id);
    }
}
