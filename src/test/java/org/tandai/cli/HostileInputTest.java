package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Fixtures;
import org.tandai.store.SidecarStore;

/**
 * Hostile and broken files through the command line: each gives a message naming the file and the
 * place, no stack trace, and leaves every file in the folder byte for byte as it was, for both
 * {@code validate} and {@code reanchor}.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    static Stream<Arguments> brokenSidecars() {
        return Stream.of(
                Arguments.of("invalid JSON", (UnaryOperator<String>) j -> j.replace("\"name\": \"Vladimir Putin\",", "\"name\" \"Vladimir Putin\","),
                        "a.annotations.json: line 20, column 14: invalid JSON: expected ':' after the name, found '\"' (a missing colon?)"),
                Arguments.of("truncated JSON", (UnaryOperator<String>) j -> j.substring(0, j.length() / 2),
                        "a.annotations.json: line 43, column 29: invalid JSON: the file ends early (truncated?)"),
                Arguments.of("nested 100,000 levels", (UnaryOperator<String>) j -> "[".repeat(100_000) + "]".repeat(100_000),
                        "a.annotations.json: line 1, column 201: JSON nested deeper than 200 levels"),
                Arguments.of("wrong value type", (UnaryOperator<String>) j -> j.replace("\"start\": 53,", "\"start\": \"53\","),
                        "a.annotations.json: c1.span.start: expected an integer, found a string"),
                Arguments.of("number too big", (UnaryOperator<String>) j -> j.replace("\"start\": 53,", "\"start\": 1e40,"),
                        "a.annotations.json: c1.span.start: expected an integer that fits 32 bits"),
                Arguments.of("missing required field", (UnaryOperator<String>) j -> j.replace("\"exact\": \"Budi Santoso\",", ""),
                        "a.annotations.json: e2.mentions[0].exact: a span needs integer start and end and an exact quote"),
                Arguments.of("missing name", (UnaryOperator<String>) j -> j.replace("\"name\": \"Vladimir Putin\",", ""),
                        "a.annotations.json: e1.name: missing name"),
                Arguments.of("top level not an object", (UnaryOperator<String>) j -> "[1, 2]",
                        "a.annotations.json: line 1, column 1: expected a JSON object"),
                Arguments.of("not a Tandai file", (UnaryOperator<String>) j -> j.replace("tandai-annotations", "something-else"),
                        "a.annotations.json: format: not a Tandai annotations file"),
                Arguments.of("newer format version", (UnaryOperator<String>) j -> j.replaceFirst("\"version\": [0-9]+,", "\"version\": 7,"),
                        "a.annotations.json: version: written by a newer Tandai (format version 7"),
                Arguments.of("negative offset", (UnaryOperator<String>) j -> j.replace("\"start\": 53,", "\"start\": -3,"),
                        "a.annotations.json: c1.span: negative offset -3..79"),
                Arguments.of("offset past the end", (UnaryOperator<String>) j -> j.replace("\"end\": 99,", "\"end\": 9999,"),
                        "a.annotations.json: e2.mentions[0]: end 9999 is past the end of the text (119 code points)"),
                Arguments.of("reversed offsets", (UnaryOperator<String>) j -> j.replace("\"start\": 82,", "\"start\": 90,"),
                        "a.annotations.json: s1.cue: reversed offsets: start 90 is after end 86"),
                Arguments.of("UTF-16 offsets", (UnaryOperator<String>) j -> j.replace("\"start\": 53,", "\"start\": 54,")
                                .replace("\"end\": 79,", "\"end\": 80,"),
                        "a.annotations.json: c1.span: quote \"Harga beras naik 20 persen\" does not match the text at 54..80"
                                + " (\"arga beras naik 20 persen,\"); the quote matches at these offsets counted in UTF-16 units"),
                Arguments.of("split surrogate pair", (UnaryOperator<String>) j -> j.replace("\"exact\": \"kata\",", "\"exact\": \"\\ud83d\","),
                        "a.annotations.json: s1.cue: the quote contains half of a character (a lone UTF-16 surrogate)"),
                Arguments.of("duplicate id", (UnaryOperator<String>) j -> j.replace("\"id\": \"e2\"", "\"id\": \"e1\""),
                        "a.annotations.json: e1: duplicate id"),
                Arguments.of("dangling reference", (UnaryOperator<String>) j -> j.replace("\"claimant\": \"e2\"", "\"claimant\": \"e9\""),
                        "a.annotations.json: c1.claimant: refers to e9, which is not an existing entity"),
                Arguments.of("via cycle", (UnaryOperator<String>) j -> j.replace("\"speakerDescription\": \"kantor berita\",",
                                "\"speakerDescription\": \"kantor berita\", \"via\": \"s1\","),
                        "via chain forms a cycle through s1, s2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSidecars")
    void brokenSidecarIsReportedWithFileAndPlaceAndNothingChanges(String name, UnaryOperator<String> mutate,
                                                                  String expected) throws Exception {
        Path article = Fixtures.corpus(dir);
        Path sidecar = DocumentFiles.curated(article).sidecar();
        Files.writeString(sidecar, mutate.apply(Files.readString(sidecar)), StandardCharsets.UTF_8);
        Files.writeString(dir.getParent().resolve("secret.txt"), "outside the corpus");
        Map<Path, byte[]> before = snapshot(dir);

        CliRun validate = CliRun.of("validate", dir.toString());
        assertEquals(1, validate.exit(), name + ": " + validate.err());
        assertTrue(validate.err().contains(expected), name + ": expected <" + expected + "> in\n" + validate.err());
        assertFalse(validate.hasStackTrace(), validate.err());

        // Re-anchoring after a text change must not write over a broken or newer file either.
        Files.writeString(article, "Baru. " + Files.readString(article));
        before.put(article, Files.readAllBytes(article));
        CliRun reanchor = CliRun.of("reanchor", dir.toString());
        assertFalse(reanchor.hasStackTrace(), reanchor.err());
        if (reanchor.exit() == 1) {
            assertEquals(before.keySet(), snapshot(dir).keySet(), name + ": no file created");
            assertFilesUnchanged(before, snapshot(dir), name);
        }
        Files.deleteIfExists(dir.getParent().resolve("secret.txt"));
    }

    @Test
    void fileReferenceOutsideTheCorpusIsNeverFollowed() throws Exception {
        Path article = Fixtures.corpus(dir);
        Path sidecar = DocumentFiles.curated(article).sidecar();
        Files.writeString(sidecar, Files.readString(sidecar).replace("\"file\": \"a.txt\"", "\"file\": \"../secret.txt\""));
        Path secret = dir.getParent().resolve("secret-" + dir.getFileName() + ".txt");
        Files.writeString(secret, "Vladimir Putin is not here at all");
        Map<Path, byte[]> before = snapshot(dir);

        CliRun validate = CliRun.of("validate", dir.toString());

        assertEquals(1, validate.exit(), "a name leading out of the corpus is refused, as docs/format.md says");
        assertTrue(validate.err().contains("a.annotations.json: document.file: names \"../secret.txt\", a path leading out "
                + "of the corpus folder: refused"), validate.err());
        assertFilesUnchanged(before, snapshot(dir), "..");
        assertEquals("Vladimir Putin is not here at all", Files.readString(secret));
        Files.delete(secret);
    }

    @Test
    void hugeSparseSidecarAndArticleHitTheSizeLimitWithoutReadingThem() throws Exception {
        Path article = Fixtures.corpus(dir);
        try (RandomAccessFile f = new RandomAccessFile(DocumentFiles.curated(article).sidecar().toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024);  // sparse: no disk used, nothing read
        }
        CliRun sidecar = CliRun.of("validate", dir.toString());
        assertEquals(1, sidecar.exit());
        assertTrue(sidecar.err().contains("a.annotations.json: size: annotations file is 300 MiB; the limit is 256 MiB"), sidecar.err());
        assertFalse(sidecar.hasStackTrace());

        Fixtures.corpus(dir);
        try (RandomAccessFile f = new RandomAccessFile(article.toFile(), "rw")) {
            f.setLength(400L * 1024 * 1024);
        }
        CliRun text = CliRun.of("validate", dir.toString());
        assertEquals(1, text.exit());
        assertTrue(text.err().contains("a.txt: size: article is 400 MiB; the limit is 32 MiB"), text.err());
        assertFalse(text.hasStackTrace());
        assertEquals(400L * 1024 * 1024, Files.size(article));
    }

    static Stream<Arguments> brokenSeeds() {
        return Stream.of(
                Arguments.of("not UTF-8", new byte[] {'a', 'b', '\n', 'c', (byte) 0xC3, '(', 'x'},
                        "a.txt: line 2, column 2: not valid UTF-8 (byte 0xC3 at byte 4)"),
                Arguments.of("binary", new byte[] {'P', 'K', 3, 4, 0, 0, 1},
                        "a.txt: line 1, column 5: binary file (NUL byte at byte 4)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSeeds")
    void brokenSeedIsReportedAndNothingChanges(String name, byte[] seed, String expected) throws Exception {
        Path article = Fixtures.corpus(dir);
        Files.write(article, seed);
        Map<Path, byte[]> before = snapshot(dir);

        for (String cmd : new String[] {"validate", "reanchor", "stats"}) {
            CliRun run = CliRun.of(cmd, dir.toString());
            assertEquals(1, run.exit(), cmd);
            assertTrue(run.err().contains(expected), cmd + ": " + run.err());
            assertFalse(run.hasStackTrace(), run.err());
        }
        assertFilesUnchanged(before, snapshot(dir), name);
    }

    @Test
    void seedWithBomAndCrlfIsReadAsTheSameTextAndStaysUntouched() throws Exception {
        Path article = Fixtures.corpus(dir);
        byte[] crlf = ("\uFEFF" + Fixtures.TEXT.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        Files.write(article, crlf);
        Map<Path, byte[]> before = snapshot(dir);

        CliRun validate = CliRun.of("validate", dir.toString());
        assertEquals(0, validate.exit(), validate.err());
        CliRun reanchor = CliRun.of("reanchor", dir.toString());
        assertEquals(0, reanchor.exit());
        assertTrue(reanchor.out().contains("text unchanged"));
        assertFilesUnchanged(before, snapshot(dir), "BOM+CRLF");
    }

    static Map<Path, byte[]> snapshot(Path dir) throws Exception {
        Map<Path, byte[]> m = new HashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                m.put(p, Files.size(p) > 10_000_000 ? new byte[0] : Files.readAllBytes(p));
            }
        }
        return m;
    }

    static void assertFilesUnchanged(Map<Path, byte[]> before, Map<Path, byte[]> after, String name) {
        assertEquals(before.keySet(), after.keySet(), name + ": no file created or deleted");
        before.forEach((p, b) -> assertTrue(java.util.Arrays.equals(b, after.get(p)), name + ": " + p + " changed"));
    }
}
