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

    /**
     * Completes the output: the corpus-wide files come into place only now. Without it, {@link #close()}
     * deletes them unwritten and the previous files of those names stay as they were.
     */
    void finish() throws IOException;

    /**
     * After a failure or an interruption, from any thread: writes what makes the per-article files
     * already in place usable (brat's annotation.conf). Never completes a corpus-wide file.
     */
    default void salvage() throws IOException {
    }

    @Override
    void close() throws IOException;
}
