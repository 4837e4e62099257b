package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Fixtures;
import org.tandai.store.SidecarStore;

/**
 * Issue 14, item 7, on the command line: {@code validate} and {@code import} say what is wrong
 * with a JSON file in JSON's terms, with line and column, and never pass on Gson's advice to use
 * its lenient mode.
 */
class JsonSyntaxMessagesTest {
    private static final List<String> LEAKS = List.of("setStrictness", "LENIENT", "Strictness", "JsonReader", "path $",
            "Troubleshooting", "MalformedJson");

    @TempDir
    Path dir;

    private static void assertNoLeak(String text) {
        for (String leak : LEAKS) {
            assertFalse(text.contains(leak), "leaks \"" + leak + "\": " + text);
        }
    }

    @Test
    void validateExplainsABareWordAndTrailingTextWithLineAndColumn() throws Exception {
        Path article = Fixtures.corpus(dir);
        Path sidecar = DocumentFiles.curated(article).sidecar();
        String json = Files.readString(sidecar);
        Files.writeString(sidecar, json.replaceFirst("\"type\": \"PERSON\"", "\"type\": PERSON"));

        CliRun bare = CliRun.of("validate", dir.toString());

        assertEquals(1, bare.exit());
        assertTrue(bare.err().matches("(?s).*a\\.annotations\\.json: line \\d+, column \\d+: invalid JSON: unexpected word "
                + "PERSON: text must be in double quotes \\(\"PERSON\"\\).*"), bare.err());
        assertNoLeak(bare.err());

        Files.writeString(sidecar, json + "\n}\n");
        CliRun trailing = CliRun.of("validate", dir.toString());
        assertEquals(1, trailing.exit());
        int lines = (int) json.lines().count();
        assertTrue(trailing.err().contains("a.annotations.json: line " + (lines + 2) + ", column 1: invalid JSON: unexpected '}' "
                + "after the end of the JSON value"), trailing.err());
        assertNoLeak(trailing.err());
    }

    @Test
    void importOfBrokenJsonLinesAndLabelStudioFilesSaysWhereAndWhat() throws Exception {
        Path jsonl = dir.resolve("in.jsonl");
        Files.writeString(jsonl, "{\"text\": \"Budi pergi.\", \"label\": []}\n  {'text': 'Sri'}\n");
        CliRun lines = CliRun.of("import", "--format", "jsonl", "--out", dir.resolve("c1").toString(), jsonl.toString());
        assertTrue(lines.err().contains(jsonl + ": line 2, column 4: invalid JSON: single quotes are not JSON; use double quotes; "
                + "line skipped"), lines.err());
        assertNoLeak(lines.err());

        Path ls = dir.resolve("tasks.json");
        Files.writeString(ls, "[\n  {\"data\": {\"text\": \"Budi pergi.\"}\n   \"annotations\": []}\n]\n");
        CliRun studio = CliRun.of("import", "--format", "labelstudio", "--out", dir.resolve("c2").toString(), ls.toString());
        assertEquals(1, studio.exit());
        assertTrue(studio.err().contains(ls + ": line 3, column 4: invalid JSON: expected ',' or '}' after a value in an object"),
                studio.err());
        assertNoLeak(studio.err());
    }
}
