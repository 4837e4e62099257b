package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.ui.common.SameThreadTaskRunner;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the main window on the seed article with its annotations to {@code target/workbench.png}.
 * To refresh the image in the docs: {@code mvn -B test -Dtest=ScreenshotTest
 * -Dtandai.screenshot=docs/images/workbench.png}. Uses a copy of the committed seed and its annotations.
 */
class ScreenshotTest {
    @TempDir
    Path tmp;

    @Test
    void rendersTheWorkbenchOnTheSeedWithItsHighlights() throws Exception {
        TestFiles.seed(tmp);
        Settings settings = new Settings();
        settings.width = 1440;
        settings.height = 900;
        TestWindow window = TestWindow.start(new SameThreadTaskRunner(), new FakeDialogs(), settings, "Ani");
        Stage stage = window.stage;
        Workbench[] wb = {window.workbench};
        FxToolkit.setupFixture(() -> wb[0].openFolder(tmp, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        FxRobot robot = new FxRobot();
        robot.interact(() -> {
            var table = wb[0].entitiesView().table();
            table.getSelectionModel().select(0);
            wb[0].entitiesView().mentions().getSelectionModel().select(0);
            wb[0].articleView().area().showParagraphAtTop(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Tandai \u2014 000_39d3cf8f1d629551.txt", stage.getTitle());
        var area = wb[0].articleView().area();
        boolean anyEntity = false;
        for (int i = 0; i < area.getLength() && !anyEntity; i++) {
            anyEntity = area.getStyleOfChar(i).stream().anyMatch(c -> c.startsWith("ent-"));
        }
        assertTrue(anyEntity, "the seed's entity highlights are drawn");

        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Path png = Path.of("target", "workbench.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(out, "png", png.toFile());
        assertTrue(Files.size(png) > 20_000, "a real picture, not a blank one");
        String target = System.getProperty("tandai.screenshot");
        if (target != null && !target.isBlank()) {
            Files.createDirectories(Path.of(target).toAbsolutePath().getParent());
            Files.copy(png, Path.of(target), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        window.close();
    }
}
