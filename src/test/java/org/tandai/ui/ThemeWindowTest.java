package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.fxmisc.richtext.TextExt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tandai.TestFiles;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.SameThreadTaskRunner;
import org.tandai.ui.common.Settings;
import org.tandai.ui.common.SettingsStore;
import org.tandai.ui.theme.ThemeSwitcher;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, themes and icons, through the real window on a copy of the seed: --theme dark paints
 * the article dark with light text and dark entity tints; View ▸ Theme switches live and is saved
 * in settings.json; the toolbar buttons show icons in the theme's colour, keep their names as
 * tooltips and accessible text, and can be reached with the keyboard.
 */
class ThemeWindowTest {
    private static final Color DARK_PAPER = Color.web("#0d1117");
    private static final Color DARK_INK = Color.web("#e6edf3");
    private static final Color LIGHT_INK = Color.web("#1f2933");

    private final FxRobot robot = new FxRobot();
    private final FakeDialogs dialogs = new FakeDialogs();
    private Stage stage;
    private Workbench wb;
    private SettingsStore store;

    @TempDir
    Path tmp;

    private void start(String themeOption, Settings settings) throws Exception {
        settings.width = 1280;
        settings.height = 800;
        store = new SettingsStore(Files.createTempDirectory("tandai-config"), new SidecarStore());
        stage = FxToolkit.registerPrimaryStage();
        AppContext ctx = new AppContext(new SidecarStore(), new SameThreadTaskRunner(), dialogs, store, Clock.systemUTC(),
                "tester", org.tandai.i18n.Messages.english(), themeOption);
        Workbench[] made = new Workbench[1];
        FxToolkit.setupFixture(() -> {
            made[0] = new Workbench(ctx, stage, settings);
            stage.show();
        });
        wb = made[0];
        Path seeds = TestFiles.seed(tmp.resolve("seeds")).getParent();
        robot.interact(() -> wb.openFolder(seeds, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(wb.vm().session(), "the seed opened");
    }

    @AfterEach
    void lightAgainForTheNextTest() throws Exception {
        if (stage != null) {
            robot.interact(() -> wb.vm().save());
            FxToolkit.setupFixture(stage::hide);
        }
        // The user-agent stylesheet is the JVM's: leave the light one for the window tests after this.
        FxToolkit.setupFixture(() -> ThemeSwitcher.preset("light", new org.tandai.ui.common.Settings()));
    }

    @Test
    void themeDarkOptionPaintsTheArticleDarkWithLightTextAndDarkEntityTints() throws Exception {
        start("dark", new Settings());
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("tandai-dark.css")),
                "the dark sheet is on the scene: " + stage.getScene().getStylesheets());
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"), Application.getUserAgentStylesheet());
        assertEquals(DARK_PAPER, background(wb.articleView().area()), "the article's paper");
        assertEquals(DARK_INK, plainText().getFill(), "the article's text");
        TextExt person = entityRun("ent-PERSON");
        Color tint = (Color) person.getBackgroundColor();
        assertTrue(luminance(tint) < 0.1, "a dark tint behind a Person: " + tint);
        assertTrue(contrast(tint, (Color) person.getFill()) >= 4.5, "light text reads on it");
        Region menuBar = menuBar();
        assertTrue(luminance(background(menuBar)) < 0.1, "the menu bar is dark too: " + background(menuBar));
        assertEquals(DARK_INK, icon(toolbarButtons().get(0)).getIconColor(), "icons take the theme's text colour");
        assertTrue(themeItem("theme-dark").isSelected(), "View > Theme ticks the theme on show");
        // --theme is for this run only: nothing was written to the settings.
        assertFalse(Files.exists(store.file()) && Files.readString(store.file()).contains("\"theme\""));
    }

