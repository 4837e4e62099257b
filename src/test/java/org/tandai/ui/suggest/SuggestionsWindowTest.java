package org.tandai.ui.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Status;
import org.tandai.ui.FakeDialogs;
import org.tandai.ui.TestWindow;
import org.tandai.ui.Workbench;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12 in the real window, on a copy of the seed fixture with two attributions (cues at 86
 * "menyebutnya" and 181 "menambahkan bahwa") and one mention of Kim (434) taken out, so the engine
 * proposes them again: they are drawn dashed, Tab moves to them, Enter accepts, Backspace rejects,
 * Ctrl+Z undoes, and what was decided is in the file after Ctrl+S, a rejection for good.
 */
class SuggestionsWindowTest {
    private static final String ARTICLE = "000_39d3cf8f1d629551";
    private static TestWindow window;
    private static Workbench wb;
    private static final FakeDialogs dialogs = new FakeDialogs();
    private static final Settings settings = new Settings();
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path tmp;
    private Path sidecar;

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
    void copySeedWithoutSomeAnnotations() throws Exception {
        TestFiles.copyFolder(TestFiles.resource("fixtures/seed"), tmp);
        sidecar = tmp.resolve(ARTICLE + ".annotations.json");
        JsonObject json = read();
        JsonArray sources = json.getAsJsonArray("sources");
        for (int i = sources.size() - 1; i >= 0; i--) {
            String id = sources.get(i).getAsJsonObject().get("id").getAsString();
            if (id.equals("s1") || id.equals("s2")) {
                sources.remove(i);
            }
        }
        JsonArray mentions = json.getAsJsonArray("entities").get(0).getAsJsonObject().getAsJsonArray("mentions");
        for (int i = mentions.size() - 1; i >= 0; i--) {
            if (mentions.get(i).getAsJsonObject().get("start").getAsInt() == 434) {
                mentions.remove(i);
            }
        }
        Files.writeString(sidecar, json.toString(), StandardCharsets.UTF_8);
        dialogs.clear();
        settings.lastArticle = null;
        robot.interact(() -> wb.suggestions().vm().setOn("entities", true));
        open();
    }

    @AfterEach
    void saveBeforeTheFolderGoes() {
        robot.interact(() -> wb.vm().save());
    }

