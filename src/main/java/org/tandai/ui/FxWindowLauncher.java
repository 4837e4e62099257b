package org.tandai.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import org.tandai.cli.WindowLauncher;

/** Starts the JavaFX window from the command line; blocks until it closes. */
public final class FxWindowLauncher implements WindowLauncher {
    /**
     * JavaFX warns "Unsupported JavaFX configuration" whenever it is loaded from the class path,
     * which is how the single executable jar works by design (see README); the warning is noise
     * for users and for --report-timing output, so it is silenced. Held in a field so the logger
     * configuration is not garbage-collected.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    @Override
    public int launch(Options o) {
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        List<String> args = new ArrayList<>();
        args.add("--folder=" + o.folder());
        if (o.annotator() != null) {
            args.add("--annotator=" + o.annotator());
        }
        if (o.lang() != null) {
            args.add("--lang=" + o.lang());
        }
        if (o.theme() != null) {
            args.add("--theme=" + o.theme());
        }
        args.add("--report-timing=" + o.reportTiming());
        args.add("--exit=" + o.exitWhenRendered());
        try {
            Application.launch(TandaiApp.class, args.toArray(String[]::new));
            return TandaiApp.exitStatus();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            System.err.println("tandai: cannot open the window (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + "). Is a display available? The command-line tools (validate, stats) work without one.");
            return 1;
        }
    }
}
