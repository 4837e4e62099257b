package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.TagSet;
import org.tandai.synth.SyntheticCorpus;

/** The shortcuts taken for speed and memory (issue 6) keep what is read and written unchanged. */
class LoadFastPathsTest {
    @TempDir
    Path tmp;

    private final SidecarStore store = new SidecarStore();

    @Test
    void denseSyntheticArticleLoadsAndSavesToIdenticalBytes() throws Exception {
        SyntheticCorpus.write(tmp, "d", 1, 3, 20_000, 400);
        Path article = tmp.resolve("d0000.txt");
        byte[] before = Files.readAllBytes(DocumentFiles.curated(article).sidecar());
        SidecarStore.Loaded loaded = store.load(article, TagSet.defaults());
        assertEquals(List.of(), loaded.problems());
        store.save(article, loaded.document());
        assertArrayEquals(before, Files.readAllBytes(DocumentFiles.curated(article).sidecar()));
    }

    @Test
    void timestampsWithFractionsParseAndImpossibleDatesStayAsWritten() throws Exception {
        Path dir = TestFiles.copyFixture("small", tmp.resolve("c"));
        Path article = dir.resolve("artikel.txt");
        Path sidecar = DocumentFiles.curated(article).sidecar();
        String json = Files.readString(sidecar);
        int first = json.indexOf("\"createdAt\": \"2026-11-24T00:00:00Z\"");
        int second = json.indexOf("\"createdAt\": \"2026-11-24T00:00:00Z\"", first + 1);
        String edited = json.substring(0, first) + "\"createdAt\": \"2026-11-24T09:30:15.25Z\""
                + json.substring(first + 35, second) + "\"createdAt\": \"2026-02-30T00:00:00Z\"" + json.substring(second + 35);
        Files.writeString(sidecar, edited);
        SidecarStore.Loaded loaded = store.load(article, TagSet.defaults());
        AnnotatedDocument doc = loaded.document();
        assertEquals(Instant.parse("2026-11-24T09:30:15.250Z"), doc.all().stream()
                .filter(a -> a.createdAt() != null && a.createdAt().getNano() != 0).findFirst().orElseThrow().createdAt());
        assertTrue(loaded.problems().stream().anyMatch(p -> p.location().endsWith(".createdAt")
                && p.message().contains("2026-02-30")), loaded.problems().toString());
        store.save(article, doc);
        String saved = Files.readString(sidecar);
        assertTrue(saved.contains("\"createdAt\": \"2026-02-30T00:00:00Z\""), "an unreadable timestamp is kept as written");
        assertTrue(saved.contains("\"createdAt\": \"2026-11-24T09:30:15.250Z\""));
    }

    @Test
    void wrongTypesInsideSpansAreReportedWithTheirFullLocation() throws Exception {
        Path dir = TestFiles.copyFixture("small", tmp.resolve("c"));
        Path article = dir.resolve("artikel.txt");
        Path sidecar = DocumentFiles.curated(article).sidecar();
        String json = Files.readString(sidecar);
        int mentions = json.indexOf("\"mentions\"");
        int prefix = json.indexOf("\"prefix\": ", mentions);
        Files.writeString(sidecar, json.substring(0, prefix) + "\"prefix\": 7, \"x\": " + json.substring(prefix + 10));
        SidecarReader.Result r = SidecarStore.readSidecar(sidecar);
        assertTrue(r.problems().stream().anyMatch(p -> p.location().matches("e\\d+\\.mentions\\[\\d+\\]\\.prefix")
                && p.message().equals("expected a string, found the number 7")), r.problems().toString());
    }
}
