package org.tandai.ui.common;

import java.util.function.Supplier;

/**
 * A value built on first use, on the thread that asks for it (the FX thread for views). The window
 * builds dialogs this way so that they cost nothing before its first frame (decision 0409).
 */
public final class Lazy<T> implements Supplier<T> {
    private Supplier<? extends T> factory;
    private T value;

    public Lazy(Supplier<? extends T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        if (factory != null) {
            value = factory.get();
            factory = null;
        }
        return value;
    }
}
