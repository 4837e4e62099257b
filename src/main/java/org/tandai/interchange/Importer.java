package org.tandai.interchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.tandai.store.Problem;

/** Reads one source file of a foreign format and hands each article it contains to a sink. */
public interface Importer {
    /** Receives imported articles one at a time; returns false to stop (cancel). */
    interface Sink {
        boolean accept(Article article) throws IOException;
    }

    /**
     * Imports one source file. Malformed parts are reported with their location and skipped or
     * repaired where that is safe; content without a Tandai counterpart is kept as notes or
     * passthrough extras and reported as a warning.
     */
    void read(Path source, Sink sink, Consumer<Problem> problems) throws IOException;

    /** True when the importer wants this file (by extension) when given a folder. */
    boolean accepts(Path file);
}
