package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.Claim;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Decision 1225: the side panels other than Entities do not exist until they are first shown, and
 * a panel built late shows the open document and what is already selected in it.
 */
class LazyPanelsWindowTest {
    private final FxRobot robot = new FxRobot();
    private TestWindow window;

    @TempDir
    Path tmp;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            robot.interact(() -> window.workbench.vm().save());
            window.close();
        }
    }

    @Test
    void aPanelIsBuiltWhenItsTabIsFirstBroughtForwardAndShowsTheSelection() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        for (String f : new String[] {"alpha.txt", "alpha.annotations.json"}) {
            Files.copy(Path.of("src/test/resources/corpus", f), dir.resolve(f));
        }
        window = TestWindow.standard(new FakeDialogs(), new Settings());
        Workbench wb = window.workbench;
        robot.interact(() -> wb.openFolder(dir, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#entities-table").tryQuery().isPresent(), "the tab on show is built");
        for (String id : new String[] {"#claims-table", "#sources-table", "#relations-table", "#orphans-table", "#conflicts-table"}) {
            assertFalse(robot.lookup(id).tryQuery().isPresent(), id + " is not built before its tab is shown");
        }
        Claim claim = wb.vm().session().document().claims().get(0);
        // Selecting a claim (as a click on it in the article does) brings the Claims tab forward.
        robot.interact(() -> wb.selection().select(claim.id(), null));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#claims-table").queryAs(TableView.class);
        assertTrue(table.isVisible() && table.getScene() != null, "now in the window");
        assertEquals(wb.vm().session().document().claims().size(), table.getItems().size());
        assertEquals(claim, table.getSelectionModel().getSelectedItem(), "the new panel shows what was selected already");
    }
}
