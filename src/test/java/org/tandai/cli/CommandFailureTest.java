package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 14, item 5: a failure no command reports itself, out of memory included, reaches the user
 * as one line naming the command, with exit code 1: never a stack trace. The window launcher
 * stands in for any command's work here, since every command runs through the same handler.
 */
class CommandFailureTest {
    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private Run openWith(WindowLauncher launcher) {
        CommandLine cl = TandaiCommand.commandLine(launcher);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("open", dir.toString());
        return new Run(exit, err.toString());
    }

    @Test
    void outOfMemoryIsOneLineNamingTheCommandAndWhatToDo() {
        Run run = openWith(o -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertEquals(1, run.exit());
        assertEquals("tandai: open: not enough memory (Java heap space); give Tandai more, e.g. TANDAI_JAVA_OPTS=-Xmx2g",
                run.err().strip());
    }

    @Test
    void anUnexpectedExceptionWithoutMessageIsOneLineToo() {
        Run run = openWith(o -> {
            throw new NullPointerException();
        });
        assertEquals(1, run.exit());
        assertEquals("tandai: open: internal error (NullPointerException)", run.err().strip());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void aMultiLineMessageStaysOnOneLine() {
        Run run = openWith(o -> {
            throw new IllegalStateException("first\nsecond");
        });
        assertEquals(1, run.exit());
        assertEquals("tandai: open: first second", run.err().strip());
    }
}
