package org.tandai.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.tandai.ui.common.Settings;

/** Puts the window where the settings say (if that is still on a screen) and records where it is. */
final class WindowState {
    private WindowState() {
    }

    static void place(Stage stage, Settings settings) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(settings.width, screen.getWidth()));
        stage.setHeight(Math.min(settings.height, screen.getHeight()));
        // A window remembered on a monitor that is gone would open out of sight: only restore
        // positions whose corner is visible.
        if (!Double.isNaN(settings.x) && !Double.isNaN(settings.y)
                && screen.contains(settings.x + 40, settings.y + 40)) {
            stage.setX(settings.x);
            stage.setY(settings.y);
        }
        stage.setMaximized(settings.maximized);
    }

    static void remember(Stage stage, SplitPane split, Settings settings) {
        settings.maximized = stage.isMaximized();
        if (!stage.isMaximized()) {
            settings.width = stage.getWidth();
            settings.height = stage.getHeight();
            settings.x = stage.getX();
            settings.y = stage.getY();
        }
        settings.dividers = split.getDividerPositions();
    }
}