    @Test
    void viewThemeSwitchesLiveAndIsSaved() throws Exception {
        Settings settings = new Settings();
        settings.theme = "dark";
        start(null, settings);
        assertEquals(DARK_PAPER, background(wb.articleView().area()), "the saved setting applies at start");
        RadioMenuItem dark = themeItem("theme-dark");
        assertTrue(dark.isSelected(), "View > Theme shows the saved choice");
        Paint darkPerson = entityRun("ent-PERSON").getBackgroundColor();

        robot.interact(() -> themeItem("theme-light").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Color.WHITE, background(wb.articleView().area()), "light paper at once, no restart");
        assertEquals(LIGHT_INK, plainText().getFill());
        Color lightPerson = (Color) entityRun("ent-PERSON").getBackgroundColor();
        assertTrue(luminance(lightPerson) > 0.5 && !lightPerson.equals(darkPerson), "a light tint: " + lightPerson);
        assertFalse(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("tandai-dark.css")));
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"), Application.getUserAgentStylesheet());
        assertEquals(LIGHT_INK, icon(toolbarButtons().get(0)).getIconColor());
        assertTrue(Files.readString(store.file()).matches("(?s).*\"theme\"\\s*:\\s*\"light\".*"), Files.readString(store.file()));

        robot.interact(() -> themeItem("theme-dark").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DARK_PAPER, background(wb.articleView().area()));
        assertTrue(Files.readString(store.file()).matches("(?s).*\"theme\"\\s*:\\s*\"dark\".*"));

        // System: follows the desktop (light in the tests, tandai.system.theme) and forgets the choice.
        robot.interact(() -> themeItem("theme-system").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Color.WHITE, background(wb.articleView().area()));
        assertFalse(Files.readString(store.file()).contains("\"theme\""), Files.readString(store.file()));
    }

    @Test
    void toolbarButtonsHaveIconsTooltipsAndTheKeyboard() throws Exception {
        start("light", new Settings());
        List<Button> buttons = toolbarButtons();
        assertEquals(9, buttons.size(), "the toolbar's actions");
        for (Button b : buttons) {
            assertTrue(b.getGraphic() instanceof FontIcon, b.getText() + " has an icon");
            assertEquals(ContentDisplay.GRAPHIC_ONLY, b.getContentDisplay(), b.getText() + " shows only its icon");
            assertNotNull(b.getTooltip(), b.getText());
            assertTrue(b.getTooltip().getText().startsWith(b.getText()), b.getTooltip().getText());
            assertEquals(b.getText(), b.getAccessibleText(), "a screen reader reads the name");
            assertTrue(b.isFocusTraversable(), b.getText() + " takes the focus");
            assertTrue(b.getWidth() < 60, b.getText() + " is an icon-sized button: " + b.getWidth());
        }
        assertEquals("Save  (" + javafx.scene.input.KeyCombination.valueOf("Shortcut+S").getDisplayText() + ")",
                buttons.get(0).getTooltip().getText());

        robot.clickOn(wb.articleView().area());
        robot.press(KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = stage.getScene().getFocusOwner();
        assertTrue(focused instanceof Button && buttons.contains(focused), "Alt+T focuses the toolbar: " + focused);
        assertFalse(focused.isDisabled());
        Button first = (Button) focused;
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Node next = stage.getScene().getFocusOwner();
        assertTrue(next instanceof Button && buttons.contains(next) && next != first, "Tab moves along the toolbar: " + next);
    }

    private RadioMenuItem themeItem(String id) {
        MenuBar bar = (MenuBar) menuBar();
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (i instanceof Menu sub && "theme-menu".equals(sub.getId())) {
                    assertEquals("menu.view", m.getId(), "Theme is in the View menu");
                    return (RadioMenuItem) sub.getItems().stream().filter(x -> id.equals(x.getId())).findFirst().orElseThrow();
                }
            }
        }
        throw new AssertionError("no View > Theme");
    }

    private Region menuBar() {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class);
    }

    private List<Button> toolbarButtons() {
        ToolBar bar = robot.lookup(".tool-bar").queryAs(ToolBar.class);
        return bar.getItems().stream().filter(n -> n instanceof Button).map(n -> (Button) n).toList();
    }

    private static FontIcon icon(Button b) {
        return (FontIcon) b.getGraphic();
    }

    private TextExt plainText() {
        return robot.lookup(".article-area .text").queryAllAs(TextExt.class).stream()
                .filter(t -> t.getText().contains("telah")).findFirst()
                .orElseThrow(() -> new AssertionError("no run of text with \"telah\""));
    }

    private TextExt entityRun(String cls) {
        return robot.lookup(".article-area ." + cls).queryAllAs(TextExt.class).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no run styled " + cls));
    }

    private static Color background(Region r) {
        assertNotNull(r.getBackground(), r + " has a background");
        return (Color) r.getBackground().getFills().get(0).getFill();
    }

    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
