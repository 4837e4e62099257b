package org.tandai.ui.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.SameThreadTaskRunner;

/** What the corpus list shows beside each article once its annotations are counted. */
class CorpusCountsTest {
    private static final Path SEED = Path.of("seeds", "000_39d3cf8f1d629551.txt");

    @Test
    void eachArticleShowsItsCountsOrWhyItHasNone(@TempDir Path dir) throws Exception {
        Files.copy(SEED, dir.resolve("a.txt"));
        Files.copy(SidecarStore.sidecarFor(SEED), dir.resolve("a.annotations.json"));
        Files.writeString(dir.resolve("b.txt"), "Belum dianotasi.\n");
        Files.writeString(dir.resolve("c.txt"), "Rusak.\n");
        Files.writeString(dir.resolve("c.annotations.json"), "{\"entities\": [");
        CorpusViewModel vm = new CorpusViewModel(new SidecarStore(), new SameThreadTaskRunner(), new NoDialogs());
        vm.load(dir);
        assertEquals(List.of("\u2026", "\u2026", "\u2026"), vm.items().stream().map(i -> i.countsProperty().get()).toList(),
                "nothing is counted before countAnnotations (the open article is read first)");

        vm.countAnnotations();

        assertEquals(List.of("23 entities \u00b7 22 claims \u00b7 14 sources", "not annotated", "unreadable annotations"),
                vm.items().stream().map(i -> i.countsProperty().get()).toList());
    }

    private static final class NoDialogs implements DialogService {
        @Override
        public void showError(String title, String message) {
            throw new AssertionError(title + ": " + message);
        }

        @Override
        public void notify(String message) {
        }

        @Override
        public void notifyWarning(String message) {
            throw new AssertionError(message);
        }

        @Override
        public Optional<Integer> choose(String title, String message, List<String> options) {
            return Optional.empty();
        }

        @Override
        public Optional<String> askText(String title, String message, String initial) {
            return Optional.empty();
        }

        @Override
        public Optional<org.tandai.ui.common.SourceDraft> editSource(org.tandai.ui.common.DocumentSession session,
                                                                    org.tandai.ui.common.SourceDraft draft) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(Path initial) {
            return Optional.empty();
        }

        @Override
        public void showText(String title, String text) {
        }
    }
}
