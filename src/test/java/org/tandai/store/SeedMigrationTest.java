package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.TagSet;

/**
 * A version 1 sidecar (the seed as committed before format version 2, kept in fixtures/seed-v1)
 * loads through the migration step, and its first save writes exactly the committed version 2
 * seed and keeps the version 1 file as NAME.annotations.json.v1.bak for good.
 */
class SeedMigrationTest {
    @TempDir
    Path tmp;

    private final SidecarStore store = new SidecarStore();

    private Path v1Seed() {
        return TestFiles.copyFixture("seed-v1", tmp.resolve("v1")).resolve(TestFiles.SEED_ARTICLE);
    }

    @Test
    void theVersionOneSeedMigratesToTheCommittedVersionTwoSeedByteForByte() throws Exception {
        Path article = v1Seed();
        Path sidecar = DocumentFiles.curated(article).sidecar();
        byte[] v1 = Files.readAllBytes(sidecar);
        SidecarStore.Loaded loaded = store.load(article, TagSet.defaults());
        assertEquals(1, loaded.fileVersion());
        assertTrue(loaded.olderVersion());
        assertFalse(loaded.readOnly(), "a version 1 file is not read-only: saving upgrades it");
        assertEquals(List.of(), loaded.problems());
        store.save(article, loaded.document());
        byte[] committedV2 = Files.readAllBytes(DocumentFiles.curated(TestFiles.seedArticle()).sidecar());
        assertArrayEquals(committedV2, Files.readAllBytes(sidecar));
        assertTrue(new String(committedV2, StandardCharsets.UTF_8).contains("\n  \"version\": 2,\n"));
        assertArrayEquals(v1, Files.readAllBytes(DocumentFiles.curated(article).v1Backup()), "the version 1 original is kept");
        assertEquals("000_39d3cf8f1d629551.annotations.json.v1.bak", DocumentFiles.curated(article).v1Backup().getFileName().toString());
    }

    @Test
    void countsAreTheSameAfterMigrationAndAfterSavingAgain() throws Exception {
        Path article = v1Seed();
        Path sidecar = DocumentFiles.curated(article).sidecar();
        SidecarFormat.Counts before = SidecarFormat.count(sidecar);
        Stats statsBefore = Stats.of(store.load(article, TagSet.defaults()).document());
        assertTrue(before.entities() > 0 && before.claims() > 0 && before.sources() > 0, before.toString());

        store.save(article, store.load(article, TagSet.defaults()).document());
        assertEquals(before, SidecarFormat.count(sidecar));
        store.save(article, store.load(article, TagSet.defaults()).document());
        assertEquals(before, SidecarFormat.count(sidecar));
        Stats after = Stats.of(store.load(article, TagSet.defaults()).document());
        assertEquals(List.of(statsBefore.entities(), statsBefore.mentions(), statsBefore.claims(), statsBefore.sources(), 0),
                List.of(after.entities(), after.mentions(), after.claims(), after.sources(), after.relations()));
    }

    @Test
    void laterSavesNeverOverwriteTheVersionOneBackup() throws Exception {
        Path article = v1Seed();
        Path sidecar = DocumentFiles.curated(article).sidecar();
        byte[] v1 = Files.readAllBytes(sidecar);
        SidecarStore.Opened opened = store.open(article, TagSet.defaults());
        Fingerprint f = store.save(article, opened.loaded().document(), opened.sidecar());
        opened.loaded().document().entities().get(0).setNote("second save");
        store.save(article, opened.loaded().document(), f);

        assertArrayEquals(v1, Files.readAllBytes(DocumentFiles.curated(article).v1Backup()), "still the version 1 original");
        assertEquals(2, SidecarFormat.peekVersion(DocumentFiles.curated(article).backup()), ".bak is the previous (version 2) save");
        assertTrue(Files.readString(sidecar).contains("second save"));
    }

    @Test
    void anExistingVersionOneBackupIsLeftAsItIs() throws Exception {
        Path article = v1Seed();
        Path v1bak = DocumentFiles.curated(article).v1Backup();
        Files.writeString(v1bak, "an older copy the user keeps");
        store.save(article, store.load(article, TagSet.defaults()).document());
        assertEquals("an older copy the user keeps", Files.readString(v1bak));
        assertEquals(2, SidecarFormat.peekVersion(DocumentFiles.curated(article).sidecar()));
    }

    @Test
    void aVersionTwoFileMakesNoVersionOneBackup() throws Exception {
        Path article = TestFiles.seed(tmp.resolve("v2"));
        store.save(article, store.load(article, TagSet.defaults()).document());
        assertFalse(Files.exists(DocumentFiles.curated(article).v1Backup()));
    }

    @Test
    void corpusCheckSaysWhichFilesAreStillAtVersionOne() throws Exception {
        Path v1 = v1Seed();
        Path v2 = TestFiles.seed(tmp.resolve("v2"));
        List<String> lines = new ArrayList<>();
        new CorpusCheck(store).visit(List.of(DocumentFiles.curated(v1), DocumentFiles.curated(v2)), v -> v.problems().forEach(p -> lines.add(p.toString())));
        assertEquals(List.of(DocumentFiles.curated(v1).sidecar() + ": version: warning: still at format version 1; it loads as "
                + "version 2, and its next save writes version 2 and keeps this file as "
                + "000_39d3cf8f1d629551.annotations.json.v1.bak"), lines);
    }
}
