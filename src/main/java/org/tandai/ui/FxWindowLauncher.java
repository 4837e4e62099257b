package org.tandai.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import org.tandai.cli.WindowLauncher;

/** Starts the JavaFX window from the command line; blocks until it closes. */
public final class FxWindowLauncher implements WindowLauncher {
    @Override
    public int launch(Options o) {
        List<String> args = new ArrayList<>();
        args.add("--folder=" + o.folder());
        if (o.annotator() != null) {
            args.add("--annotator=" + o.annotator());
        }
        args.add("--report-timing=" + o.reportTiming());
        args.add("--exit=" + o.exitWhenRendered());
        try {
            Application.launch(TandaiApp.class, args.toArray(String[]::new));
            return 0;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            System.err.println("tandai: cannot open the window (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + "). Is a display available? The command-line tools (validate, stats) work without one.");
            return 1;
        }
    }
}
