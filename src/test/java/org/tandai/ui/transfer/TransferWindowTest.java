package org.tandai.ui.transfer;

import org.tandai.TestFiles;
import org.tandai.ui.TestWindow;
import org.tandai.ui.FakeDialogs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.interchange.Format;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.model.Status;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;
import org.tandai.store.TagSetStore;
import org.tandai.synth.SyntheticCorpus;
import org.tandai.ui.Workbench;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Export and File ▸ Import driven through the real window under Monocle, with the
 * production background runner: the files on disk, the imported article in the corpus list, and
 * a cancel clicked while an export is in flight.
 */
class TransferWindowTest {
    private static TestWindow window;
    private static Stage stage;
    private static Workbench wb;
    private static final FakeDialogs dialogs = new FakeDialogs();
    private static final GatedTaskRunner runner = new GatedTaskRunner();
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path tmp;

    @BeforeAll
    static void startWindow() throws Exception {
        Settings settings = new Settings();
        settings.width = 1100;
        settings.height = 760;
        window = TestWindow.start(runner, dialogs, settings, "tester");
        stage = window.stage;
        wb = window.workbench;
    }

    @AfterAll
    static void closeWindow() throws Exception {
        window.close();
        runner.shutdown();
    }

    private void openFolder(Path dir, String article) throws Exception {
        robot.interact(() -> wb.openFolder(dir, () -> { }));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> wb.vm().session() != null
                && wb.vm().session().article().getParent().equals(dir.toAbsolutePath().normalize())
                && (article == null || wb.vm().session().name().equals(article)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void menu(String item) {
        robot.clickOn("File");
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private void waitForSummary(String id, String prefix) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(id).startsWith(prefix));
    }

    @Test
    void exportsTheOpenSeedCorpusToJsonlWithItsTextAndLabels() throws Exception {
        Path seed = TestFiles.seed(tmp.resolve("seed")).getParent();
        openFolder(seed, null);
        Path out = tmp.resolve("out");
        dialogs.folders.add(out);
        menu("Export\u2026");
        robot.clickOn("#export-scope-corpus");
        robot.clickOn("#export-choose");
        assertEquals(Format.JSONL, robot.lookup("#export-format").queryAs(ChoiceBox.class).getValue());
        robot.clickOn("#export-start");
        waitForSummary("#export-summary", "Exported");
        assertTrue(text("#export-summary").startsWith("Exported 1 article(s) as jsonl"), text("#export-summary"));

        Path article = seed.resolve("000_39d3cf8f1d629551.txt");
        TagSet tags = TagSetStore.load(seed).tagSet();
        SidecarStore.Loaded loaded = new SidecarStore().load(article, tags);
        List<String> lines = Files.readAllLines(out.resolve("corpus.jsonl"));
        assertEquals(1, lines.size());
        JsonObject record = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertEquals(loaded.text().text(), record.get("text").getAsString());
        Set<String> expected = new HashSet<>();
        for (Entity e : loaded.document().entities()) {
            if (e.status() != Status.REJECTED) {
                for (Span s : e.mentions()) {
                    expected.add(s.start() + " " + s.end() + " " + e.type());
                }
            }
        }
        Set<String> labels = new HashSet<>();
        for (JsonElement l : record.getAsJsonArray("label")) {
            JsonArray a = l.getAsJsonArray();
            labels.add(a.get(0).getAsInt() + " " + a.get(1).getAsInt() + " " + a.get(2).getAsString());
        }
        assertTrue(expected.size() > 10, "the seed has annotations");
        assertEquals(expected, labels);
        robot.clickOn("#export-close");
    }

    @Test
    void importsABratFolderAndOpensItAsTheCorpus() throws Exception {
        Path corpus = tmp.resolve("corpus");
        SyntheticCorpus.write(corpus, "a", 1, 3, 400, 6);
        openFolder(corpus, null);
        Path out = tmp.resolve("imported");
        dialogs.folders.add(Path.of("src/test/resources/transfer/brat").toAbsolutePath());
        dialogs.folders.add(out);
        menu("Import\u2026");
        robot.clickOn("#import-add-folder");
        robot.clickOn("#import-choose");
        robot.clickOn("#import-start");
        waitForSummary("#import-summary", "Imported");
        assertTrue(text("#import-summary").startsWith("Imported 1 article(s) (5 entities"), text("#import-summary"));
        robot.clickOn("#import-open");
        openFolder(out, "banjir.txt");
        assertEquals(List.of("banjir.txt"), wb.corpusView().list().getItems().stream().map(i -> i.name()).toList());
        assertTrue(robot.lookup("banjir.txt").tryQuery().isPresent(), "the article is listed");
        assertEquals(5, wb.vm().session().document().entities().size());
    }

    @Test
    void cancelDuringExportStopsBetweenArticlesAndTheWindowWorksAfterwards() throws Exception {
        Path corpus = tmp.resolve("many");
        int count = 30;
        SyntheticCorpus.write(corpus, "m", count, 5, 300, 4);
        openFolder(corpus, null);
        Path out = tmp.resolve("out-many");
        dialogs.folders.add(out);
        menu("Export\u2026");
        robot.interact(() -> robot.lookup("#export-format").queryAs(ChoiceBox.class).setValue(Format.W3C));
        robot.clickOn("#export-scope-corpus");
        robot.clickOn("#export-choose");
        CountDownLatch gate = runner.holdAtNextProgress();
        robot.clickOn("#export-start");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text("#export-item").startsWith("1 / " + count));
        robot.clickOn("#export-cancel");
        gate.countDown();
        waitForSummary("#export-summary", "Cancelled");
        try (Stream<Path> s = Files.list(out)) {
            long written = s.filter(p -> p.toString().endsWith(".jsonld")).count();
            assertTrue(written < count, written + " files");
            assertEquals(1, written);
        }
        robot.clickOn("#export-close");
        robot.clickOn("m0007.txt");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wb.vm().session().name().equals("m0007.txt"));
    }

    private static java.util.Map<String, byte[]> snapshot(Path dir) throws java.io.IOException {
        java.util.Map<String, byte[]> m = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static void assertUnchanged(java.util.Map<String, byte[]> before, Path dir) throws java.io.IOException {
        java.util.Map<String, byte[]> after = snapshot(dir);
        assertEquals(before.keySet(), after.keySet(), "nothing added to or removed from " + dir);
        before.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(name)), name + " unchanged"));
    }

    /** Issue 14, item 1: the window compares real paths too, for every format, and says why in a dialog. */
    @Test
    void exportToALinkToTheOpenCorpusIsRefusedForEveryFormatAndTheCorpusIsUntouched() throws Exception {
        Path corpus = tmp.resolve("linked");
        SyntheticCorpus.write(corpus, "k", 2, 8, 500, 8);
        Path txt = corpus.resolve("k0000.txt");
        Files.writeString(txt, "\uFEFF" + Files.readString(txt).replace("\n", "\r\n"));
        openFolder(corpus, null);
        Path alias = Files.createSymbolicLink(tmp.resolve("alias"), corpus);
        java.util.Map<String, byte[]> before = snapshot(corpus);
        dialogs.folders.add(alias);
        menu("Export\u2026");
        robot.clickOn("#export-scope-corpus");
        robot.clickOn("#export-choose");
        for (Format f : Format.values()) {
            int errors = dialogs.errors.size();
            robot.interact(() -> robot.lookup("#export-format").queryAs(ChoiceBox.class).setValue(f));
            robot.clickOn("#export-start");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.errors.size() > errors);
            WaitForAsyncUtils.waitForFxEvents();
            String error = dialogs.errors.get(errors);
            assertTrue(error.startsWith("Export failed: Export stopped: the output folder holds the articles being exported (through a link: "
                    + "both are " + corpus.toRealPath() + ")"), f + ": " + error);
            assertTrue(text("#export-summary").startsWith("Export stopped: the output folder holds the articles being exported"), text("#export-summary"));
            assertUnchanged(before, corpus);
        }
        robot.clickOn("#export-close");
    }

    /** Issue 14, item 1: importing into a source folder through a link is refused in the window as well. */
    @Test
    void importIntoALinkToTheSourceFolderIsRefusedWithADialog() throws Exception {
        Path corpus = tmp.resolve("corpus-i");
        SyntheticCorpus.write(corpus, "i", 1, 3, 400, 6);
        openFolder(corpus, null);
        Path src = tmp.resolve("brat-src");
        Files.createDirectories(src);
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/transfer/brat"))) {
            for (Path f : files.toList()) {
                Files.copy(f, src.resolve(f.getFileName()));
            }
        }
        Path alias = Files.createSymbolicLink(tmp.resolve("brat-alias"), src);
        java.util.Map<String, byte[]> before = snapshot(src);
        int errors = dialogs.errors.size();
        dialogs.folders.add(src);
        dialogs.folders.add(alias);
        menu("Import\u2026");
        robot.clickOn("#import-add-folder");
        robot.clickOn("#import-choose");
        robot.clickOn("#import-start");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.errors.size() > errors);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.errors.get(errors).contains("is the source folder " + src), dialogs.errors.get(errors));
        assertUnchanged(before, src);
        robot.clickOn("#import-close");
    }
}
