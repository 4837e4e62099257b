package org.tandai.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * A panel of the window built on first use, on the FX thread: when its tab is first selected, or
 * when something asks for it (a menu action, a test). Whatever must happen to the panel once it
 * exists (its tab gets it as content, the search bar goes on top, the tag set is shown) is given to
 * {@link #whenBuilt}, which runs at once if it is built already. Panels nobody looks at thus cost
 * nothing before the first frame (decision 1225).
 */
final class LazyPanel<T> implements Supplier<T> {
    private Supplier<? extends T> factory;
    private T value;
    private List<Consumer<? super T>> pending = new ArrayList<>();

    LazyPanel(Supplier<? extends T> factory) {
        this.factory = factory;
    }

    /** The panel, built now if it is not yet: on the FX thread, also when asked from another (a test). */
    @Override
    public T get() {
        if (factory != null && !Platform.isFxApplicationThread()) {
            FutureTask<T> onFx = new FutureTask<>(this::get);
            Platform.runLater(onFx);
            try {
                return onFx.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                // The panel's own failure, as if it had been built on this thread.
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        if (factory != null) {
            Supplier<? extends T> f = factory;
            factory = null;
            value = f.get();
            List<Consumer<? super T>> todo = pending;
            pending = null;
            todo.forEach(c -> c.accept(value));
        }
        return value;
    }

    boolean built() {
        return factory == null;
    }

    /** Runs {@code action} on the panel once it is built: now, if it is. */
    void whenBuilt(Consumer<? super T> action) {
        if (pending == null) {
            action.accept(value);
        } else {
            pending.add(action);
        }
    }
}
