package org.tandai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.tandai.store.Problem;
import org.tandai.store.StoreException;

/**
 * Prints the problems a long command (export, import) reports as it goes, one
 * {@code FILE: LOCATION: MESSAGE} line each, clearing the progress bar first so the two never mix,
 * and turns what happened into the exit code: 0, or 1 once any error was printed or the run failed.
 */
final class ProblemPrinter implements Consumer<Problem> {
    private final PrintWriter err;
    private final TerminalProgress progress;
    private int errors;

    ProblemPrinter(PrintWriter err, TerminalProgress progress) {
        this.err = err;
        this.progress = progress;
    }

    @Override
    public void accept(Problem p) {
        progress.clear();
        err.println(p);
        errors += p.isError() ? 1 : 0;
    }

    /** The run stopped on a problem it could name. */
    int failed(StoreException e) {
        accept(e.problem());
        return 1;
    }

    /** The run stopped because writing into {@code out} failed. */
    int cannotWrite(Path out, String what, IOException e) {
        accept(Problem.error(out.toString(), what, "cannot write: " + e.getMessage()));
        return 1;
    }

    /** After a run that finished: clears the bar and says whether any error was printed. */
    int exitCode() {
        progress.clear();
        err.flush();
        return errors > 0 ? 1 : 0;
    }
}
