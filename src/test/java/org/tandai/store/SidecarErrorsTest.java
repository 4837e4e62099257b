package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.TagSet;

class SidecarErrorsTest {
    @TempDir
    Path tmp;

    private final SidecarStore store = new SidecarStore();

    private Path corpus() {
        return TestFiles.copyFixture("small", tmp.resolve("c"));
    }

    private static String messages(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void truncatedFileIsReportedWithLineAndLeftUntouched() throws Exception {
        Path article = corpus().resolve("artikel.txt");
        Path sidecar = DocumentFiles.curated(article).sidecar();
        String full = Files.readString(sidecar);
        Files.writeString(sidecar, full.substring(0, full.length() / 2));
        byte[] before = Files.readAllBytes(sidecar);
        SidecarStore.Loaded loaded = store.load(article, TagSet.defaults());
        assertNull(loaded.document());
        assertTrue(loaded.readOnly());
        Problem p = loaded.problems().get(0);
        assertEquals(sidecar.toString(), p.file());
        assertTrue(p.location().matches("line \\d+, column \\d+"), p.location());
        assertTrue(p.message().contains("ends early"), p.message());
        assertArrayEquals(before, Files.readAllBytes(sidecar));
    }

    @Test
    void syntaxErrorGivesTheExactLineAndColumn() {
        SidecarReader.Result r = SidecarReader.read("f.json", "{\n  \"format\": \"tandai-annotations\",\n  \"version\": 1,,\n}\n");
        assertTrue(r.syntaxError());
        assertEquals("line 3, column 16", r.problems().get(0).location());
    }

    @Test
    void leniencyIsRefused() {
        for (String bad : List.of("{'format': 'x'}", "{\"format\": \"tandai-annotations\"} trailing",
                "// comment\n{}", "{\"a\": NaN}")) {
            SidecarReader.Result r = SidecarReader.read("f.json", bad);
            assertTrue(r.syntaxError(), bad);
        }
    }

    @Test
    void wrongTypesAndMissingFieldsAreReportedByIdAndFieldWhileGoodAnnotationsAreStillRead() {
        String json = """
                {"format": "tandai-annotations", "version": 1, "offsetUnit": "codepoint",
                 "document": {"file": "a.txt", "sha256": "x"},
                 "entities": [
                   {"id": "e1", "name": "Kim", "type": "PERSON", "mentions": [{"start": 0, "end": 3, "exact": "Kim"}]},
                   {"id": "e2", "name": 7, "type": "PERSON", "mentions": [{"start": 0, "end": 3, "exact": "Kim"}]},
                   {"id": "e3", "type": "PERSON", "mentions": []},
                   {"name": "no id"}
                 ],
                 "claims": [{"id": "c1", "span": {"start": "0", "end": 3, "exact": "Kim"}}]}
                """;
        SidecarReader.Result r = SidecarReader.read("f.json", json);
        String all = messages(r.problems());
        assertNotNull(r.document());
        assertEquals(1, r.document().entities().size(), all);
        assertEquals("e1", r.document().entities().get(0).id());
        assertTrue(all.contains("f.json: e2.name: expected a string, found the number 7"), all);
        assertTrue(all.contains("f.json: e3.name: missing name"), all);
        assertTrue(all.contains("f.json: e3.mentions: an entity needs at least one mention"), all);
        assertTrue(all.contains("f.json: entities[3].id: missing id"), all);
        assertTrue(all.contains("f.json: c1.span.start: expected an integer, found a string"), all);
    }

    @Test
    void newerVersionIsReadOnlyAndSaysWhy() throws Exception {
        Path article = corpus().resolve("artikel.txt");
        Path sidecar = DocumentFiles.curated(article).sidecar();
        Files.writeString(sidecar, Files.readString(sidecar).replaceFirst("\"version\": [0-9]+", "\"version\": 7"));
        SidecarStore.Loaded loaded = store.load(article, TagSet.defaults());
        assertTrue(loaded.readOnly());
        assertNotNull(loaded.document(), "content is still shown");
        assertTrue(messages(loaded.problems()).contains("written by a newer Tandai (format version 7"));
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        SidecarReader.Result r = SidecarReader.read("deep.json", "{\"format\": \"tandai-annotations\", \"x\": " + deep + "}");
        assertTrue(r.syntaxError());
        assertTrue(r.problems().get(0).message().contains("nested deeper"), r.problems().get(0).message());
    }

    @Test
    void notATandaiFileIsNamedAsSuch() {
        SidecarReader.Result r = SidecarReader.read("x.json", "{\"text\": \"hello\", \"label\": []}");
        assertNull(r.document());
        assertEquals("x.json: format: not a Tandai annotations file (format is missing, expected \"tandai-annotations\")",
                r.problems().get(0).toString());
    }

    @Test
    void articleThatIsNotUtf8IsRefusedWithItsPosition() throws Exception {
        Path f = tmp.resolve("bad.txt");
        Files.write(f, new byte[] {'a', 'b', '\n', 'c', (byte) 0xC3, '(', 'x'});
        StoreException e = assertThrows(StoreException.class, () -> ArticleReader.read(f));
        assertEquals("line 2, column 2", e.problem().location());
        assertTrue(e.getMessage().contains("not valid UTF-8"));
        Files.write(f, new byte[] {'a', 0, 'b'});
        assertTrue(assertThrows(StoreException.class, () -> ArticleReader.read(f)).getMessage().contains("binary"));
    }

    @Test
    void articleWithBomAndCrlfReadsAsNormalizedText() throws Exception {
        Path f = tmp.resolve("crlf.txt");
        Files.write(f, "\uFEFFsatu\r\ndua\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("satu\ndua\n", ArticleReader.read(f).text());
        assertArrayEquals("\uFEFFsatu\r\ndua\r\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(f),
                "the article file is never rewritten");
    }
}
