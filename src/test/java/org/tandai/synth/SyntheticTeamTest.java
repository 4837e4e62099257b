package org.tandai.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.TagSet;
import org.tandai.store.CorpusLayout;
import org.tandai.store.Layer;
import org.tandai.store.Problem;
import org.tandai.store.SidecarLoader;
import org.tandai.store.SidecarReader;
import org.tandai.store.Validator;
import org.tandai.model.ArticleText;
import org.tandai.store.ArticleReader;

class SyntheticTeamTest {
    @TempDir
    Path tmp;

    @Test
    void everyAnnotatorLayerIsAValidSidecarThatDiffersFromTheCuratedOne() throws Exception {
        SyntheticTeam.write(tmp, "t", 3, 5, 3000, 30, 2);
        CorpusLayout layout = CorpusLayout.of(tmp);
        assertTrue(layout.teamMode());
        assertEquals(List.of(SyntheticTeam.annotator(1), SyntheticTeam.annotator(2)), layout.annotatorLayers());
        int differing = 0;
        for (int i = 0; i < 3; i++) {
            Path article = tmp.resolve(String.format("t%04d.txt", i));
            ArticleText text = ArticleReader.read(article);
            byte[] curated = Files.readAllBytes(layout.sidecar(article, Layer.CURATED));
            for (Layer l : layout.annotatorLayers()) {
                Path sidecar = layout.sidecar(article, l);
                SidecarReader.Result r = SidecarLoader.readSidecar(sidecar);
                List<Problem> errors = Validator.validate(sidecar.toString(), text, r.document(), TagSet.defaults())
                        .stream().filter(Problem::isError).toList();
                assertEquals(List.of(), errors);
                differing += java.util.Arrays.equals(curated, Files.readAllBytes(sidecar)) ? 0 : 1;
            }
        }
        assertTrue(differing >= 5, differing + " of 6 layers differ from the curated one");
    }

    @Test
    void theSameSeedGivesTheSameFiles() throws Exception {
        SyntheticTeam.write(tmp.resolve("a"), "t", 2, 9, 2000, 20, 2);
        SyntheticTeam.write(tmp.resolve("b"), "t", 2, 9, 2000, 20, 2);
        Path rel = Path.of("annotators", "annotator-2", "t0001.annotations.json");
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(rel)), Files.readAllBytes(tmp.resolve("b").resolve(rel)));
    }
}
