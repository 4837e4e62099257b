package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import picocli.CommandLine;

class CliTest {
    @TempDir
    Path tmp;

    private String out;
    private String err;
    private WindowLauncher.Options launched;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = TandaiCommand.commandLine(options -> {
            launched = options;
            return 0;
        });
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(e, true));
        int code = cl.execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    /** A copy of the committed seed: the live seeds/ folder is the app's, and changes as it is used. */
    private Path seeds() {
        Path folder = tmp.resolve("seeds");
        if (!Files.isDirectory(folder)) {
            TestFiles.seed(folder);
        }
        return folder;
    }

    @Test
    void validateOnTheBundledSeedsExitsZero() {
        assertEquals(0, run("validate", seeds().toString()), err);
        assertEquals("", err);
        assertTrue(out.contains("1 document(s) checked, 0 error(s)"), out);
    }

    @Test
    void validateOnATruncatedCopyExitsOneNamesFileAndLineAndChangesNothing() throws Exception {
        Path copy = seeds();
        Path sidecar = copy.resolve("000_39d3cf8f1d629551.annotations.json");
        byte[] all = Files.readAllBytes(sidecar);
        Files.write(sidecar, java.util.Arrays.copyOf(all, all.length / 3));
        byte[] before = Files.readAllBytes(sidecar);
        assertEquals(1, run("validate", copy.toString()));
        assertTrue(err.matches("(?s)" + java.util.regex.Pattern.quote(sidecar.toString())
                + ": line \\d+, column \\d+: invalid JSON: .*"), err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(err.contains("\tat "), err);
        assertArrayEquals(before, Files.readAllBytes(sidecar));
    }

    @Test
    void validateReportsSemanticProblemsWithIdAndField() throws Exception {
        Path copy = TestFiles.copyFixture("small", tmp.resolve("c"));
        Path sidecar = copy.resolve("artikel.annotations.json");
        Files.writeString(sidecar, Files.readString(sidecar).replace("\"claimant\": \"e1\"", "\"claimant\": \"e99\""));
        assertEquals(1, run("validate", sidecar.toString()));
        assertTrue(err.contains(sidecar + ": c1.claimant: refers to e99, which is not an existing entity"), err);
    }

    @Test
    void validateOfAMissingPathIsAnErrorNotACrash() {
        assertEquals(1, run("validate", tmp.resolve("nope").toString()));
        assertTrue(err.contains("nope: file: no such file or folder"), err);
    }

    @Test
    void statsJsonHasTotalsAtTheTopLevel() {
        assertEquals(0, run("stats", "--json", seeds().toString()), err);
        JsonObject o = JsonParser.parseString(out).getAsJsonObject();
        assertEquals(1, o.get("documents").getAsInt());
        assertEquals(23, o.get("entities").getAsInt());
        assertEquals(50, o.get("mentions").getAsInt());
        assertEquals(22, o.get("claims").getAsInt());
        assertEquals(14, o.get("sources").getAsInt());
        assertEquals(22, o.getAsJsonObject("claimsByVerdict").get("unverified").getAsInt());
        assertEquals(1, o.getAsJsonArray("perDocument").size());
    }

    @Test
    void statsTableListsEachDocumentAndTheTotal() throws Exception {
        Path copy = TestFiles.copyFixture("small", tmp.resolve("c"));
        assertEquals(0, run("stats", copy.toString(), seeds().toString()), err);
        assertTrue(out.contains("artikel.txt"), out);
        assertTrue(out.contains("total (2 documents)"), out);
        assertTrue(out.contains("claims by verdict: mostly-false 1, unverified 23"), out);
    }

    @Test
    void helpAndVersionExitZero() {
        assertEquals(0, run("--help"));
        assertTrue(out.contains("validate") && out.contains("stats"), out);
        assertEquals(0, run("--version"));
        assertTrue(out.startsWith("Tandai "), out);
    }

    @Test
    void unknownOptionIsAUsageErrorWithoutStackTrace() {
        assertEquals(2, run("validate", "--frobnicate", "x"));
        assertTrue(err.contains("Unknown option: '--frobnicate'"), err);
        assertFalse(err.contains("\tat "), err);
    }

    @Test
    void noArgumentsOpensTheWindowOnSeedsWithTheGlobalAnnotator() {
        assertEquals(0, run("--annotator", "dewi"));
        assertEquals("seeds", launched.folder().toString(), "the default folder is ./seeds");
        assertEquals("dewi", launched.annotator());
        Path seeds = seeds();
        assertEquals(0, run("--annotator", "budi", "open", seeds.toString()));
        assertEquals(seeds, launched.folder());
        assertEquals("budi", launched.annotator());
    }
}
