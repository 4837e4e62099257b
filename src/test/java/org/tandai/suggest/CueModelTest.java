package org.tandai.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.interchange.Format;
import org.tandai.interchange.ImportService;
import org.tandai.interchange.Progress;
import org.tandai.model.Source;
import org.tandai.model.Status;
import org.tandai.store.CorpusCheck;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Problem;
import org.tandai.store.SidecarStore;

/**
 * The learned cue model end to end (decision 1023): eight brat articles under
 * src/test/resources/org/tandai/suggest/cues mark "scoffed", which no lexicon has, as a cue; a model
 * trained on them and saved in another corpus makes suggest propose it there.
 */
class CueModelTest {
    @TempDir
    Path dir;

    @Test
    void aCueOnlyTheTrainingCorpusMarkedIsProposedInTheSidecarOfANewArticle() throws Exception {
        Path fixtures = TestFiles.resource("org/tandai/suggest/cues");
        Path brat = dir.resolve("brat");
        Files.createDirectories(brat);
        Path work = dir.resolve("work");
        Files.createDirectories(work);
        try (var files = Files.list(fixtures)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                Files.copy(f, (name.startsWith("fresh") ? work : brat).resolve(name));
            }
        }
        Path trained = dir.resolve("trained");
        List<Problem> problems = new ArrayList<>();
        new ImportService(new SidecarStore()).run(Format.BRAT, List.of(brat), trained, Progress.NONE, problems::add);
        Path fresh = work.resolve("fresh.txt");
        SuggestService suggest = new SuggestService(new SidecarStore(), "tester");
        assertNull(scoffed(suggest, fresh), "the rules alone must not know the cue");

        TrainService.TrainedCues t = new TrainService(new SidecarStore()).trainCues(work, trained, () -> false, problems::add);

        assertEquals(8, t.articles());
        assertEquals(16, t.cues());
        assertEquals(CorpusKnowledge.cueModelFile(work), t.model());
        assertTrue(Files.isRegularFile(t.model()));
        Source s = scoffed(suggest, fresh);
        assertNotNull(s, "the learned cue is suggested and saved");
        assertEquals(Status.SUGGESTED, s.status());
        assertEquals("the team was tired", s.content().exact());
    }

    @Test
    void aCancelledOrEmptyTrainingWritesNoModel() throws Exception {
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        TrainService.TrainedCues t = new TrainService(new SidecarStore()).trainCues(empty, empty, () -> false, p -> { });
        assertNull(t.model());
        assertFalse(Files.exists(CorpusKnowledge.cueModelFile(empty)));
        assertNull(new CueTrainer().train(() -> true));
    }

    /** Suggests on the article (saving what is new) and returns the saved source whose cue is "scoffed", or null. */
    private static Source scoffed(SuggestService suggest, Path article) throws Exception {
        suggest.suggest(List.of(article), Set.of(Suggestion.ATTRIBUTIONS), false, p -> { });
        DocumentFiles files = DocumentFiles.curated(article);
        if (!Files.exists(files.sidecar())) {
            return null;
        }
        SidecarStore.Loaded l = new SidecarStore().loadOnce(files, CorpusCheck.tagSetFor(article.getParent()));
        for (Source src : l.document().sources()) {
            if (src.cue() != null && src.cue().exact().equals("scoffed")) {
                return src;
            }
        }
        return null;
    }
}
