package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.TagSet;

/** Streaming a sidecar (the recovery journal, decision 1220) writes exactly the bytes of the canonical file. */
class StreamedSidecarTest {
    @TempDir
    Path dir;

    /** Names that cross the writer's 64 KB buffer at every offset near it, with emoji, Indonesian and lone surrogates. */
    private static AnnotatedDocument awkward() {
        AnnotatedDocument doc = Fixtures.document(ArticleText.of(Fixtures.TEXT));
        String filler = "a".repeat(65_530);
        String[] tails = {"😀😀😀", "\ud83d", "\ude00x", "ü€😀", "\ud83d\"", "Budi \ud83d"};
        for (int i = 0; i < 12; i++) {
            String name = filler.substring(i) + tails[i % tails.length] + " Santoso \ude00";
            doc.add(new Entity("e" + (10 + i), name, "PERSON"));
        }
        doc.add(new Entity("e99", "ends on a high surrogate \ud83d", "ORG"));
        return doc;
    }

    @Test
    void streamedSidecarIsByteForByteTheCanonicalFile() throws Exception {
        AnnotatedDocument doc = awkward();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SidecarWriter.write(doc, out);
        assertArrayEquals(SidecarWriter.toJson(doc).getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void streamedJournalReadsBackTheSameDocumentAndLeavesTheLiveOneAlone() throws Exception {
        Path article = Fixtures.corpus(dir);
        SidecarStore store = new SidecarStore();
        SidecarStore.Opened opened = store.open(article, TagSet.defaults());
        AnnotatedDocument doc = opened.loaded().document();
        for (Entity e : awkward().entities()) {
            if (doc.find(e.id()) == null) {
                doc.add(e);
            }
        }
        RecoveryJournal journal = new RecoveryJournal(store, null, Runnable::run, java.time.Duration.ofSeconds(1), e -> { });
        journal.write(DocumentFiles.curated(article), doc, opened.sidecar());

        assertFalse(doc.extras().containsKey("recovery"), "the block goes into the journal only");
        String text = Files.readString(DocumentFiles.curated(article).journal(), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"recovery\": {") && text.contains("\"baseSha256\": \"" + opened.sidecar().sha256() + "\""), text.substring(text.length() - 300));
        AnnotatedDocument restored = journal.restore(DocumentFiles.curated(article)).document();
        store.save(article, doc);
        AnnotatedDocument saved = SidecarStore.readSidecar(DocumentFiles.curated(article).sidecar()).document();
        assertEquals(SidecarWriter.toJson(saved), SidecarWriter.toJson(restored), "lone surrogates and all, as a save reads back");
        assertEquals(1, journal.find(dir).size());
    }
}
