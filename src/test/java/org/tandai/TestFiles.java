package org.tandai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies fixtures from src/test/resources into a temporary folder, so tests never touch the originals. */
public final class TestFiles {
    private TestFiles() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestFiles.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** Copies a fixture folder (flat) into {@code target} and returns {@code target}. */
    public static Path copyFolder(Path source, Path target) {
        try (Stream<Path> files = Files.list(source)) {
            Files.createDirectories(target);
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path copyFixture(String name, Path target) {
        return copyFolder(resource("fixtures/" + name), target);
    }

    /** File name of the seed article; its committed copy lives in src/test/resources/fixtures/seed. */
    public static final String SEED_ARTICLE = "000_39d3cf8f1d629551.txt";

    /**
     * Copies the committed seed (article and sidecar) into {@code folder} and returns the article's path.
     * Tests never read the live {@code seeds/} folder: the app edits it.
     */
    /** The committed seed article as a read-only test resource (a build copy, never the live seeds/ folder). */
    public static Path seedArticle() {
        return resource("fixtures/seed/" + SEED_ARTICLE);
    }

    public static Path seed(Path folder) {
        return copyFixture("seed", folder).resolve(SEED_ARTICLE);
    }
}
