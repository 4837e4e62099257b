package org.tandai.ui.transfer;

import org.tandai.store.DocumentFiles;
import org.tandai.ui.FakeDialogs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.interchange.ClaimReviewSettings;
import org.tandai.interchange.ExportService;
import org.tandai.interchange.Format;
import org.tandai.store.SidecarStore;
import org.tandai.synth.SyntheticCorpus;
import org.tandai.ui.common.SameThreadTaskRunner;

/** The export ViewModel without a toolkit: files on disk, cancel between articles, problems listed. */
class ExportViewModelTest {
    @TempDir
    Path tmp;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> saves = new ArrayList<>();
    private boolean saveFails;
    private Runnable deferredSave;
    private Path corpus;
    private Path current;

    private ExportViewModel vm() throws Exception {
        return vm(new SidecarStore());
    }

    private ExportViewModel vm(SidecarStore store) throws Exception {
        corpus = tmp.resolve("corpus");
        SyntheticCorpus.write(corpus, "n", 5, 11, 600, 12);
        current = corpus.resolve("n0002.txt");
        TransferHost host = new TransferHost(() -> corpus, () -> current, (next, failed) -> {
            saves.add("save");
            if (deferredSave == null) {
                (saveFails ? failed : next).run();
            } else {
                deferredSave = next;
            }
        }, p -> { });
        return new ExportViewModel(new ExportService(store), new SameThreadTaskRunner(), dialogs, host,
                org.tandai.i18n.Messages.english());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void currentArticleScopeExportsOnlyTheOpenArticleAfterSaving() throws Exception {
        ExportViewModel vm = vm();
        Path out = tmp.resolve("out");
        dialogs.folders.add(out);
        vm.chooseOutDir();
        vm.formatProperty().set(Format.W3C);
        vm.scopeProperty().set(ExportViewModel.Scope.ARTICLE);
        vm.start();
        assertEquals(List.of("save"), saves);
        assertEquals(List.of("n0002.jsonld"), names(out));
        assertTrue(vm.job().summaryProperty().get().startsWith("Exported 1 article(s) as w3c"), vm.job().summaryProperty().get());
        assertFalse(vm.job().isRunning());
    }

    @Test
    void corpusScopeExportsEveryArticle() throws Exception {
        ExportViewModel vm = vm();
        Path out = tmp.resolve("out");
        vm.outDirProperty().set(out);
        vm.formatProperty().set(Format.W3C);
        vm.start();
        assertEquals(List.of("n0000.jsonld", "n0001.jsonld", "n0002.jsonld", "n0003.jsonld", "n0004.jsonld"), names(out));
        assertEquals("5 / 5 \u00b7 n0004.txt", vm.job().progressTextProperty().get());
        assertTrue(dialogs.notices.get(0).startsWith("Exported 5 article(s)"));
    }

    @Test
    void cancelAfterTheFirstArticleStopsBeforeTheNext() throws Exception {
        ExportViewModel vm = vm();
        Path out = tmp.resolve("out");
        vm.outDirProperty().set(out);
        vm.formatProperty().set(Format.W3C);
        vm.job().progressTextProperty().addListener((o, a, b) -> vm.cancel());
        vm.start();
        assertEquals(List.of("n0000.jsonld"), names(out));
        assertTrue(vm.job().summaryProperty().get().startsWith("Cancelled: exported 1 article(s)"), vm.job().summaryProperty().get());
        assertFalse(vm.job().isRunning());
    }

    @Test
    void unreadableSidecarIsListedAsLocatedProblemAndTheRestIsExported() throws Exception {
        ExportViewModel vm = vm();
        Path broken = DocumentFiles.curated(corpus.resolve("n0001.txt")).sidecar();
        Files.writeString(broken, "{ not json", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        vm.outDirProperty().set(out);
        vm.start();
        String jsonl = Files.readString(out.resolve("corpus.jsonl"));
        assertEquals(4, jsonl.lines().count());
        assertTrue(vm.job().problems().stream().anyMatch(l -> l.startsWith(broken.toString() + ": ")), vm.job().problems().toString());
        assertTrue(vm.job().problems().stream().noneMatch(l -> l.contains("Exception") || l.contains("\tat ")));
        assertTrue(vm.job().summaryProperty().get().contains("error(s) listed below"), vm.job().summaryProperty().get());
    }

    @Test
    void exportIntoTheCorpusFolderIsRefusedWithAMessage() throws Exception {
        ExportViewModel vm = vm();
        vm.outDirProperty().set(corpus);
        vm.formatProperty().set(Format.BRAT);
        vm.start();
        assertTrue(vm.job().summaryProperty().get().startsWith("Export stopped:"), vm.job().summaryProperty().get());
        assertTrue(vm.job().problems().get(0).contains("holds the articles being exported"), vm.job().problems().toString());
        assertEquals(5, names(corpus).stream().filter(n -> n.endsWith(".txt")).count());
        assertFalse(names(corpus).stream().anyMatch(n -> n.endsWith(".ann")));
    }

    @Test
    void cancelWhileTheOpenArticleIsBeingSavedExportsNothing() throws Exception {
        ExportViewModel vm = vm();
        deferredSave = () -> { };
        Path out = tmp.resolve("out");
        vm.outDirProperty().set(out);
        vm.start();
        assertTrue(vm.job().isRunning());
        vm.cancel();
        deferredSave.run();
        assertFalse(Files.exists(out));
        assertEquals("Cancelled: nothing was exported.", vm.job().summaryProperty().get());
        assertFalse(vm.job().isRunning());
    }

    @Test
    void failedSaveExportsNothing() throws Exception {
        ExportViewModel vm = vm();
        saveFails = true;
        Path out = tmp.resolve("out");
        vm.outDirProperty().set(out);
        vm.start();
        assertFalse(Files.exists(out));
        assertEquals("Not exported: the open article could not be saved.", vm.job().summaryProperty().get());
    }

    @Test
    void claimReviewPublisherIsPrefilledFromTheCorpusSettingsAndCanBeOverridden() throws Exception {
        ExportViewModel vm = vm();
        Files.writeString(corpus.resolve(ClaimReviewSettings.FILE_NAME),
                "{\"claimReview\": {\"publisher\": \"Cek Fakta\", \"publisherUrl\": \"https://cekfakta.example\"}}");
        assertFalse(vm.claimReviewProperty().get());
        vm.formatProperty().set(Format.CLAIMREVIEW);
        assertTrue(vm.claimReviewProperty().get());
        assertEquals("Cek Fakta", vm.publisherProperty().get());
        assertEquals("https://cekfakta.example", vm.publisherUrlProperty().get());
        vm.publisherProperty().set("Tim Periksa");
        Path out = tmp.resolve("out");
        vm.outDirProperty().set(out);
        vm.start();
        try (Stream<Path> s = Files.list(out)) {
            String all = String.join("\n", s.map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }).toList());
            assertTrue(all.contains("Tim Periksa"), "publisher override written");
            assertFalse(all.contains("Cek Fakta"));
        }
    }

