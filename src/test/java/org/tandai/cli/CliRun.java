package org.tandai.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

/** Runs the command line in-process and captures exit code, stdout and stderr. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // The product's path (Main.run), with English as the "system" language so results do not depend on the machine.
        int exit = TandaiCommand.execute(args, options -> 0, Locale.ENGLISH, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Bad input must never show a stack trace. */
    boolean hasStackTrace() {
        return err.contains("Exception") || err.contains("at org.") || out.contains("Exception");
    }
}
