package org.tandai.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work immediately on the calling thread, so tests see its result at once. */
public final class SameThreadTaskRunner implements TaskRunner {
    @Override
    public <T> void run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            // As the FX runner: any failure, out of memory included, goes to onFailure.
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