    private void open() {
        robot.interact(() -> wb.openFolder(tmp, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private JsonObject read() throws Exception {
        return JsonParser.parseString(Files.readString(sidecar, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private SuggestionsViewModel vm() {
        return wb.suggestions().vm();
    }

    private StyleClassedTextArea area() {
        return wb.articleView().area();
    }

    private void key(KeyCode... codes) {
        robot.type(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void ctrl(KeyCode code) {
        robot.press(KeyCode.CONTROL).type(code).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void focusArticle() {
        robot.interact(() -> area().requestFocus());
    }

    /** Tabs until the current suggestion is the one with this key; fails after a full round. */
    private Pending tabTo(String key) {
        for (int i = 0; i <= vm().items().size(); i++) {
            key(KeyCode.TAB);
            Pending p = vm().currentProperty().get();
            if (p != null && key.equals(p.suggestion().key())) {
                return p;
            }
        }
        throw new AssertionError("no suggestion " + key + " among " + vm().items().stream().map(p -> p.suggestion().key()).toList());
    }

    private static String sourceKeyAt(List<Pending> items, int cueStart) {
        for (Pending p : items) {
            if (p.annotation() instanceof Source s && s.cue() != null && s.cue().start() == cueStart) {
                return p.suggestion().key();
            }
        }
        throw new AssertionError("no suggested source with its cue at " + cueStart);
    }

    private static JsonObject sourceWithCueAt(JsonObject json, int start) {
        for (JsonElement e : json.getAsJsonArray("sources")) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("cue") && o.getAsJsonObject("cue").get("start").getAsInt() == start) {
                return o;
            }
        }
        return null;
    }

    private Collection<String> styleAt(int utf16) {
        return area().getStyleOfChar(utf16);
    }

    @Test
    void suggestionsAreDrawnDashedAndTabSelectsTheFirst() {
        List<Pending> items = List.copyOf(vm().items());
        String kim = "entity:PERSON:434-437";
        assertTrue(items.stream().anyMatch(p -> p.suggestion().key().equals(kim)), items.toString());
        sourceKeyAt(items, 86);
        // The proposed "Kim" and the proposed cue carry the suggestion class, the accepted "Kim" at 119 does not.
        assertTrue(styleAt(435).contains("suggestion"), styleAt(435).toString());
        assertTrue(styleAt(435).contains("suggestion-ent-PERSON"));
        assertFalse(styleAt(435).contains("ent-PERSON"), "not drawn as an accepted mention");
        assertTrue(styleAt(90).contains("suggestion") && styleAt(90).contains("suggestion-cue"), styleAt(90).toString());
        assertFalse(styleAt(90).contains("cue"));
        assertFalse(styleAt(120).contains("suggestion"));
        assertEquals(items.size() + " suggestions left", wb.suggestions().view().countLabel().getText());
        assertTrue(wb.suggestions().view().list().getItems().size() == items.size());

        focusArticle();
        key(KeyCode.TAB);
        Pending first = vm().currentProperty().get();
        assertEquals(items.get(0), first);
        int from = wb.vm().session().text().toUtf16(first.annotation().anchorSpan().start());
        assertEquals(from, area().getSelection().getStart());
        assertTrue(styleAt(from).contains("suggestion-current"));
        assertEquals(first, wb.suggestions().view().list().getSelectionModel().getSelectedItem());
    }

    @Test
    void tabInATextFieldStillMovesFocusAndEnterThereDecidesNothing() {
        focusArticle();
        key(KeyCode.TAB);
        assertNotNull(vm().currentProperty().get());
        int before = vm().items().size();
        robot.interact(() -> wb.articleView().openFind());
        javafx.scene.Node field = wb.stage().getScene().lookup("#find-field");
        assertTrue(field.isFocused());
        Pending current = vm().currentProperty().get();
        key(KeyCode.TAB);
        assertFalse(field.isFocused(), "Tab left the find field, as before");
        assertEquals(current, vm().currentProperty().get(), "and did not move between suggestions");
        robot.interact(field::requestFocus);
        key(KeyCode.ENTER);
        assertEquals(before, vm().items().size(), "Enter in the find field accepted nothing");
    }

    @Test
    void enterAcceptsAndCtrlSWritesItAccepted() throws Exception {
        int before = vm().items().size();
        assertEquals(before + " suggestions left", wb.suggestions().view().countLabel().getText());
        focusArticle();
        tabTo(sourceKeyAt(vm().items(), 86));
        key(KeyCode.ENTER);

        Source accepted = wb.vm().session().document().sources().stream()
                .filter(s -> s.cue() != null && s.cue().start() == 86).findFirst().orElseThrow();
        assertEquals(Status.ACCEPTED, accepted.status());
        assertEquals("e1", accepted.speaker(), "Kim, the accepted entity before the cue, is the speaker");
        assertTrue(wb.sourcesView().table().getItems().contains(accepted), "listed in the Sources panel");
        assertEquals(accepted.id(), wb.selection().id(), "selected, so its form can correct it");
        assertEquals(accepted, wb.sourcesView().table().getSelectionModel().getSelectedItem());
        assertTrue(vm().items().size() < before);
        assertEquals(vm().items().size() + " suggestions left", wb.suggestions().view().countLabel().getText());
        assertFalse(styleAt(90).contains("suggestion"), styleAt(90).toString());
        assertTrue(styleAt(90).contains("cue"));

        robot.clickOn(wb.statusBar());
        ctrl(KeyCode.S);
        JsonObject onDisk = sourceWithCueAt(read(), 86);
        assertNotNull(onDisk);
        assertEquals("accepted", onDisk.get("status").getAsString());
        assertEquals("tester", onDisk.get("createdBy").getAsString());
        assertEquals("kawan terdekatnya", onDisk.getAsJsonObject("content").get("exact").getAsString());
    }

    @Test
    void acceptingAMentionJoinsItsEntityAndCtrlZUndoesIt() {
        int before = vm().items().size();
        focusArticle();
        tabTo("entity:PERSON:434-437");
        key(KeyCode.ENTER);
        Entity kim = wb.vm().session().document().entity("e1");
        assertTrue(kim.mentions().stream().anyMatch(m -> m.start() == 434), "joined Kim Jong Un (e1)");
        assertEquals(before - 1, vm().items().size());

        ctrl(KeyCode.Z);
        kim = wb.vm().session().document().entity("e1");
        assertFalse(kim.mentions().stream().anyMatch(m -> m.start() == 434));
        assertEquals(before, vm().items().size(), "the suggestion is back after undo");
        assertTrue(styleAt(435).contains("suggestion"));
    }

    @Test
    void backspaceRejectsForGood() throws Exception {
        String key = sourceKeyAt(vm().items(), 181);
        int before = vm().items().size();
        focusArticle();
        tabTo(key);
        key(KeyCode.BACK_SPACE);
        assertEquals(before - 1, vm().items().size());
        assertFalse(styleAt(185).contains("suggestion"), "a rejection is not drawn");
        assertFalse(styleAt(185).contains("cue") || styleAt(185).contains("suggestion-cue"));
        assertTrue(wb.sourcesView().table().getItems().stream().noneMatch(s -> s.cue() != null && s.cue().start() == 181),
                "nor listed");

        robot.clickOn(wb.statusBar());
        ctrl(KeyCode.S);
        JsonObject onDisk = sourceWithCueAt(read(), 181);
        assertNotNull(onDisk);
        assertEquals("rejected", onDisk.get("status").getAsString());

        open(); // a reload from disk, with a new suggestion run
        assertTrue(vm().items().stream().noneMatch(p -> p.suggestion().key().equals(key)));
        assertEquals(before - 1, vm().items().size());
        assertFalse(styleAt(185).contains("suggestion"));
    }

    @Test
    void acceptAllEntitiesIsOneStepAndViewSuggestionsSwitchesThemOff() throws Exception {
        long entities = vm().items().stream().filter(p -> p.recommender().equals("entities")).count();
        assertTrue(entities > 0);
        MenuItem acceptAll = menuItem("menu.annotate", "suggest.acceptAll.entities");
        robot.interact(acceptAll::fire);
        assertEquals(0, vm().items().stream().filter(p -> p.recommender().equals("entities")).count());
        ctrl(KeyCode.Z);
        assertEquals(entities, vm().items().stream().filter(p -> p.recommender().equals("entities")).count());

        CheckMenuItem onOff = (CheckMenuItem) ((Menu) menuItem("menu.view", "suggest-menu")).getItems().stream()
                .filter(i -> "suggest-entities".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(() -> onOff.setSelected(false));
        assertTrue(vm().items().stream().noneMatch(p -> p.recommender().equals("entities")));
        assertTrue(settings.suggestionsOff.contains("entities"));
        assertFalse(styleAt(435).contains("suggestion"));
        robot.interact(() -> onOff.setSelected(true));
        assertTrue(styleAt(435).contains("suggestion"));
    }

    /** A menu item by its id (the bundle key or a fixed id), never by its text, which is in the user's language. */
    private MenuItem menuItem(String menuId, String id) {
        Menu m = wb.stage().getScene().getRoot().lookupAll(".menu-bar").stream().findFirst()
                .map(n -> ((javafx.scene.control.MenuBar) n).getMenus().stream()
                        .filter(x -> menuId.equals(x.getId())).findFirst().orElseThrow())
                .orElseThrow();
        return m.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
