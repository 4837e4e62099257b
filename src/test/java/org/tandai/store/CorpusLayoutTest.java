package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLayoutTest {
    @TempDir
    Path dir;

    @Test
    void slugIsLowerCaseWithRunsOfOtherCharactersReplacedByOneDash() {
        assertEquals("ani-rahma", Layer.slugOf("Ani Rahma"));
        assertEquals("ani-rahma", Layer.slugOf("ani   rahma"));
        assertEquals("o-brien-2", Layer.slugOf("O'Brien #2"));
        assertEquals("d-wi-", Layer.slugOf("D_wi!"));
        assertEquals("siti-n-rhaliza", Layer.slugOf("Siti Nurhaliza".replace("u", "ü")));
        assertThrows(IllegalArgumentException.class, () -> Layer.slugOf("  "));
        assertThrows(IllegalArgumentException.class, () -> Layer.slugOf("王"));
    }

    @Test
    void parseTakesSlugsAndCuratedAndRefusesTheRest() {
        assertEquals(new Layer("budi"), Layer.parse("budi"));
        assertEquals(Layer.CURATED, Layer.parse("curated"));
        assertNull(Layer.parse("Budi"));
        assertNull(Layer.parse("../x"));
        assertNull(Layer.parse(""));
    }

    @Test
    void aOnePersonCorpusHasOnlyTheSidecarBesideTheArticle() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "teks");
        CorpusLayout layout = CorpusLayout.of(dir);
        assertFalse(layout.teamMode());
        assertEquals(dir.resolve("a.annotations.json"), layout.sidecar(article, Layer.CURATED));
        assertEquals(List.of(), layout.annotatorLayers());
    }

    @Test
    void annotatorLayersLiveUnderAnnotatorsSlug() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "teks");
        Files.createDirectories(dir.resolve("annotators/budi"));
        Files.createDirectories(dir.resolve("annotators/ani-rahma"));
        Files.createDirectories(dir.resolve("annotators/Not A Slug"));
        Files.writeString(dir.resolve("annotators/README.md"), "x");
        Files.writeString(dir.resolve("annotators/budi/a.annotations.json"), "{}");
        CorpusLayout layout = CorpusLayout.of(dir);
        assertTrue(layout.teamMode(), "an annotators/ folder puts the corpus in team mode");
        assertEquals(List.of(new Layer("ani-rahma"), new Layer("budi")), layout.annotatorLayers());
        Path budi = layout.sidecar(article, Layer.ofAnnotator("Budi"));
        assertEquals(dir.resolve("annotators/budi/a.annotations.json"), budi);
        assertEquals(dir.resolve("a.txt"), layout.articleOf(budi));
        assertEquals(List.of(new Layer("budi")), layout.layersOf(article));
    }

    @Test
    void theCorpusFileCanSwitchTeamModeOnAndABadValueIsNamed() throws Exception {
        Path f = dir.resolve(CorpusMarks.FILE_NAME);
        Files.writeString(f, "{\"format\": \"tandai-corpus\", \"team\": true}", StandardCharsets.UTF_8);
        assertTrue(CorpusLayout.of(dir).teamMode());
        Files.writeString(f, "{\"team\": \"yes\"}", StandardCharsets.UTF_8);
        StoreException e = assertThrows(StoreException.class, () -> CorpusLayout.of(dir));
        assertTrue(e.getMessage().contains(CorpusMarks.FILE_NAME) && e.getMessage().contains("team"), e.getMessage());
    }
}
