package org.tandai.cli;

import java.nio.file.Path;

/**
 * Opens the window. The command line only knows this interface, so it stays free of JavaFX; the
 * composition in {@code Main} supplies the real one.
 */
public interface WindowLauncher {
    /**
     * Options of {@code open}; {@code folder} may also be an article or annotation file in the folder
     * (see {@code OpenTarget}); {@code reportTiming} and {@code exitWhenRendered} serve benchmarks;
     * {@code lang} ("en", "id") and {@code theme} ("light", "dark") are the --lang and --theme overrides, or null.
     */
    record Options(Path folder, String annotator, boolean reportTiming, boolean exitWhenRendered,
                   String lang, String theme) {
    }

    /** Blocks until the window closes; returns the process exit code. */
    int launch(Options options);
}
