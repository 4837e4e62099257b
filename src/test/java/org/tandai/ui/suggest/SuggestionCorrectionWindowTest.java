package org.tandai.ui.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.Status;
import org.tandai.suggest.Gazetteer;
import org.tandai.ui.FakeDialogs;
import org.tandai.ui.TestWindow;
import org.tandai.ui.Workbench;
import org.tandai.ui.common.Settings;
import org.tandai.ui.common.SourceDraft;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12's remaining window paths, on a copy of the seed with the attributions at 86
 * ("menyebutnya") and 181 ("menambahkan bahwa") and Kim's mention at 434 taken out: Shift+Enter
 * corrects a suggested attribution in the Source form and accepts it as one undoable step, undo of
 * an accept unlearns the name it taught the gazetteer and redo learns it again, and Help ▸ Keyboard
 * Shortcuts lists the suggestion keys.
 */
class SuggestionCorrectionWindowTest {
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
        JsonObject json = JsonParser.parseString(Files.readString(sidecar, StandardCharsets.UTF_8)).getAsJsonObject();
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
        dialogs.sourceForm = d -> d;
        settings.lastArticle = null;
        robot.interact(() -> wb.openFolder(tmp, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void saveBeforeTheFolderGoes() {
        dialogs.sourceForm = d -> d;
        robot.interact(() -> wb.vm().save());
    }

    private SuggestionsViewModel vm() {
        return wb.suggestions().vm();
    }

    private void key(KeyCode... codes) {
        robot.type(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chord(KeyCode modifier, KeyCode... codes) {
        robot.press(modifier);
        for (KeyCode c : codes) {
            robot.type(c);
        }
        robot.release(modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tabTo(String key) {
        robot.interact(() -> wb.articleView().area().requestFocus());
        for (int i = 0; i <= vm().items().size(); i++) {
            key(KeyCode.TAB);
            Pending p = vm().currentProperty().get();
            if (p != null && key.equals(p.suggestion().key())) {
                return;
            }
        }
        throw new AssertionError("no suggestion " + key);
    }

    private String sourceKeyAt(int cueStart) {
        return vm().items().stream().filter(p -> p.annotation() instanceof Source s && s.cue() != null
                && s.cue().start() == cueStart).findFirst().orElseThrow().suggestion().key();
    }

    private Source sourceWithCueAt(int start) {
        return wb.vm().session().document().sources().stream().filter(s -> s.cue() != null && s.cue().start() == start)
                .findFirst().orElse(null);
    }

    private JsonObject onDiskSourceWithCueAt(int start) throws Exception {
        JsonObject json = JsonParser.parseString(Files.readString(sidecar, StandardCharsets.UTF_8)).getAsJsonObject();
        for (JsonElement e : json.getAsJsonArray("sources")) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("cue") && o.getAsJsonObject("cue").get("start").getAsInt() == start) {
                return o;
            }
        }
        return null;
    }

    @Test
    void shiftEnterCorrectsTheAttributionInTheSourceFormAndAcceptsItAsOneStep() throws Exception {
        String key = sourceKeyAt(181);
        int before = vm().items().size();
        ArticleText text = wb.vm().session().text();
        List<SourceDraft> shown = new ArrayList<>();
        dialogs.sourceForm = d -> {
            shown.add(d);
            Span content = d.content();
            // The user narrows the content to its first two words, types a description and makes it a "media" form.
            int cut = text.text().indexOf(' ', text.toUtf16(content.start()) + 9);
            Span shorter = Span.of(text, content.start(), text.toCodePoint(cut));
            return new SourceDraft(d.cue(), null, null, d.newSpeakerType(), null, "the North Korean leader", d.claimIds(),
                    shorter, "media", null);
        };
        tabTo(key);
        chord(KeyCode.SHIFT, KeyCode.ENTER);

        assertEquals(1, shown.size(), "the Source form opened once");
        SourceDraft d = shown.get(0);
        assertEquals("menambahkan bahwa", d.cue().exact(), "filled with the suggested cue");
        assertEquals("e1", d.speakerId(), "and speaker");
        assertTrue(d.content().exact().startsWith("hubungan antara kedua negara"), d.content().exact());
        Source accepted = sourceWithCueAt(181);
        assertNotNull(accepted);
        assertEquals(Status.ACCEPTED, accepted.status());
        assertNull(accepted.speaker(), "the corrected speaker");
        assertEquals("the North Korean leader", accepted.speakerDescription());
        assertEquals("media", accepted.form());
        assertEquals("hubungan antara", accepted.content().exact());
        assertEquals(before - 1, vm().items().size(), "no longer a suggestion");
        assertTrue(wb.sourcesView().table().getItems().contains(accepted));

        chord(KeyCode.CONTROL, KeyCode.Z);
        assertNull(sourceWithCueAt(181), "one undo takes the corrected accept back whole");
        assertTrue(vm().items().stream().anyMatch(p -> p.suggestion().key().equals(key)), "and the suggestion returns");

        chord(KeyCode.CONTROL, KeyCode.Y);
        robot.interact(() -> wb.vm().save());
        JsonObject disk = onDiskSourceWithCueAt(181);
        assertNotNull(disk, "redone and saved");
        assertEquals("accepted", disk.get("status").getAsString());
        assertEquals("media", disk.get("form").getAsString());
        assertEquals("the North Korean leader", disk.get("speakerDescription").getAsString());
        assertEquals("hubungan antara", disk.getAsJsonObject("content").get("exact").getAsString());
    }

    @Test
    void theSelectionMovesTheCueAndCancellingTheFormDecidesNothing() {
        String key = sourceKeyAt(86);
        int before = vm().items().size();
        dialogs.sourceForm = d -> null;
        tabTo(key);
        chord(KeyCode.SHIFT, KeyCode.ENTER);
        assertEquals(before, vm().items().size(), "cancelled: still a suggestion");
        assertNull(sourceWithCueAt(86));

        dialogs.sourceForm = d -> d;
        // Tab selects the suggested cue "menambahkan bahwa"; the user narrows the selection to "menambahkan".
        tabTo(sourceKeyAt(181));
        ArticleText text = wb.vm().session().text();
        assertEquals(text.toUtf16(181), wb.articleView().area().getSelection().getStart());
        robot.interact(() -> wb.articleView().area().selectRange(text.toUtf16(181), text.toUtf16(190)));
        chord(KeyCode.SHIFT, KeyCode.ENTER);
        Source accepted = sourceWithCueAt(181);
        assertNotNull(accepted);
        assertEquals("menambahkan", accepted.cue().exact(), "the corrected cue (the selection, snapped to words)");
        assertEquals("e1", accepted.speaker(), "the rest as suggested");
        assertTrue(accepted.content().exact().startsWith("hubungan antara kedua negara"), accepted.content().exact());
    }

    @Test
    void undoOfAnAcceptUnlearnsTheNameAndRedoLearnsItAgain() {
        tabTo("entity:PERSON:434-437");
        Gazetteer g = vm().gazetteer();
        int learned = count(g, "Kim");
        key(KeyCode.ENTER);
        Entity kim = wb.vm().session().document().entity("e1");
        assertTrue(kim.mentions().stream().anyMatch(m -> m.start() == 434));
        assertEquals(learned + 1, count(g, "Kim"), "the accept taught the gazetteer");

        chord(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(learned, count(g, "Kim"), "undo unlearned it");
        chord(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(learned + 1, count(g, "Kim"), "redo learned it again");
    }

    private static int count(Gazetteer g, String surface) {
        return g.entries().stream().filter(e -> e.surface().equals(surface)).mapToInt(Gazetteer.Entry::count).sum();
    }

    @Test
    void helpListsTheSuggestionKeys() {
        robot.interact(() -> wb.stage().getScene().getRoot().lookupAll(".menu-bar").stream().findFirst()
                .map(n -> ((javafx.scene.control.MenuBar) n).getMenus().stream()
                        .filter(m -> m.getText().replace("_", "").equals("Help")).findFirst().orElseThrow())
                .orElseThrow().getItems().stream().filter(i -> "Keyboard Shortcuts".equals(i.getText())).findFirst()
                .orElseThrow().fire());
        String help = dialogs.notices.get(dialogs.notices.size() - 1);
        assertTrue(help.contains("Suggestions (on the article or the Suggestions list)"), help);
        for (String line : List.of("Tab", "Shift+Tab", "Enter", "Shift+Enter", "Backspace")) {
            assertTrue(help.lines().anyMatch(l -> l.strip().startsWith(line + " ")), line + " in\n" + help);
        }
        assertFalse(help.contains("suggest.help"), "no raw keys");
    }
}
