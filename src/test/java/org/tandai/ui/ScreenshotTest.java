package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.i18n.Messages;
import org.tandai.ui.common.Settings;
import org.tandai.ui.theme.ThemeSwitcher;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the real window on a copy of the seed, with type labels and every arc in view on and a source
 * selected: in light and English, and in dark and Indonesian (issue 13). The pictures go to
 * {@code target/screenshots/}; {@code -Dtandai.screenshots=docs/images} also copies them over the ones the
 * README shows ({@code workbench-light-en.png}, {@code workbench-dark-id.png}).
 */
class ScreenshotTest {
    @TempDir
    Path tmp;

    private final FxRobot robot = new FxRobot();
    private TestWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
        // The base stylesheet is the JVM's: the window tests after this one start light.
        FxToolkit.setupFixture(() -> ThemeSwitcher.preset("light", new org.tandai.ui.common.Settings()));
    }

    @Test
    void lightInEnglish() throws Exception {
        BufferedImage shot = render(Messages.english(), "light", "workbench-light-en.png");
        assertTrue(luminance(articleAverage(shot)) > 0.8, "a light article");
        assertEquals("File", firstMenu());
    }

    @Test
    void darkInIndonesian() throws Exception {
        BufferedImage shot = render(Messages.of(Locale.forLanguageTag("id")), "dark", "workbench-dark-id.png");
        assertTrue(luminance(articleAverage(shot)) < 0.2, "a dark article");
        assertEquals("Berkas", firstMenu());
    }

    private int[] articleBox = new int[4];

    private BufferedImage render(Messages messages, String theme, String name) throws Exception {
        Path seeds = TestFiles.seed(tmp.resolve("seeds")).getParent();
        Settings settings = new Settings();
        settings.width = 1440;
        settings.height = 900;
        settings.spanLabels = "normal";
        settings.allArcs = true;
        window = TestWindow.styled(new FakeDialogs(), settings, messages, theme);
        Workbench wb = window.workbench;
        FxToolkit.setupFixture(() -> wb.openFolder(seeds, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            wb.selection().select("s2", null);
            wb.articleView().area().showParagraphAtTop(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node overlay = window.stage.getScene().lookup("#structure-overlay");
        assertTrue(overlay.lookupAll(".span-label").size() > 5, "type labels are drawn");
        assertTrue(overlay.lookupAll(".arc").size() > 1, "arcs are drawn");

        Bounds area = wb.articleView().area().localToScene(wb.articleView().area().getBoundsInLocal());
        articleBox = new int[] {(int) area.getMinX(), (int) area.getMinY(), (int) area.getWidth(), (int) area.getHeight()};
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> window.stage.getScene().snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Path png = Path.of("target", "screenshots", name);
        Files.createDirectories(png.getParent());
        ImageIO.write(out, "png", png.toFile());
        assertTrue(Files.size(png) > 20_000, "a real picture, not a blank one");
        String target = System.getProperty("tandai.screenshots");
        if (target != null && !target.isBlank()) {
            Files.createDirectories(Path.of(target));
            Files.copy(png, Path.of(target, name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return out;
    }

    private String firstMenu() {
        MenuBar bar = (MenuBar) window.stage.getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().get(0).getText().replace("_", "");
    }

    /** The average colour of the article's area in the picture, as r, g, b in 0..1. */
    private double[] articleAverage(BufferedImage img) {
        double r = 0;
        double g = 0;
        double b = 0;
        int n = 0;
        for (int y = articleBox[1]; y < articleBox[1] + articleBox[3] && y < img.getHeight(); y += 3) {
            for (int x = articleBox[0]; x < articleBox[0] + articleBox[2] && x < img.getWidth(); x += 3) {
                int p = img.getRGB(x, y);
                r += (p >> 16 & 255) / 255.0;
                g += (p >> 8 & 255) / 255.0;
                b += (p & 255) / 255.0;
                n++;
            }
        }
        return new double[] {r / n, g / n, b / n};
    }

    private static double luminance(double[] rgb) {
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
