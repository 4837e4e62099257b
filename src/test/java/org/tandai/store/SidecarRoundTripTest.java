package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.TagSet;

class SidecarRoundTripTest {
    @TempDir
    Path tmp;

    private final SidecarStore store = new SidecarStore();

    @Test
    void canonicalFileLoadsAndSavesToIdenticalBytes() throws Exception {
        Path dir = TestFiles.copyFixture("small", tmp.resolve("c"));
        Path article = dir.resolve("artikel.txt");
        byte[] before = Files.readAllBytes(DocumentFiles.curated(article).sidecar());
        SidecarStore.Loaded loaded = store.load(article, TagSet.defaults());
        assertEquals(List.of(), loaded.problems());
        store.save(article, loaded.document());
        assertArrayEquals(before, Files.readAllBytes(DocumentFiles.curated(article).sidecar()));
        assertArrayEquals(before, Files.readAllBytes(DocumentFiles.curated(article).backup()), "previous version kept as .bak");
    }

    @Test
    void unknownFieldsSurviveLoadAndSaveAtEveryLevel() throws Exception {
        Path dir = TestFiles.copyFixture("small", tmp.resolve("c"));
        Path article = dir.resolve("artikel.txt");
        Path sidecar = DocumentFiles.curated(article).sidecar();
        String json = Files.readString(sidecar)
                .replace("\"nextIds\"", "\"x-top\": {\"nested\": [1, 2.5, true, null]},\n  \"nextIds\"")
                .replace("\"language\": \"id\"", "\"language\": \"id\",\n    \"x-doc\": \"kept\"")
                .replace("\"name\": \"Budi Santoso\"", "\"name\": \"Budi Santoso\",\n      \"x-ent\": 42");
        Files.writeString(sidecar, json);
        AnnotatedDocument doc = store.load(article, TagSet.defaults()).document();
        doc.entity("e1").setNote("edited in Tandai");
        store.save(article, doc);
        String saved = Files.readString(sidecar);
        assertTrue(saved.contains("\"x-top\": {\n    \"nested\": [\n      1,\n      2.5,\n      true,\n      null\n    ]\n  }"), saved);
        assertTrue(saved.contains("\"x-doc\": \"kept\""));
        assertTrue(saved.contains("\"x-ent\": 42"));
        assertTrue(saved.contains("\"note\": \"edited in Tandai\""));
    }

    @Test
    void savingIsDeterministicWhateverTheInMemoryOrder() throws Exception {
        Path dir = TestFiles.copyFixture("small", tmp.resolve("c"));
        Path article = dir.resolve("artikel.txt");
        AnnotatedDocument a = store.load(article, TagSet.defaults()).document();
        AnnotatedDocument b = store.load(article, TagSet.defaults()).document();
        java.util.Collections.reverse(b.entities());
        java.util.Collections.reverse(b.claims());
        java.util.Collections.reverse(b.sources());
        String first = SidecarWriter.toJson(a);
        assertEquals(first, SidecarWriter.toJson(b));
        assertEquals(first, SidecarWriter.toJson(a));
    }

    @Test
    void outputIsUtf8LfTwoSpaceIndentWithTrailingNewlineAndSortedByPosition() throws Exception {
        Path dir = TestFiles.copyFixture("small", tmp.resolve("c"));
        Path article = dir.resolve("artikel.txt");
        AnnotatedDocument doc = store.load(article, TagSet.defaults()).document();
        byte[] bytes = SidecarWriter.toJson(doc).getBytes(StandardCharsets.UTF_8);
        String s = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(s.contains("\r"));
        assertFalse(s.startsWith("\uFEFF"));
        assertTrue(s.endsWith("}\n"));
        assertTrue(s.startsWith("{\n  \"format\": \"tandai-annotations\",\n  \"version\": 2,\n  \"offsetUnit\": \"codepoint\","));
        assertTrue(s.contains("😀"), "non-ASCII is written as UTF-8, not escaped");
        // e4 (Senin, first line) sorts before e3 (BPS, second line): position first, then id.
        assertTrue(s.indexOf("\"id\": \"e4\"") < s.indexOf("\"id\": \"e3\""));
    }

    @Test
    void newAnnotationsGetFreshIdsAfterReload() throws Exception {
        Path dir = TestFiles.copyFixture("small", tmp.resolve("c"));
        Path article = dir.resolve("artikel.txt");
        AnnotatedDocument doc = store.load(article, TagSet.defaults()).document();
        // nextIds.entity is 5 in the file although e4 is the highest id present.
        assertEquals("e5", doc.newId(org.tandai.model.Kind.ENTITY));
        Entity e = doc.entity("e1");
        Claim c = doc.claim("c1");
        assertEquals("Budi Santoso", e.name());
        assertEquals("mostly-false", c.verdict());
        assertEquals("BPS data", c.evidence().get(0).note());
    }
}
