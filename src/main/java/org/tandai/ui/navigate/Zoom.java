package org.tandai.ui.navigate;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;
import org.tandai.i18n.Messages;
import org.tandai.ui.common.Settings;

/**
 * View ▸ Zoom In / Zoom Out / Actual Size (issue 13, decision 1153): the article's text size in steps
 * from 70 % to 250 % of its normal 16 px, set as the area's own font size so the highlights, drawn
 * from character bounds, follow. Kept in {@link Settings#zoom} and applied again at start; each
 * change is named in the status bar for a moment.
 */
public final class Zoom {
    /** The steps, as shares of the normal size. */
    static final double[] STEPS = {0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5};
    /** The article's normal text size (tandai.css, .article-area). */
    static final double BASE_PX = 16;

    private final Node area;
    private final Settings settings;
    private final Runnable save;
    private final Messages messages;
    private final javafx.beans.property.StringProperty status;
    private final PauseTransition clear = new PauseTransition(Duration.seconds(2.5));

    public Zoom(Node area, Settings settings, Runnable save, Messages messages, javafx.beans.property.StringProperty status) {
        this.area = area;
        this.settings = settings;
        this.save = save;
        this.messages = messages;
        this.status = status;
        settings.zoom = nearest(settings.zoom);
        apply();
    }

    public void in() {
        set(step(+1));
    }

    public void out() {
        set(step(-1));
    }

    public void reset() {
        set(1.0);
    }

    public double level() {
        return settings.zoom;
    }

    private void set(double z) {
        settings.zoom = z;
        apply();
        save.run();
        String shown = messages.get("zoom.status", Math.round(z * 100));
        status.set(shown);
        clear.setOnFinished(e -> {
            if (shown.equals(status.get())) {
                status.set(""); // only while nothing newer was said
            }
        });
        clear.playFromStart();
    }

    private void apply() {
        // Always a size of its own: with the inline style removed the text kept the zoomed size.
        area.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_PX * settings.zoom));
    }

    private double step(int dir) {
        int i = indexOf(settings.zoom);
        return STEPS[Math.max(0, Math.min(STEPS.length - 1, i + dir))];
    }

    private static int indexOf(double z) {
        int best = 0;
        for (int i = 1; i < STEPS.length; i++) {
            if (Math.abs(STEPS[i] - z) < Math.abs(STEPS[best] - z)) {
                best = i;
            }
        }
        return best;
    }

    /** A saved value snapped to a step (a hand-edited or old settings file may hold anything). */
    static double nearest(double z) {
        return Double.isFinite(z) ? STEPS[indexOf(z)] : 1.0;
    }
}
