package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;
import org.tandai.store.TagSetStore;

class ImportServiceTest {

    @Test
    void importNeverOverwritesAndAddsForeignTypesToTheTagSet(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("a.conll"), "Budi B-PER\nSantoso I-PER\npergi O\n");
        Path out = dir.resolve("corpus");
        Files.createDirectories(out);
        Files.writeString(out.resolve("a.txt"), "an article that was here before");
        Fixtures.Collect problems = new Fixtures.Collect();
        ImportService.Summary s = new ImportService(new SidecarStore()).run(Format.CONLL, List.of(src), out, Progress.NONE, problems);
        assertEquals(1, s.articles());
        assertEquals("an article that was here before", Files.readString(out.resolve("a.txt")));
        assertEquals("Budi Santoso pergi", Files.readString(out.resolve("a-2.txt")));
        assertTrue(Files.exists(out.resolve("a-2.annotations.json")));
        assertTrue(problems.mentions("a.txt: file: warning: already exists and is left untouched; imported as a-2.txt"),
                problems.all.toString());
        TagSet tags = TagSetStore.load(out).tagSet();
        assertTrue(tags.entityType("PER") != null, "PER added to tagset.json");
        SidecarStore.Loaded loaded = new SidecarStore().load(out.resolve("a-2.txt"), tags);
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
        assertEquals("Budi Santoso", loaded.document().entities().get(0).mentions().get(0).exact());
    }

    @Test
    void exportThenImportThroughTheServicesKeepsTheCorpus(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Article a = Fixtures.emojiArticle();
        // A BOM and CRLF in the article file: the sidecar's offsets refer to the normalized text.
        Files.write(corpus.resolve("emoji.txt"), ("\uFEFF" + Fixtures.EMOJI_TEXT.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        a.doc().info().setFile("emoji.txt");
        new SidecarStore().save(corpus.resolve("emoji.txt"), a.doc());
        int[] calls = {0};
        Progress counting = new Progress() {
            @Override
            public void update(int done, int total, String item) {
                calls[0]++;
                assertEquals(1, total);
                assertEquals("emoji.txt", item);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        for (Format f : Format.values()) {
            Fixtures.Collect problems = new Fixtures.Collect();
            ExportService.Summary s = new ExportService(new SidecarStore()).run(f, List.of(corpus), dir.resolve(f.key()),
                    ClaimReviewSettings.EMPTY, counting, problems);
            assertEquals(1, s.articles(), f + " " + problems.all);
            assertTrue(problems.errors().isEmpty(), f + " " + problems.all);
        }
        assertEquals(Format.values().length, calls[0]);
        Path brat = dir.resolve("brat");
        Fixtures.Collect problems = new Fixtures.Collect();
        new ImportService(new SidecarStore()).run(Format.BRAT, List.of(brat), dir.resolve("back"), Progress.NONE, problems);
        SidecarStore.Loaded back = new SidecarStore().load(dir.resolve("back/emoji.txt"), TagSet.defaults());
        assertTrue(back.problems().isEmpty(), back.problems().toString());
        assertEquals(a.doc().size(), back.document().size());
    }

    @Test
    void exportRefusesToWriteIntoTheCorpusItReads(@TempDir Path dir) throws IOException {
        Article a = Fixtures.emojiArticle();
        Files.writeString(dir.resolve("emoji.txt"), Fixtures.EMOJI_TEXT);
        new SidecarStore().save(dir.resolve("emoji.txt"), a.doc());
        Fixtures.Collect problems = new Fixtures.Collect();
        org.tandai.store.StoreException e = org.junit.jupiter.api.Assertions.assertThrows(org.tandai.store.StoreException.class,
                () -> new ExportService(new SidecarStore()).run(Format.BRAT, List.of(dir), dir, ClaimReviewSettings.EMPTY,
                        Progress.NONE, problems));
        assertTrue(e.getMessage().contains("holds the articles being exported"), e.getMessage());
    }

    @Test
    void cancellingStopsAfterTheCurrentArticle(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("x.conll");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append("-DOCSTART- O\n\nKata").append(i).append(" O\n\n");
        }
        Files.writeString(src, sb);
        int[] polls = {0};
        // The first poll is before the file, the second after its first article: cancel there.
        Progress cancelAfterOne = new Progress() {
            @Override
            public void update(int done, int total, String item) {
            }

            @Override
            public boolean cancelled() {
                return ++polls[0] >= 2;
            }
        };
        ImportService.Summary s = new ImportService(new SidecarStore()).run(Format.CONLL, List.of(src), dir.resolve("out"),
                cancelAfterOne, new Fixtures.Collect());
        assertTrue(s.cancelled());
        assertEquals(1, s.articles());
        assertTrue(Files.exists(dir.resolve("out/x.txt")));
        assertFalse(Files.exists(dir.resolve("out/x-2.txt")));
    }
}
