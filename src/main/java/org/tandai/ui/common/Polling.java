package org.tandai.ui.common;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;

/**
 * Checks for outside changes on the FX thread: every {@code interval}, and whenever the window
 * comes back to the front. The check itself starts its file work on the {@link TaskRunner}.
 */
public final class Polling {
    private Polling() {
    }

    /** Starts polling; stop the returned timeline when the window closes. */
    public static Timeline start(Duration interval, ObservableBooleanValue focused, Runnable check) {
        Timeline poller = new Timeline(new KeyFrame(interval, e -> check.run()));
        poller.setCycleCount(Animation.INDEFINITE);
        poller.play();
        focused.addListener((o, was, is) -> {
            if (is) {
                check.run();
            }
        });
        return poller;
    }
}
