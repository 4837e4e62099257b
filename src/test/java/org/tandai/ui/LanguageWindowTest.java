package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.i18n.Messages;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window started in Indonesian (as {@code --lang id} starts it) on a copy of the seed: the
 * menus, toolbar, tabs, column headers, status bar and Help text are Indonesian, the undo label
 * composes in Indonesian, and View ▸ Language saves the choice to the settings file and says when it
 * applies.
 */
class LanguageWindowTest {
    private static TestWindow window;
    private static Workbench wb;
    private static final FakeDialogs dialogs = new FakeDialogs();
    private static final Settings settings = new Settings();
    private final FxRobot robot = new FxRobot();

    @TempDir
    static Path tmp;

    @BeforeAll
    static void startInIndonesian() throws Exception {
        window = TestWindow.standard(dialogs, settings, Messages.of(Locale.forLanguageTag("id")));
        wb = window.workbench;
        Path article = TestFiles.seed(tmp);
        new FxRobot().interact(() -> wb.openFolder(article, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void closeWindow() throws Exception {
        window.close();
    }

    private static MenuBar bar() {
        return (MenuBar) window.stage.getScene().getRoot().lookup(".menu-bar");
    }

    private static Menu menu(String id) {
        return bar().getMenus().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }

    private static MenuItem item(Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void menusToolbarAndTabsAreIndonesian() {
        assertEquals(List.of("_Berkas", "_Sunting", "_Anotasi", "_Tampilan", "Bant_uan"),
                bar().getMenus().stream().map(Menu::getText).toList());
        assertEquals("Simpan", item(menu("menu.file"), "action.file.save").getText());
        assertEquals("Buka Folder\u2026", item(menu("menu.file"), "action.file.openFolder").getText());
        assertEquals("Keluar", item(menu("menu.file"), "action.file.quit").getText());
        assertEquals("Urungkan", item(menu("menu.edit"), "action.edit.undo").getText());
        assertEquals("Klaim Baru", item(menu("menu.annotate"), "action.annotate.newClaim").getText());
        assertEquals("Tandai sebagai Orang", item(menu("menu.annotate"), "action.annotate.markAs.1").getText(),
                "the built-in tag set's labels are Indonesian too");
        Button save = (Button) window.stage.getScene().getRoot().lookup(".tool-bar").lookupAll(".button").stream()
                .filter(n -> "action.file.save".equals(n.getId())).findFirst().orElseThrow();
        assertEquals("Simpan", save.getText());
        assertEquals("Simpan  (Ctrl+S)", save.getTooltip().getText());

        TabPane tabs = (TabPane) window.stage.getScene().getRoot().lookup(".tab-pane");
        List<String> titles = tabs.getTabs().stream().map(Tab::getText).toList();
        assertEquals(List.of("Entitas", "Klaim", "Sumber", "Relasi"), titles.subList(0, 4));
        TableView<?> entities = wb.entitiesView().table();
        assertEquals(List.of("Nama", "Jenis", "Sebutan"), entities.getColumns().stream().map(c -> c.getText()).toList());
    }

    @Test
    void theStatusBarAndHelpAreIndonesian() {
        String counts = robot.lookup("#counts-status").queryAs(Label.class).getText();
        assertTrue(counts.matches("\\d+ entitas \u00b7 \\d+ sebutan \u00b7 \\d+ klaim \u00b7 \\d+ sumber.*"), counts);
        assertEquals("Anotator: tester", robot.lookup("#annotator-status").queryAs(Label.class).getText());
        assertEquals("Semua perubahan tersimpan", robot.lookup("#saved-status").queryAs(Label.class).getText());
        assertTrue(wb.vm().statusProperty().get().endsWith(" dibuka."), wb.vm().statusProperty().get());

        String help = helpText();
        assertTrue(help.startsWith("Pilih teks (Shift+panah;"), help);
        assertTrue(help.contains("\nSunting\n"), help);
        assertTrue(help.contains("Urungkan") && help.contains(" atau "), help);
    }

    private String helpText() {
        dialogs.notices.clear();
        MenuItem shortcuts = item(menu("menu.help"), "action.help.shortcuts");
        assertEquals("Pintasan Papan Ketik", shortcuts.getText());
        robot.interact(shortcuts::fire);
        assertEquals(1, dialogs.notices.size());
        return dialogs.notices.get(0);
    }

    @Test
    void anEditsUndoLabelComposesInIndonesian() {
        MenuItem undo = item(menu("menu.edit"), "action.edit.undo");
        var area = wb.articleView().area();
        String text = area.getText();
        int at = text.indexOf("Pyongyang dan Moskow");
        assertTrue(at >= 0, "the seed has the phrase");
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(at, at + "Pyongyang dan Moskow".length());
            item(menu("menu.annotate"), "action.annotate.newClaim").fire();
        });
        assertEquals("Urungkan Klaim baru", undo.getText());
        assertTrue(wb.vm().statusProperty().get().startsWith("Klaim baru "), wb.vm().statusProperty().get());
        robot.interact(undo::fire);
        assertTrue(wb.vm().statusProperty().get().startsWith("Diurungkan: Klaim baru"), wb.vm().statusProperty().get());
    }

    @Test
    void viewLanguageSavesTheChoiceAndSaysWhenItApplies() throws Exception {
        Menu language = (Menu) item(menu("menu.view"), "language-menu");
        assertEquals("Bahasa", language.getText());
        assertEquals(List.of("Sistem", "English", "Bahasa Indonesia"), language.getItems().stream().map(MenuItem::getText).toList());
        RadioMenuItem system = (RadioMenuItem) language.getItems().get(0);
        assertTrue(system.isSelected(), "nothing saved yet: the system language is checked");

        dialogs.notices.clear();
        RadioMenuItem english = (RadioMenuItem) language.getItems().get(1);
        robot.interact(() -> english.setSelected(true)); // what a click on the radio item does
        assertEquals("en", settings.language);
        assertTrue(english.isSelected());
        String saved = Files.readString(window.configDir.resolve("settings.json"));
        assertTrue(saved.contains("\"language\": \"en\""), saved);
        assertEquals(List.of("Bahasa: English. Berlaku saat Tandai dibuka lagi."), dialogs.notices);

        robot.interact(() -> system.setSelected(true));
        assertNull(settings.language);
        assertTrue(!Files.readString(window.configDir.resolve("settings.json")).contains("\"language\""));
    }
}
