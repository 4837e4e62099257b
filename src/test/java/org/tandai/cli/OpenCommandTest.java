package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 14, item 11: {@code open} takes a corpus folder, an article or an annotation file; a path
 * it cannot open is refused with a message and exit code 1 before any window starts.
 */
class OpenCommandTest {
    @TempDir
    Path dir;
    private WindowLauncher.Options launched;
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = TandaiCommand.commandLine(o -> {
            launched = o;
            return 0;
        });
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void anArticleOrAnnotationFileIsHandedToTheWindow() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Budi pergi.");
        Files.writeString(dir.resolve("a.annotations.json"), "{}");

        assertEquals(0, run("open", "--exit", article.toString()), err.toString());
        assertEquals(article, launched.folder());
        assertTrue(launched.exitWhenRendered());
        assertEquals(0, run("open", dir.resolve("a.annotations.json").toString()), err.toString());
    }

    @Test
    void aPathThatCannotBeOpenedIsRefusedWithExitCodeOne() throws Exception {
        assertEquals(1, run("open", "--exit", dir.resolve("missing.txt").toString()));
        assertTrue(err.toString().contains("tandai: " + dir.resolve("missing.txt") + ": no such file or folder"), err.toString());

        Path csv = Files.writeString(dir.resolve("notes.csv"), "x");
        assertEquals(1, run("open", csv.toString()));
        assertTrue(err.toString().contains("notes.csv: not a corpus folder, an article (.txt) or an annotation file"),
                err.toString());

        Path lone = Files.writeString(dir.resolve("lone.annotations.json"), "{}");
        assertEquals(1, run("open", lone.toString()));
        assertTrue(err.toString().contains("lone.annotations.json: its article lone.txt is not beside it"), err.toString());
        assertNull(launched, "no window was started");
    }
}
