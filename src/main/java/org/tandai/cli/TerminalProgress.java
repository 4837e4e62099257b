package org.tandai.cli;

import java.io.PrintWriter;
import org.tandai.interchange.Progress;

/**
 * A progress bar on stderr, drawn only when stderr is a terminal (so logs and pipes stay clean).
 * Redraws at most once per percent; the line is cleared before messages are printed.
 */
final class TerminalProgress implements Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean enabled;
    private int lastPercent = -1;
    private int calls;
    private boolean drawn;

    TerminalProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Enabled when the JVM has a console, i.e. stdin and stdout are a terminal. */
    static TerminalProgress forConsole(PrintWriter err) {
        return new TerminalProgress(err, System.console() != null);
    }

    @Override
    public void update(int done, int total, String item) {
        if (!enabled || total <= 0) {
            return;
        }
        int percent = (int) (100L * done / total);
        // Redraw when the percentage moves, and now and then for long single items (a big import file).
        if (percent == lastPercent && done != total && ++calls % 50 != 0) {
            return;
        }
        lastPercent = percent;
        int filled = WIDTH * done / total;
        String name = item.length() > 40 ? item.substring(0, 37) + "..." : item;
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + name + "\u001b[K");
        err.flush();
        drawn = true;
    }

    /** Clears the bar so the next line starts at column 0. */
    void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
