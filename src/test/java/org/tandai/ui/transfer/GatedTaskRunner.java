package org.tandai.ui.transfer;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.tandai.ui.common.FxTaskRunner;
import org.tandai.ui.common.TaskRunner;

/**
 * The production runner (a background thread, results on the FX thread) with one addition for
 * deterministic cancel tests: when a gate is set, the first progress report from running work
 * holds the worker until the test opens the gate, so "cancel after the first update" can be
 * clicked while the run is really in flight.
 */
final class GatedTaskRunner implements TaskRunner {
    private final FxTaskRunner fx = new FxTaskRunner();
    private volatile CountDownLatch gate;

    /** Holds the worker at its next progress report until the returned latch is counted down. */
    CountDownLatch holdAtNextProgress() {
        CountDownLatch g = new CountDownLatch(1);
        gate = g;
        return g;
    }

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        fx.run(name, work, onSuccess, onFailure);
    }

    @Override
    public void onUiThread(Runnable update) {
        Platform.runLater(update);
        CountDownLatch g = gate;
        if (g != null && !Platform.isFxApplicationThread()) {
            gate = null;
            try {
                if (!g.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never opened the gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void shutdown() {
        fx.shutdown();
    }
}
