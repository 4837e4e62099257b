package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Settings;
import org.tandai.ui.common.SettingsStore;
import org.tandai.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's "Filters and layers", "Zoom" and "Go to position" in the real window, on a copy of
 * the seed article: View ▸ Show and the legend hide an entity type (its class leaves the characters
 * and a click no longer selects it), the choice is in settings.json and a restarted window keeps it;
 * Ctrl+= and Ctrl+0 change the article's text size and Settings.zoom on disk; Ctrl+G moves the caret
 * to a paragraph or a code-point offset and names input it cannot use.
 */
class FiltersWindowTest {
    private static final String ORG = "ORGANIZATION";
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
    void openSeed() throws Exception {
        TestFiles.seed(tmp);
        dialogs.clear();
        settings.lastArticle = null;
        robot.interact(() -> wb.articleVm().visibility().hidden().clear());
        robot.interact(() -> wb.openFolder(tmp, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(session());
    }

    @AfterEach
    void saveAndShowAll() {
        robot.interact(() -> {
            wb.vm().save();
            wb.articleVm().visibility().hidden().clear();
        });
    }

    private DocumentSession session() {
        return wb.vm().session();
    }

    private StyleClassedTextArea area() {
        return wb.articleView().area();
    }

    /** The first mention of the first organisation, in the area's UTF-16 positions. */
    private int[] orgMention() {
        Entity org = session().document().entities().stream().filter(e -> ORG.equals(e.type())).findFirst().orElseThrow();
        Span sp = org.mentions().get(0);
        return new int[] {session().text().toUtf16(sp.start()), session().text().toUtf16(sp.end())};
    }

    private boolean orgStyled(int[] m) {
        String cls = Theme.entityClass(ORG);
        for (int i = m[0]; i < m[1]; i++) {
            if (!area().getStyleOfChar(i).contains(cls)) {
                return false;
            }
        }
        return true;
    }

    private static MenuItem find(Stage stage, String id) {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        for (Menu m : bar.getMenus()) {
            MenuItem hit = find(m, id);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private static MenuItem find(Menu menu, String id) {
        for (MenuItem i : menu.getItems()) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu sub && find(sub, id) != null) {
                return find(sub, id);
            }
        }
        return null;
    }

    private Path settingsFile() {
        return window.configDir.resolve("settings.json");
    }

    @Test
    void viewShowOrganizationHidesItsStyleAndItsClickAndShowingRestoresIt() {
        int[] m = orgMention();
        assertTrue(orgStyled(m), "an organisation is drawn at first");
        CheckMenuItem item = (CheckMenuItem) find(wb.stage(), "show-entity-" + ORG);
        assertNotNull(item, "View > Show lists the tag set's Organization");
        assertTrue(item.isSelected());

        robot.interact(() -> item.setSelected(false)); // what a click on the check item does
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = m[0]; i < m[1]; i++) {
            assertFalse(area().getStyleOfChar(i).contains(Theme.entityClass(ORG)), "hidden at " + i);
        }
        robot.interact(() -> wb.selection().clear());
        robot.interact(() -> wb.articleVm().clickAt(m[0]));
        assertTrue(wb.selection().get() == null || session().entity(wb.selection().id()) == null
                || !ORG.equals(session().entity(wb.selection().id()).type()), "a hidden organisation cannot be clicked");
        ToggleButton legend = robot.lookup("#legend-entity-" + ORG).queryAs(ToggleButton.class);
        assertFalse(legend.isSelected(), "the legend shows it hidden too");

        robot.interact(() -> item.setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(orgStyled(m), "shown again");
        assertTrue(legend.isSelected());
        robot.interact(() -> wb.articleVm().clickAt(m[0]));
        assertEquals(ORG, session().entity(wb.selection().id()).type());
    }

    @Test
    void aLegendClickHidesTheTypeAndARestartedWindowKeepsItHidden() throws Exception {
        int[] m = orgMention();
        robot.clickOn("#legend-entity-" + ORG);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(orgStyled(m));
        assertFalse(((CheckMenuItem) find(wb.stage(), "show-entity-" + ORG)).isSelected(), "the menu follows the legend");
        String json = Files.readString(settingsFile());
        assertTrue(JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("hiddenKinds").toString()
                .contains("entity:" + ORG), json);

        robot.clickOn(area());
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL); // zoom 110 %, also kept
        WaitForAsyncUtils.waitForFxEvents();
        // A new window over the settings on disk, as after a restart.
        Settings again = new SettingsStore(window.configDir, new SidecarStore()).load();
        AppContext ctx = new AppContext(new SidecarStore(), new org.tandai.ui.common.SameThreadTaskRunner(), dialogs,
                new SettingsStore(Files.createTempDirectory("tandai-config2"), new SidecarStore()), Clock.systemUTC(),
                "tester", org.tandai.i18n.Messages.english(), null);
        Workbench[] second = new Workbench[1];
        FxToolkit.setupFixture(() -> {
            second[0] = new Workbench(ctx, new Stage(), again);
            second[0].openFolder(tmp, () -> { });
        });
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area2 = second[0].articleView().area();
        for (int i = m[0]; i < m[1]; i++) {
            assertFalse(area2.getStyleOfChar(i).contains(Theme.entityClass(ORG)), "still hidden after a restart at " + i);
        }
        ToggleButton legend2 = (ToggleButton) second[0].articleView().legend().lookup("#legend-entity-" + ORG);
        assertFalse(legend2.isSelected());
        assertEquals(1.1, again.zoom, 1e-9);
        assertTrue(area2.getStyle().contains("-fx-font-size: 17.6px"), "the zoom is applied at start: " + area2.getStyle());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(() -> second[0].vm().save());

        robot.clickOn("#legend-entity-" + ORG);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(orgStyled(m), "a second click shows it again");
        assertFalse(Files.readString(settingsFile()).contains("entity:" + ORG));
    }

    private double fontSize() {
        Text t = (Text) area().lookup(".text");
        return t.getFont().getSize();
    }

    private double zoomOnDisk() throws Exception {
        return JsonParser.parseString(Files.readString(settingsFile())).getAsJsonObject().get("zoom").getAsDouble();
    }

    @Test
    void ctrlEqualsZoomsTheArticleAndCtrl0ResetsItBothKeptOnDisk() throws Exception {
        robot.clickOn(area());
        double normal = fontSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fontSize() > normal, fontSize() + " after Ctrl+= vs " + normal);
        assertEquals(1.1, zoomOnDisk(), 1e-9);
        assertTrue(wb.statusBar().getText().contains("110%"), wb.statusBar().getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.25, zoomOnDisk(), 1e-9);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, zoomOnDisk(), 1e-9);
        assertEquals(normal, fontSize(), 1e-9);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fontSize() < normal);
        assertEquals(0.9, zoomOnDisk(), 1e-9);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void goTo(String input) {
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#goto-field").query().isFocused(), "Ctrl+G focuses the field");
        robot.write(input);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlGToAParagraphPutsTheCaretAtItsStart() {
        robot.clickOn(area());
        goTo("p3");
        String text = area().getText();
        int third = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
        assertEquals(third, area().getCaretPosition());
        assertEquals(2, area().getCurrentParagraph());
        assertTrue(area().isFocused());
        assertFalse(robot.lookup("#goto-bar").query().isVisible(), "the bar closes once it went there");
    }

    @Test
    void ctrlGRefusesBadInputWithAMessageAndLeavesTheCaret() {
        robot.clickOn(area());
        robot.interact(() -> area().moveTo(5));
        goTo("p999");
        assertEquals(5, area().getCaretPosition());
        String msg = robot.lookup("#goto-message").queryLabeled().getText();
        assertTrue(msg.contains("p999") && msg.contains("paragraphs"), msg);
        robot.type(KeyCode.ESCAPE);
        goTo("abc");
        assertTrue(robot.lookup("#goto-message").queryLabeled().getText().contains("\u201cabc\u201d is not a position"));
        robot.type(KeyCode.ESCAPE);
        goTo("99999999");
        String past = robot.lookup("#goto-message").queryLabeled().getText();
        assertTrue(past.contains("past the end") && past.contains(String.valueOf(session().text().text().codePointCount(0,
                session().text().text().length()))), past);
        robot.type(KeyCode.ESCAPE);
        assertNotEquals(99999999, area().getCaretPosition());
    }

    @Test
    void ctrlGToACodePointOffsetAfterAnEmojiLandsOnTheRightCharacter() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("astral"));
        Files.writeString(dir.resolve("emoji.txt"), "Halo \uD83D\uDE00 dunia\nBaris dua\n");
        robot.interact(() -> wb.openFolder(dir, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("emoji.txt", session().name());
        robot.clickOn(area());
        goTo("7"); // H a l o _ 😀 _ d: the d is code point 7 but UTF-16 8
        assertEquals(8, area().getCaretPosition());
        assertEquals('d', area().getText().charAt(area().getCaretPosition()));
    }
}
