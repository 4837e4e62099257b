package org.tandai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests use the copy of the seed in {@code src/test/resources/fixtures/seed}, never the live {@code seeds/}
 * folder that the app edits. This keeps that copy equal to what is committed in {@code seeds/}, and the
 * article equal to the one in {@code ../shared/seeds}. The version 1 copy in {@code fixtures/seed-v1}
 * is the seed as committed before format version 2; {@code store.SeedMigrationTest} checks that
 * migrating it gives the version 2 seed byte for byte.
 */
class SeedFixtureTest {
    private static final Path BASE = Path.of(System.getProperty("tandai.test.basedir", "."));

    @ParameterizedTest
    @ValueSource(strings = {TestFiles.SEED_ARTICLE, "000_39d3cf8f1d629551.annotations.json"})
    void testCopyIsTheCommittedSeed(String name) throws Exception {
        byte[] committed = gitShow("HEAD:seeds/" + name);
        assertArrayEquals(committed, Files.readAllBytes(TestFiles.resource("fixtures/seed/" + name)),
                "src/test/resources/fixtures/seed/" + name + " differs from the committed seeds/" + name);
    }

    /**
     * ../shared/seeds holds only the article; the version 1 sidecar it was annotated with is the one
     * committed before format version 2 (commit 25391a9), kept as fixtures/seed-v1. That copy must
     * be that file, and its article the same as the version 2 seed's.
     */
    @org.junit.jupiter.api.Test
    void versionOneCopyIsTheSeedAsCommittedBeforeVersionTwo() throws Exception {
        String sidecar = "000_39d3cf8f1d629551.annotations.json";
        assertArrayEquals(gitShow("25391a9:seeds/" + sidecar),
                Files.readAllBytes(TestFiles.resource("fixtures/seed-v1/" + sidecar)));
        assertArrayEquals(Files.readAllBytes(TestFiles.seedArticle()),
                Files.readAllBytes(TestFiles.resource("fixtures/seed-v1/" + TestFiles.SEED_ARTICLE)));
    }

    @org.junit.jupiter.api.Test
    void seedArticleIsTheSharedOneByteForByte() throws IOException {
        Path shared = Path.of(System.getProperty("tandai.test.sharedData", "../shared/data"))
                .resolveSibling("seeds").resolve(TestFiles.SEED_ARTICLE);
        assumeTrue(Files.exists(shared), "shared seeds not available: " + shared);
        assertArrayEquals(Files.readAllBytes(shared), Files.readAllBytes(TestFiles.seedArticle()));
    }

    /** The committed bytes, or a skip where there is no git or no repository (a source tarball). */
    private static byte[] gitShow(String object) throws Exception {
        assumeTrue(Files.exists(BASE.resolve(".git")), "not a git checkout: " + BASE);
        Process p;
        try {
            p = new ProcessBuilder("git", "show", object).directory(BASE.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noGit) {
            assumeTrue(false, "git is not installed");
            throw noGit;
        }
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "git cannot show " + object);
        return out;
    }
}
