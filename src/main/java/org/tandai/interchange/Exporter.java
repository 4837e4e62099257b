package org.tandai.interchange;

import java.io.IOException;
import java.util.function.Consumer;
import org.tandai.store.Problem;

/**
 * Writes articles in one foreign format, one article at a time, so a corpus of any size is
 * exported with flat memory. {@link #finish()} writes what can only be written at the end
 * (brat's annotation.conf, a closing bracket) and closes the files.
 */
public interface Exporter extends AutoCloseable {
    /** Writes one article; anything that could not be expressed is reported to {@code problems}. */
    void write(Article article, Consumer<Problem> problems) throws IOException;

    /** Completes the output. Not calling it (cancel) leaves partial files, which {@link #close()} closes. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
