package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Edits;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Table search and column filters in the real window (issue 13), on a copy of the seed article:
 * typing "korea" in the entities' search field leaves only the rows that contain it and the label
 * says how many of all are shown; the claims' verdict filter leaves the claims with that verdict; a
 * selected row that is filtered out and comes back is selected again, and undo still works.
 */
class TableSearchWindowTest {
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
    void openSeed() {
        TestFiles.seed(tmp);
        dialogs.clear();
        settings.lastArticle = null;
        robot.interact(() -> wb.openFolder(tmp, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(session());
    }

    @AfterEach
    void save() {
        robot.interact(() -> wb.vm().save());
    }

    private DocumentSession session() {
        return wb.vm().session();
    }

    /** View ▸ Entities / Claims (Alt+1, Alt+2). */
    private void showPanel(String name) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) wb.stage().getScene().getRoot().lookup(".menu-bar");
        robot.interact(() -> bar.getMenus().stream().filter(m -> m.getText().equals("_View")).findFirst().orElseThrow()
                .getItems().stream().filter(i -> name.equals(i.getText())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String shown(String id) {
        return robot.lookup("#" + id + "-shown").queryLabeled().getText();
    }

    @Test
    void searchingEntitiesForKoreaLeavesTheMatchingRowsAndCountsThem() {
        showPanel("Entities");
        TableView<Entity> table = wb.entitiesView().table();
        int all = session().document().entities().size();
        assertEquals(all + " of " + all + " shown", shown("entities"));
        long korean = session().document().entities().stream()
                .filter(e -> e.name().toLowerCase(Locale.ROOT).contains("korea")).count();
        assertTrue(korean >= 2 && korean < all, "the seed has some Korean names and other ones: " + korean);

        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#entities-search").query().isFocused(), "Ctrl+K focuses the shown table's search, not " + wb.stage().getScene().getFocusOwner());
        robot.write("KoReA");
        WaitForAsyncUtils.waitForFxEvents();
        String typed = robot.lookup("#entities-search").queryTextInputControl().getText();
        assertEquals("KoReA", typed);
        assertEquals(korean, table.getItems().size());
        for (Entity e : table.getItems()) {
            assertTrue(e.name().toLowerCase(Locale.ROOT).contains("korea"), e.name());
        }
        assertEquals(korean + " of " + all + " shown", shown("entities"));
        // The visible rows are those entities: their name cells show them.
        List<String> cells = robot.lookup("#entities-table .table-row-cell .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null && t.toLowerCase(Locale.ROOT).contains("korea")).toList();
        assertEquals(korean, cells.size(), cells.toString());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, table.getItems().size());
        assertEquals(all + " of " + all + " shown", shown("entities"));
    }

    @Test
    void theVerdictFilterLeavesTheClaimsWithThatVerdictAndAFilteredOutSelectionComesBack() {
        showPanel("Claims");
        List<Claim> claims = session().document().claims();
        int all = claims.size();
        Claim first = claims.get(0);
        Claim other = claims.get(1);
        robot.interact(() -> new Edits(session()).update(first.id(), "Change verdict", Claim.class, c -> c.setVerdict("false")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> wb.selection().select(other.id(), null));
        TableView<Claim> table = wb.claimsView().table();
        assertEquals(other.id(), table.getSelectionModel().getSelectedItem().id());

        robot.clickOn("#claims-filter-verdict");
        Node item = robot.lookup(".context-menu .menu-item").match(n -> n.lookup(".label") instanceof Labeled l
                && "False".equals(l.getText())).query();
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        assertEquals(first.id(), table.getItems().get(0).id());
        assertEquals("1 of " + all + " shown", shown("claims"));
        assertEquals("Verdict: False", robot.lookup("#claims-filter-verdict").queryLabeled().getText());
        assertEquals(other.id(), wb.selection().id(), "filtering a row out does not change the selection");

        robot.interact(() -> wb.vm().undo()); // the verdict edit: the claim leaves the filtered rows
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("unverified", session().claim(first.id()).verdict());
        assertEquals(0, table.getItems().size());
        assertEquals("0 of " + all + " shown", shown("claims"));

        Node clear = robot.lookup(".table-filter-bar .button").match(n -> n instanceof Labeled l
                && "Clear filters".equals(l.getText()) && n.getParent().getParent().getParent() == wb.claimsView()).query();
        robot.clickOn(clear);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, table.getItems().size());
        assertEquals(other.id(), table.getSelectionModel().getSelectedItem().id(), "the selected claim's row is selected again");
    }
}
