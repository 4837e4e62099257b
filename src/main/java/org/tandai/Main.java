package org.tandai;

import org.tandai.cli.ChildJvm;
import org.tandai.cli.TandaiCommand;
import org.tandai.cli.WindowLauncher;

/**
 * Entry point of {@code tandai.jar}: the command line, or the window when no command is given.
 * A plain class, not a JavaFX Application, so that it starts from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Plain java -jar: a batch command or the window runs in a child JVM with the launcher's flags (decisions 1230, 1231).
        java.util.OptionalInt child = ChildJvm.relaunch(args);
        if (child.isPresent()) {
            System.exit(child.getAsInt());
        }
        ChildJvm.watchParent();
        System.exit(run(args, windowLauncher()));
    }

    /** Runs the command line with the given window launcher; returns the exit code. */
    public static int run(String[] args, WindowLauncher launcher) {
        return TandaiCommand.execute(args, launcher, java.util.Locale.getDefault(), null, null);
    }

    static WindowLauncher windowLauncher() {
        return new org.tandai.ui.FxWindowLauncher();
    }
}
