package org.tandai.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs long work (loading, saving, counting) away from the JavaFX thread and hands the result back
 * on it. Production uses {@link FxTaskRunner}; tests use a same-thread version so they are
 * deterministic.
 */
public interface TaskRunner {
    <T> void run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs a small update (a progress report from running work) on the UI thread: the FX runner
     * posts it to the JavaFX thread, the same-thread runner runs it at once.
     */
    default void onUiThread(Runnable update) {
        update.run();
    }

    /**
     * The runner for work that is redone after every edit (suggestions, decision 1232). In the
     * window it has its own thread, so that loading and saving never wait behind it, and it starts
     * each piece of work a moment after it was asked for, so that a burst of edits costs one run
     * and no run competes with the edit's own frame. Tests' same-thread runner returns itself.
     */
    default TaskRunner recurring() {
        return this;
    }

    /** Stops accepting work and waits briefly for running work to finish. */
    default void shutdown() {
    }
}
