package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import picocli.CommandLine;

/** The global --annotator is recorded by the commands that write annotations. */
class AnnotatorOptionTest {
    @TempDir
    Path tmp;

    private String err = "";

    private int run(String... args) {
        StringWriter e = new StringWriter();
        CommandLine cl = TandaiCommand.commandLine(options -> 0);
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(e, true));
        int code = cl.execute(args);
        err = e.toString();
        return code;
    }

    @Test
    void importRecordsTheAnnotatorAsCreatorOfImportedAnnotations() throws Exception {
        Path src = tmp.resolve("in.jsonl");
        Files.writeString(src, "{\"text\": \"Budi Santoso tiba di Jakarta.\", \"label\": [[0, 12, \"PER\"], [21, 28, \"LOC\"]], \"offsetUnit\": \"codepoint\"}\n");
        Path out = tmp.resolve("out");
        assertEquals(0, run("import", "--format", "jsonl", "--out", out.toString(), "--annotator", "ani", src.toString()), err);
        String json = Files.readString(out.resolve("in-1.annotations.json"));
        assertTrue(json.contains("\"createdBy\": \"ani\""), json);
        assertTrue(json.contains("\"createdAt\": \""), json);
    }

    @Test
    void importWithoutAnnotatorLeavesCreatorUnset() throws Exception {
        Path src = tmp.resolve("in.jsonl");
        Files.writeString(src, "{\"text\": \"Budi tiba.\", \"label\": [[0, 4, \"PER\"]], \"offsetUnit\": \"codepoint\"}\n");
        Path out = tmp.resolve("out");
        assertEquals(0, run("import", "--format", "jsonl", "--out", out.toString(), src.toString()), err);
        assertFalse(Files.readString(out.resolve("in-1.annotations.json")).contains("createdBy"));
    }

    @Test
    void reanchorStampsTheAnnotationsItMovedWithTheAnnotator() throws Exception {
        Path dir = TestFiles.copyFixture("small", tmp.resolve("c"));
        Path article = dir.resolve("artikel.txt");
        Files.writeString(article, "Paragraf baru di awal.\n" + Files.readString(article));
        assertEquals(0, run("--annotator", "budi", "reanchor", dir.toString()), err);
        String json = Files.readString(dir.resolve("artikel.annotations.json"));
        assertTrue(json.contains("\"updatedBy\": \"budi\""), json);
        assertFalse(json.contains("\"updatedAt\": \"2026-11-24T00:00:00Z\""), "every span moved, so every annotation is stamped");
        assertTrue(json.contains("\"createdBy\": \"fixture\""), "the creator is kept");
    }
}
