package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandai.interchange.Format;
import org.tandai.model.Claim;
import org.tandai.store.DocumentFiles;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import org.tandai.synth.SyntheticCorpus;

/**
 * Issue 14, items 1 and 12a: an output folder reached through a symbolic link is recognised as the
 * corpus (real paths are compared), for every format and both ways round, and nothing in the
 * corpus changes; import refuses to write into its source folder through a link; and a
 * ClaimReview export with nothing to write says so.
 */
class OutputFolderSafetyTest {
    @TempDir
    Path tmp;

    /** A corpus whose article has a BOM and CRLF line ends: brat would write back its normalised text. */
    private Path corpus() throws Exception {
        Path c = tmp.resolve("c");
        SyntheticCorpus.write(c, "a", 2, 3, 800, 12);
        Path txt = c.resolve("a0000.txt");
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        Files.writeString(txt, "\uFEFF" + text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        return c;
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static void assertUnchanged(Map<String, byte[]> before, Path dir) throws IOException {
        Map<String, byte[]> after = snapshot(dir);
        assertEquals(before.keySet(), after.keySet(), "no file added to or removed from the corpus");
        for (String name : before.keySet()) {
            assertTrue(java.util.Arrays.equals(before.get(name), after.get(name)), name + " unchanged");
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void exportThroughALinkToTheCorpusIsRefusedBothWaysRoundAndTheCorpusIsUntouched(Format format) throws Exception {
        Path c = corpus();
        Path alias = Files.createSymbolicLink(tmp.resolve("alias"), c);
        Map<String, byte[]> before = snapshot(c);

        CliRun viaOut = CliRun.of("export", "--format", format.key(), "--out", alias.toString(), c.toString());
        assertEquals(1, viaOut.exit(), viaOut.err());
        assertTrue(viaOut.err().contains(alias + ": folder: the output folder holds the articles being exported (through a link: both are "
                + c.toRealPath() + ")"), viaOut.err());
        assertFalse(viaOut.hasStackTrace(), viaOut.err());
        assertUnchanged(before, c);

        CliRun viaPath = CliRun.of("export", "--format", format.key(), "--out", c.toString(), alias.toString());
        assertEquals(1, viaPath.exit(), viaPath.err());
        assertTrue(viaPath.err().contains(c + ": folder: the output folder holds the articles being exported"), viaPath.err());
        assertUnchanged(before, c);
    }

    @Test
    void anArticleThatIsALinkIntoTheOutputFolderIsRefused() throws Exception {
        Path c = corpus();
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.createSymbolicLink(other.resolve("a0000.txt"), c.resolve("a0000.txt"));
        Files.copy(DocumentFiles.curated(c.resolve("a0000.txt")).sidecar(), DocumentFiles.curated(other.resolve("a0000.txt")).sidecar());
        Map<String, byte[]> before = snapshot(c);
        CliRun run = CliRun.of("export", "--format", "brat", "--out", c.toString(), other.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("holds the articles being exported"), run.err());
        assertUnchanged(before, c);
    }

    @Test
    void exportIntoASubfolderOfTheCorpusIsAllowedAndLeavesTheArticlesAlone() throws Exception {
        Path c = corpus();
        Map<String, byte[]> before = snapshot(c);
        Path out = c.resolve("brat-out");
        CliRun run = CliRun.of("export", "--format", "brat", "--out", out.toString(), c.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(out.resolve("a0000.ann")));
        before.put("brat-out", new byte[0]);
        Map<String, byte[]> after = snapshot(c);
        assertEquals(before.keySet(), after.keySet());
        assertTrue(java.util.Arrays.equals(before.get("a0000.txt"), after.get("a0000.txt")), "the BOM+CRLF article is untouched");
    }

    @Test
    void importIntoTheSourceFolderThroughALinkOrIntoASubfolderOfItIsRefused() throws Exception {
        Path src = tmp.resolve("brat");
        Files.createDirectories(src);
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/transfer/brat"))) {
            for (Path p : s.toList()) {
                Files.copy(p, src.resolve(p.getFileName()));
            }
        }
        Path alias = Files.createSymbolicLink(tmp.resolve("brat-link"), src);
        Map<String, byte[]> before = snapshot(src);

        CliRun viaLink = CliRun.of("import", "--format", "brat", "--out", alias.toString(), src.toString());
        assertEquals(1, viaLink.exit(), viaLink.err());
        assertTrue(viaLink.err().contains(alias + ": folder: is the source folder " + src + " (through a link: both are "
                + src.toRealPath() + ")"), viaLink.err());
        assertUnchanged(before, src);

        CliRun inside = CliRun.of("import", "--format", "brat", "--out", alias.resolve("corpus").toString(), src.toString());
        assertEquals(1, inside.exit(), inside.err());
        assertTrue(inside.err().contains("is inside the source folder " + src), inside.err() + "|" + inside.out());
        assertUnchanged(before, src);

        CliRun elsewhere = CliRun.of("import", "--format", "brat", "--out", tmp.resolve("corpus").toString(), alias.toString());
        assertEquals(0, elsewhere.exit(), elsewhere.err());
        assertTrue(Files.exists(tmp.resolve("corpus/banjir.txt")));
    }

    @Test
    void claimReviewExportWithOnlyUnverifiedClaimsSaysNoFileWasWrittenAndWhy() throws Exception {
        Path c = tmp.resolve("c");
        SyntheticCorpus.write(c, "u", 1, 5, 800, 20);
        Path article = c.resolve("u0000.txt");
        SidecarStore store = new SidecarStore();
        SidecarStore.Loaded loaded = store.load(article, org.tandai.model.TagSet.defaults());
        assertFalse(loaded.document().claims().isEmpty(), "the article has claims");
        for (Claim claim : loaded.document().claims()) {
            claim.setVerdict("unverified");
        }
        save(store, article, loaded);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("export", "--format", "claimreview", "--publisher", "Cek Fakta", "--out", out.toString(), c.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("exported 0 article(s) as claimreview to " + out + "; 1 article(s) had no claim with a verdict other "
                + "than unverified, so no file was written for them", run.out().strip());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(0, s.count(), "no file was written");
        }
    }

    private static void save(SidecarStore store, Path article, SidecarStore.Loaded loaded) throws StoreException {
        store.save(article, loaded.document());
    }
}
