package org.tandai.ui.transfer;

import org.tandai.store.DocumentFiles;
import org.tandai.ui.FakeDialogs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.interchange.Format;
import org.tandai.interchange.ImportService;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.SameThreadTaskRunner;

/** The import ViewModel without a toolkit: articles on disk, the report, never overwriting, cancel. */
class ImportViewModelTest {
    static final Path BRAT = Path.of("src/test/resources/transfer/brat");

    @TempDir
    Path tmp;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<Path> opened = new ArrayList<>();

    private ImportViewModel vm() {
        TransferHost host = new TransferHost(() -> null, () -> null, (next, failed) -> next.run(), opened::add);
        return new ImportViewModel(() -> new ImportService(new SidecarStore(), "Ani"), new SameThreadTaskRunner(), dialogs, host,
                org.tandai.i18n.Messages.english());
    }

    @Test
    void bratFolderImportsAnArticleReportsWhatCouldNotBeMappedAndOpensTheFolder() throws Exception {
        ImportViewModel vm = vm();
        Path out = tmp.resolve("imported");
        dialogs.folders.add(BRAT);
        dialogs.folders.add(out);
        vm.chooseSourceFolder();
        vm.chooseOutDir();
        assertTrue(vm.canStartProperty().get());
        vm.start();
        assertTrue(Files.isRegularFile(out.resolve("banjir.txt")));
        String sidecar = Files.readString(DocumentFiles.curated(out.resolve("banjir.txt")).sidecar());
        assertTrue(sidecar.contains("\"Dedie Rachim\""), sidecar);
        assertTrue(sidecar.contains("\"createdBy\": \"Ani\""), "the annotator is recorded as the importer");
        String summary = vm.job().summaryProperty().get();
        assertTrue(summary.startsWith("Imported 1 article(s) (5 entities, 0 claims, 0 sources) from 1 file(s)"), summary);
        assertTrue(summary.contains("New entity types: INSTITUSI"), summary);
        assertTrue(vm.job().problems().stream().anyMatch(l -> l.contains("banjir.ann") && l.contains("warning:")),
                vm.job().problems().toString());
        assertEquals(out, vm.importedProperty().get());
        vm.openImported();
        assertEquals(List.of(out), opened);
    }

    @Test
    void importingTwiceKeepsTheFirstArticleAndRenamesTheSecond() throws Exception {
        ImportViewModel vm = vm();
        Path out = tmp.resolve("imported");
        vm.sources().add(BRAT.resolve("banjir.ann"));
        vm.outDirProperty().set(out);
        vm.start();
        String first = Files.readString(out.resolve("banjir.txt"));
        vm.start();
        assertEquals(first, Files.readString(out.resolve("banjir.txt")));
        assertTrue(Files.isRegularFile(out.resolve("banjir-2.txt")));
        assertTrue(vm.job().problems().stream().anyMatch(l -> l.contains("imported as banjir-2.txt")), vm.job().problems().toString());
    }

    @Test
    void cancelStopsAfterTheFirstArticleOfAMultiDocumentFile() throws Exception {
        Path conll = tmp.resolve("three.conll");
        Files.writeString(conll, "-DOCSTART- O\n\nBudi B-PERSON\n\n-DOCSTART- O\n\nAni B-PERSON\n\n-DOCSTART- O\n\nSri B-PERSON\n");
        ImportViewModel vm = vm();
        vm.formatProperty().set(Format.CONLL);
        vm.sources().add(conll);
        Path out = tmp.resolve("imported");
        vm.outDirProperty().set(out);
        vm.job().progressTextProperty().addListener((o, a, b) -> vm.cancel());
        vm.start();
        try (var s = Files.list(out)) {
            assertEquals(1, s.filter(p -> p.toString().endsWith(".txt")).count());
        }
        assertTrue(vm.job().summaryProperty().get().startsWith("Cancelled: imported 1 article(s)"), vm.job().summaryProperty().get());
        assertFalse(vm.job().isRunning());
    }

    @Test
    void missingSourceIsReportedAndNothingIsOffered() throws Exception {
        ImportViewModel vm = vm();
        vm.sources().add(tmp.resolve("nowhere.ann"));
        vm.outDirProperty().set(tmp.resolve("imported"));
        vm.start();
        assertTrue(vm.job().problems().get(0).endsWith("nowhere.ann: file: no such file or folder"), vm.job().problems().toString());
        assertNull(vm.importedProperty().get());
    }
}
