package org.tandai.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and captures exit code, stdout and stderr. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        CommandLine cl = TandaiCommand.commandLine(options -> 0);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Bad input must never show a stack trace. */
    boolean hasStackTrace() {
        return err.contains("Exception") || err.contains("at org.") || out.contains("Exception");
    }
}
