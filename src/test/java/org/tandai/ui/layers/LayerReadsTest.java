package org.tandai.ui.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Locale;
import org.tandai.i18n.Messages;
import org.tandai.model.ArticleText;
import org.tandai.model.TagSet;
import org.tandai.store.ArticleReader;
import org.tandai.store.Layer;

/** The file side of showing other layers, without the toolkit: what is read, and what is not. */
class LayerReadsTest {
    private static final String NAME = "000_39d3cf8f1d629551";
    private static final Messages EN = Messages.english();

    @TempDir
    Path tmp;
    private Path article;
    private ArticleText text;

    @BeforeEach
    void teamCorpus() throws Exception {
        Path seed = Path.of("src/test/resources/fixtures/seed");
        article = tmp.resolve(NAME + ".txt");
        Files.copy(seed.resolve(NAME + ".txt"), article);
        Files.copy(seed.resolve(NAME + ".annotations.json"), tmp.resolve(NAME + ".annotations.json"));
        for (String slug : List.of("ani", "bob")) {
            Path f = tmp.resolve("annotators").resolve(slug).resolve(NAME + ".annotations.json");
            Files.createDirectories(f.getParent());
            Files.copy(seed.resolve(NAME + ".annotations.json"), f);
        }
        text = ArticleReader.read(article);
    }

    @Test
    void withTheSettingOffNoLayerIsListedOrRead() throws Exception {
        // A layer that cannot be read would be reported if it were opened.
        Files.writeString(tmp.resolve("annotators/bob/" + NAME + ".annotations.json"), "{ broken", StandardCharsets.UTF_8);
        LayerReads.Snapshot s = LayerReads.read(article, text, TagSet.defaults(), Layer.CURATED, false, EN);
        assertTrue(s.team());
        assertTrue(s.reads().isEmpty());
        assertTrue(s.files().isEmpty());
        assertTrue(s.corpusLayers().isEmpty());
    }

    @Test
    void theOpenLayerIsNeverAmongTheOthers() {
        LayerReads.Snapshot s = LayerReads.read(article, text, TagSet.defaults(), new Layer("ani"), true, EN);
        assertEquals(List.of(Layer.CURATED, new Layer("bob")), s.reads().stream().map(LayerReads.Read::layer).toList());
        assertEquals(List.of(new Layer("ani"), new Layer("bob")), s.corpusLayers());
        for (LayerReads.Read r : s.reads()) {
            assertNull(r.problem());
            assertNotNull(r.document());
            assertTrue(r.document().readOnly(), "another layer is never editable");
            assertFalse(r.document().document().all().isEmpty());
        }
    }

    @Test
    void anotherLayerSaysWhyItIsReadOnlyInTheWindowsLanguage() {
        LayerReads.Snapshot s = LayerReads.read(article, text, TagSet.defaults(), Layer.CURATED, true,
                Messages.of(Locale.forLanguageTag("id")));
        LayerReads.Read ani = s.reads().get(0);
        assertEquals("lapisan anotator lain, ditampilkan hanya-baca", ani.document().readOnlyReason());
        assertEquals("id", ani.document().messages().language(), "undo labels and descriptions too");
        assertEquals("another annotator's layer, shown read-only",
                LayerReads.read(article, text, TagSet.defaults(), Layer.CURATED, true, EN).reads().get(0).document().readOnlyReason());
    }

    @Test
    void aBrokenLayerIsReportedWithItsPlaceAndTheOthersAreRead() throws Exception {
        Path bob = tmp.resolve("annotators/bob/" + NAME + ".annotations.json");
        Files.writeString(bob, "{\n  \"format\": ,\n}", StandardCharsets.UTF_8);
        LayerReads.Snapshot s = LayerReads.read(article, text, TagSet.defaults(), Layer.CURATED, true, EN);
        assertEquals(2, s.reads().size());
        assertNotNull(s.reads().get(0).document(), "ani still read");
        LayerReads.Read broken = s.reads().get(1);
        assertNull(broken.document());
        assertTrue(broken.problem().toString().startsWith(bob + ": line 2"), broken.problem().toString());
    }

    @Test
    void aCorpusWithoutAnnotatorsIsNotInTeamMode() throws Exception {
        Path solo = Files.createDirectory(tmp.resolve("solo"));
        Files.copy(article, solo.resolve(NAME + ".txt"));
        LayerReads.Snapshot s = LayerReads.read(solo.resolve(NAME + ".txt"), text, TagSet.defaults(), Layer.CURATED, true, EN);
        assertFalse(s.team());
        assertTrue(s.reads().isEmpty());
    }

    @Test
    void aChangedLayerFileChangesTheFingerprints() throws Exception {
        LayerReads.Snapshot s = LayerReads.read(article, text, TagSet.defaults(), Layer.CURATED, true, EN);
        assertTrue(LayerReads.same(s.files(), LayerReads.fingerprints(article, Layer.CURATED)));
        Files.writeString(tmp.resolve("annotators/ani/" + NAME + ".annotations.json"), "{}", StandardCharsets.UTF_8);
        assertFalse(LayerReads.same(s.files(), LayerReads.fingerprints(article, Layer.CURATED)));
    }

    @Test
    void aLayerKeepsItsColourFromArticleToArticle() {
        List<Layer> corpus = List.of(new Layer("ani"), new Layer("bob"), new Layer("cy"));
        assertEquals("peer-1", OtherLayersViewModel.colourOf(new Layer("bob"), corpus));
        assertEquals("peer-curated", OtherLayersViewModel.colourOf(Layer.CURATED, corpus));
    }
}
