package org.tandai.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * One background thread for all file work. A single thread keeps saves of the same file in order
 * (a later save can never be overtaken by an earlier one) and is plenty for an interactive tool.
 * Work redone after every edit has a thread of its own ({@link #recurring()}, decision 1232).
 */
public final class FxTaskRunner implements TaskRunner {
    /** How long recurring work waits before it starts: longer than the gap between keys of a burst of edits. */
    static final long RECURRING_DELAY_MILLIS = 250;

    private final ExecutorService executor;
    private final long delayMillis;
    private FxTaskRunner recurring;

    public FxTaskRunner() {
        this("tandai-io", 0);
    }

    private FxTaskRunner(String thread, long delayMillis) {
        this.delayMillis = delayMillis;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, thread);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void onUiThread(Runnable update) {
        Platform.runLater(update);
    }

    /** Called on the FX thread only (the composition root and the panels it builds). */
    @Override
    public TaskRunner recurring() {
        if (delayMillis > 0) {
            return this;
        }
        if (recurring == null) {
            recurring = new FxTaskRunner("tandai-suggest", RECURRING_DELAY_MILLIS);
        }
        return recurring;
    }

    @Override
    public void shutdown() {
        if (recurring != null) {
            recurring.executor.shutdownNow(); // suggestions are redone on the next open; nothing is lost
        }
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
