package org.tandai.ui.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.store.DocumentFiles;
import org.tandai.store.SidecarStore;
import org.tandai.ui.FakeDialogs;
import org.tandai.ui.common.SameThreadTaskRunner;

/** What the corpus list shows beside each article once its annotations are counted. */
class CorpusCountsTest {
    private static final Path SEED = TestFiles.seedArticle();

    @Test
    void eachArticleShowsItsCountsOrWhyItHasNone(@TempDir Path dir) throws Exception {
        Files.copy(SEED, dir.resolve("a.txt"));
        Files.copy(DocumentFiles.curated(SEED).sidecar(), dir.resolve("a.annotations.json"));
        Files.writeString(dir.resolve("b.txt"), "Belum dianotasi.\n");
        Files.writeString(dir.resolve("c.txt"), "Rusak.\n");
        Files.writeString(dir.resolve("c.annotations.json"), "{\"entities\": [");
        FakeDialogs dialogs = new FakeDialogs();
        CorpusViewModel vm = new CorpusViewModel(new SidecarStore(), new SameThreadTaskRunner(), dialogs,
                org.tandai.i18n.Messages.english());
        vm.load(dir);
        assertEquals(List.of("\u2026", "\u2026", "\u2026"), vm.items().stream().map(i -> i.countsProperty().get()).toList(),
                "nothing is counted before countAnnotations (the open article is read first)");

        vm.countAnnotations();

        assertEquals(List.of("23 entities \u00b7 22 claims \u00b7 14 sources", "not annotated", "unreadable annotations"),
                vm.items().stream().map(i -> i.countsProperty().get()).toList());
        assertEquals(List.of(), dialogs.errors, "a broken sidecar is shown in the list, not as an error dialog");
        assertEquals(List.of(), dialogs.notices);
    }
}
