package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandai.model.TagSet;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Fixtures;
import org.tandai.store.SidecarStore;

/**
 * Issue 14, item 10: a sidecar whose {@code document.file} names something outside the corpus is
 * refused as docs/format.md says: {@code validate} reports an error and exits 1, the file loads
 * read-only (so the name is never written back), and nothing outside is read or written.
 */
class DocumentFileRefusedTest {
    @TempDir
    Path tmp;

    private Path article;
    private Path sidecar;

    private void name(String file) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        article = Fixtures.corpus(dir);
        sidecar = DocumentFiles.curated(article).sidecar();
        String json = Files.readString(sidecar);
        assertTrue(json.contains("\"file\": \"a.txt\""));
        Files.writeString(sidecar, json.replace("\"file\": \"a.txt\"", "\"file\": \"" + file.replace("\\", "\\\\") + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../../../etc/passwd", "/etc/passwd", "C:\\Windows\\win.ini", "C:a.txt", "..",
            "sub/a.txt", "..\\a.txt"})
    void aPathInDocumentFileIsAnErrorAndTheFileLoadsReadOnly(String file) throws Exception {
        name(file);
        byte[] before = Files.readAllBytes(sidecar);

        CliRun validate = CliRun.of("validate", tmp.resolve("corpus").toString());

        assertEquals(1, validate.exit(), validate.err());
        assertTrue(validate.err().contains("a.annotations.json: document.file: names \"" + file + "\", a path leading out "
                + "of the corpus folder: refused; it must be the plain name of the article beside it (\"a.txt\")"), validate.err());
        assertFalse(validate.hasStackTrace(), validate.err());
        SidecarStore.Loaded loaded = new SidecarStore().load(article, TagSet.defaults());
        assertTrue(loaded.readOnly(), "the name is never written back by a save");
        assertTrue(loaded.problems().get(0).location().equals("document.file"), "the cause comes first");

        Files.writeString(article, "Baru. " + Files.readString(article));
        CliRun reanchor = CliRun.of("reanchor", tmp.resolve("corpus").toString());
        assertEquals(1, reanchor.exit(), reanchor.err());
        assertArrayEquals(before, Files.readAllBytes(sidecar), "reanchor does not save over it");
    }

    @Test
    void aNameThatIsALinkOutOfTheCorpusIsRefusedComparingRealPaths() throws Exception {
        name("evil.txt");
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "a secret outside the corpus");
        Files.createSymbolicLink(article.resolveSibling("evil.txt"), outside);

        CliRun validate = CliRun.of("validate", sidecar.toString());

        assertEquals(1, validate.exit(), validate.err());
        assertTrue(validate.err().contains("a.annotations.json: document.file: names \"evil.txt\", which is a link to "
                + outside.toRealPath() + ", outside the corpus folder: refused"), validate.err());
        assertEquals("a secret outside the corpus", Files.readString(outside));
    }

    @Test
    void theArticleItselfLinkedFromOutsideIsRefusedToo() throws Exception {
        name("a.txt");
        Path outside = tmp.resolve("elsewhere.txt");
        Files.move(article, outside);
        Files.createSymbolicLink(article, outside);

        CliRun validate = CliRun.of("validate", tmp.resolve("corpus").toString());

        assertEquals(1, validate.exit(), validate.err());
        assertTrue(validate.err().contains("document.file: names \"a.txt\", which is a link to " + outside.toRealPath()), validate.err());
    }

    @Test
    void aPlainOtherNameIsStillOnlyAWarning() throws Exception {
        name("renamed.txt");

        CliRun validate = CliRun.of("validate", tmp.resolve("corpus").toString());

        assertEquals(0, validate.exit(), validate.err());
        assertTrue(validate.err().contains("a.annotations.json: document.file: warning: names \"renamed.txt\" but sits beside "
                + "\"a.txt\"; the neighbouring article is used"), validate.err());
    }
}