    /** Issue 14, item 5: running out of memory on an article ends the export with a dialog, never a stack trace. */
    @Test
    void outOfMemoryOnAnArticleEndsTheExportWithADialogNamingIt() throws Exception {
        SidecarStore starved = new SidecarStore() {
            @Override
            public Loaded loadOnce(org.tandai.store.DocumentFiles files, org.tandai.model.TagSet tags) throws org.tandai.store.StoreException {
                Path article = files.article();
                if (article.getFileName().toString().equals("n0003.txt")) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return super.loadOnce(files, tags);
            }
        };
        ExportViewModel vm = vm(starved);
        Path out = tmp.resolve("out");
        vm.outDirProperty().set(out);
        vm.formatProperty().set(Format.CONLL);
        vm.start();
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(dialogs.errors.get(0).startsWith("Export failed: Export stopped: not enough memory (Java heap space); give "
                + "Tandai more, e.g. TANDAI_JAVA_OPTS=-Xmx2g; nothing was written: corpus.conll come(s) into place only when "
                + "the export completes, so any previous one is unchanged."), dialogs.errors.get(0));
        assertTrue(vm.job().problems().contains(corpus.resolve("n0003.txt") + ": export: stopped: not enough memory (Java heap "
                + "space); give Tandai more, e.g. TANDAI_JAVA_OPTS=-Xmx2g; nothing was written: corpus.conll come(s) into "
                + "place only when the export completes, so any previous one is unchanged"), vm.job().problems().toString());
        assertEquals(List.of(), names(out), "no corpus.conll, empty or partial");
        assertFalse(vm.job().isRunning());
    }
}
