package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InterchangeCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = TandaiCommand.commandLine(o -> 0);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void importThenExportFromTheCommandLine(@TempDir Path dir) throws IOException {
        Path src = dir.resolve("in.jsonl");
        Files.writeString(src, "{\"text\": \"Budi pergi ke Jakarta.\", \"label\": [[0, 4, \"PER\"], [14, 21, \"LOC\"]]}\n"
                + "{\"text\": \"Sri datang.\", \"label\": [[0, 3, \"PER\"]]}\n");
        assertEquals(0, run("import", "--format", "jsonl", "--out", dir.resolve("corpus").toString(), src.toString()), err.toString());
        assertTrue(out.toString().contains("imported 2 article(s)"), out.toString());
        assertTrue(Files.exists(dir.resolve("corpus/in-1.txt")));
        assertEquals(0, run("export", "--format", "conll", "--out", dir.resolve("conll").toString(),
                dir.resolve("corpus").toString()), err.toString());
        String conll = Files.readString(dir.resolve("conll/corpus.conll"));
        assertTrue(conll.contains("Budi B-PER\npergi O\nke O\nJakarta B-LOC\n. O\n"), conll);
        assertTrue(out.toString().contains("exported 2 article(s) as conll"), out.toString());
    }

    @Test
    void malformedInputGivesLocatedMessagesExitCodeOneAndNoStackTrace(@TempDir Path dir) throws IOException {
        Path src = dir.resolve("bad.jsonl");
        Files.writeString(src, "{\"text\": \"ok\", \"label\": [[0, 2, \"X\"]]}\n{\"text\": oops}\n{\"label\": []}\n");
        int code = run("import", "--format", "jsonl", "--out", dir.resolve("c").toString(), src.toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains(src + ": line 2, column 10: invalid JSON: unexpected word oops"), err.toString());
        assertTrue(err.toString().contains(src + ": line 3: record has no \"text\"; skipped"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
        assertTrue(Files.exists(dir.resolve("c/bad-1.txt")), "the good record is imported");
    }

    @Test
    void unknownFormatIsAUsageError(@TempDir Path dir) {
        assertEquals(2, run("import", "--format", "w3c", "--out", dir.toString(), dir.toString()));
        assertTrue(err.toString().contains("cannot import \"w3c\""), err.toString());
        assertEquals(2, run("export", "--format", "xml", "--out", dir.toString(), dir.toString()));
    }

    @Test
    void missingSourceIsReportedWithExitCodeOne(@TempDir Path dir) {
        assertEquals(1, run("import", "--format", "brat", "--out", dir.resolve("o").toString(), dir.resolve("nope").toString()));
        assertTrue(err.toString().contains("nope: file: no such file or folder"), err.toString());
    }

    @Test
    void interchangeAndCliStayFreeOfJavaFx() throws IOException {
        for (String pkg : new String[] {"interchange", "cli"}) {
            try (Stream<Path> s = Files.walk(Path.of("src/main/java/org/tandai", pkg))) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    String src = Files.readString(p);
                    assertFalse(src.contains("import javafx") || src.contains("import org.fxmisc")
                            || src.contains("import org.controlsfx"), p.toString());
                }
            }
        }
    }

    /** A brat import that brings relation types and attributes says so, and they are in tagset.json. */
    @Test
    void importNamesTheRelationTypesAndAttributesItAddsToTheTagSet(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : new String[] {"split.ann", "split.txt"}) {
            Files.copy(Path.of(System.getProperty("tandai.test.basedir", "."),
                    "src/test/resources/interchange/attribution", name), in.resolve(name));
        }
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("import", "--format", "brat", "--out", out.toString(), in.toString());
        assertEquals(0, run.exit(), run.err());
        Path tagset = out.resolve("tagset.json");
        assertTrue(run.out().contains("added relation types to " + tagset + ": About"), run.out());
        assertTrue(run.out().contains("added attributes to " + tagset + ": Negated, Sentiment"), run.out());
        String json = Files.readString(tagset);
        assertTrue(json.contains("\"name\": \"About\"") && json.contains("\"name\": \"Sentiment\""), json);
    }
}
