package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.Anchor;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Fingerprint;
import org.tandai.store.RecoveryJournal;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.Change;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Settings;
import org.tandai.ui.guard.ReviewItem;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 4 in the real window (docs/reliability.md, "The window"): a crashed session's journal is
 * offered and restored, outside changes reload or ask, a drifted seed is re-anchored with a summary
 * and an Orphans list whose re-attach is undoable, and a newer-format file stays untouched. Outside
 * changes are checked with {@code checkNow()} instead of waiting for the two-second poll.
 */
class WindowReliabilityTest {
    private static TestWindow window;
    private static Stage stage;
    private static Workbench wb;
    private static final FakeDialogs dialogs = new FakeDialogs();
    private static final Settings settings = new Settings();
    private final FxRobot robot = new FxRobot();
    private final SidecarStore store = new SidecarStore();

    @TempDir
    Path tmp;
    private Path article;
    private Path sidecar;

    @BeforeAll
    static void startWindow() throws Exception {
        window = TestWindow.standard(dialogs, settings);
        stage = window.stage;
        wb = window.workbench;
    }

    @AfterAll
    static void closeWindow() throws Exception {
        window.close();
    }

    @BeforeEach
    void copyCorpus() throws IOException {
        TestFiles.copyFolder(TestFiles.resource("corpus"), tmp);
        article = tmp.resolve("alpha.txt");
        sidecar = DocumentFiles.curated(article).sidecar();
        dialogs.clear();
        settings.lastArticle = null;
    }

    @AfterEach
    void leaveNothingUnsaved() {
        // A test may end with edits deliberately left unsaved; drop them so the next test's
        // openFolder does not save (or ask) into this test's deleted folder.
        robot.interact(() -> {
            DocumentSession s = session();
            if (s != null) {
                s.history().markSaved(s.history().revision());
            }
        });
    }

    private void openCorpus() {
        robot.interact(() -> wb.openFolder(tmp, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DocumentSession session() {
        return wb.vm().session();
    }

    private boolean entityRow(String name) {
        return wb.entitiesView().table().getItems().stream().anyMatch(e -> e.name().equals(name));
    }

    /** Another program (or annotator) adds an entity to the sidecar on disk. */
    private void addEntityOnDisk(String name, String type) throws Exception {
        SidecarStore.Loaded l = store.load(article, TagSet.defaults());
        l.document().add(entity(l.document(), l.text(), name, type));
        store.save(article, l.document());
    }

    private static Entity entity(AnnotatedDocument doc, ArticleText text, String name, String type) {
        Entity e = new Entity(doc.newId(Kind.ENTITY), name, type);
        int at = text.toCodePoint(text.text().indexOf(name));
        e.mentions().add(Span.of(text, at, at + name.codePointCount(0, name.length())));
        return e;
    }

    private String onDisk(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void journalLeftByACrashedSessionIsOfferedRestoredAndClearedBySaving() throws Exception {
        SidecarStore.Loaded l = store.load(article, TagSet.defaults());
        l.document().add(entity(l.document(), l.text(), "Vietnam", "LOCATION"));
        Path journal = DocumentFiles.curated(article).journal();
        new RecoveryJournal(store, null, Runnable::run, Duration.ofSeconds(1), e -> { })
                .write(DocumentFiles.curated(article), l.document(), Fingerprint.of(sidecar));
        dialogs.choices.add(0);  // "Restore my unsaved edits"

        openCorpus();

        assertTrue(dialogs.questions.stream().anyMatch(q -> q.contains("unsaved edits to alpha.txt")), dialogs.questions.toString());
        assertTrue(entityRow("Vietnam"), "restored entity listed");
        assertEquals("Tandai \u2014 alpha.txt*", stage.getTitle());
        assertFalse(onDisk(sidecar).contains("Vietnam"), "restored, not yet saved");
        assertTrue(Files.exists(journal), "journal kept until saved");

        robot.interact(() -> wb.vm().save());
        assertTrue(onDisk(sidecar).contains("\"name\": \"Vietnam\""));
        assertFalse(Files.exists(journal), "a successful save clears the journal");
    }

    @Test
    void discardedJournalIsDeletedAndTheFileOpensAsItWas() throws Exception {
        SidecarStore.Loaded l = store.load(article, TagSet.defaults());
        l.document().add(entity(l.document(), l.text(), "Vietnam", "LOCATION"));
        Path journal = DocumentFiles.curated(article).journal();
        new RecoveryJournal(store, null, Runnable::run, Duration.ofSeconds(1), e -> { })
                .write(DocumentFiles.curated(article), l.document(), Fingerprint.of(sidecar));
        dialogs.choices.add(1);  // "Discard them"

        openCorpus();

        assertFalse(entityRow("Vietnam"));
        assertFalse(Files.exists(journal));
        assertEquals("Tandai \u2014 alpha.txt", stage.getTitle());
    }

    @Test
    void unsavedEditsThatCannotBeSavedAreJournaledWithinAboutASecond() throws Exception {
        openCorpus();
        addEntityOnDisk("Badan Pusat Statistik", "ORGANIZATION");
        robot.interact(() -> {
            DocumentSession s = session();
            s.apply("add", List.of(Change.add(s.stamp(entity(s.document(), s.text(), "Vietnam", "LOCATION")))));
        });
        dialogs.choices.add(-1);  // dismiss the conflict question: nothing may be written over theirs
        robot.interact(() -> wb.vm().save());
        assertFalse(onDisk(sidecar).contains("Vietnam"), "their file is not overwritten");

        Path journal = DocumentFiles.curated(article).journal();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(journal));
        assertTrue(onDisk(journal).contains("Vietnam"), "the unsaved edit is in the journal");
    }

    @Test
    void outsideChangeWithoutLocalEditsIsReloaded() throws Exception {
        openCorpus();
        assertFalse(entityRow("Badan Pusat Statistik"));

        addEntityOnDisk("Badan Pusat Statistik", "ORGANIZATION");
        robot.interact(() -> wb.vm().lifecycle().checkNow());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(entityRow("Badan Pusat Statistik"), "their new row appears");
        assertTrue(dialogs.notices.stream().anyMatch(n -> n.contains("changed outside Tandai")), dialogs.notices.toString());
        assertTrue(dialogs.questions.isEmpty(), "nothing to ask without local edits");
        assertEquals("Tandai \u2014 alpha.txt", stage.getTitle());
    }

    @Test
    void textChangedOutsideIsReloadedAndReanchoredOnlyOnce() throws Exception {
        openCorpus();
        Files.writeString(article, "Tambahan.\n\n" + onDisk(article).replace(" di Jakarta", ""), StandardCharsets.UTF_8);

        robot.interact(() -> wb.vm().lifecycle().checkNow());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.notices.stream().anyMatch(n -> n.contains("has been reloaded")), dialogs.notices.toString());
        assertTrue(dialogs.notices.stream().anyMatch(n -> n.contains("1 orphaned")), dialogs.notices.toString());
        assertTrue(wb.orphansView().table().getItems().stream().anyMatch(r -> r.span().exact().equals("Jakarta")));
        int notices = dialogs.notices.size();
        robot.interact(() -> wb.vm().lifecycle().checkNow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(notices, dialogs.notices.size(), "the same change is not reported twice");
    }

    @Test
    void outsideChangeWithLocalEditsKeepBothSavesTheirsAsideAndMineInPlace() throws Exception {
        openCorpus();
        addEntityOnDisk("Badan Pusat Statistik", "ORGANIZATION");
        robot.interact(() -> {
            DocumentSession s = session();
            s.apply("add", List.of(Change.add(s.stamp(entity(s.document(), s.text(), "Vietnam", "LOCATION")))));
        });
        dialogs.choices.add(0);  // "Keep both"

        robot.interact(() -> wb.vm().lifecycle().checkNow());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, dialogs.questions.size(), dialogs.questions.toString());
        List<Path> theirs;
        try (Stream<Path> files = Files.list(tmp)) {
            theirs = files.filter(f -> f.getFileName().toString().startsWith("alpha.annotations.theirs-")).toList();
        }
        assertEquals(1, theirs.size(), "theirs saved aside under a clear name");
        assertTrue(onDisk(theirs.get(0)).contains("Badan Pusat Statistik"));
        assertFalse(onDisk(theirs.get(0)).contains("Vietnam"));
        assertTrue(onDisk(sidecar).contains("Vietnam"), "mine saved in place");
        assertFalse(onDisk(sidecar).contains("Badan Pusat Statistik"));
        assertEquals("Tandai \u2014 alpha.txt", stage.getTitle());
        assertFalse(Files.exists(DocumentFiles.curated(article).journal()));
    }

    @Test
    void saveRefusedBecauseTheFileChangedAsksAndKeepMineOverwritesKnowingly() throws Exception {
        openCorpus();
        robot.interact(() -> {
            DocumentSession s = session();
            s.apply("add", List.of(Change.add(s.stamp(entity(s.document(), s.text(), "Vietnam", "LOCATION")))));
        });
        addEntityOnDisk("Badan Pusat Statistik", "ORGANIZATION");
        dialogs.choices.add(1);  // "Keep mine"

        robot.interact(() -> wb.vm().save());

        assertEquals(1, dialogs.questions.size(), "the refused save asks instead of failing or overwriting");
        assertTrue(onDisk(sidecar).contains("Vietnam"));
        assertFalse(onDisk(sidecar).contains("Badan Pusat Statistik"));
        assertTrue(Files.readString(DocumentFiles.curated(article).backup()).contains("Badan Pusat Statistik"),
                "theirs stays as the backup");
        assertEquals("Tandai \u2014 alpha.txt", stage.getTitle());
    }

    @Test
    void takeTheirsReloadsTheirVersion() throws Exception {
        openCorpus();
        addEntityOnDisk("Badan Pusat Statistik", "ORGANIZATION");
        robot.interact(() -> {
            DocumentSession s = session();
            s.apply("add", List.of(Change.add(s.stamp(entity(s.document(), s.text(), "Vietnam", "LOCATION")))));
        });
        dialogs.choices.add(2);  // "Take theirs"

        robot.interact(() -> wb.vm().lifecycle().checkNow());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(entityRow("Badan Pusat Statistik"));
        assertFalse(entityRow("Vietnam"));
        assertFalse(onDisk(sidecar).contains("Vietnam"));
        assertFalse(Files.exists(DocumentFiles.curated(article).journal()));
    }

    @Test
    void driftedSeedIsReanchoredWithASummaryAndItsOrphanCanBeReattachedAndUndone() throws Exception {
        Files.writeString(article, "Laporan tambahan dari redaksi pagi ini.\n\n"
                + "\u201cHarga beras naik 25 persen,\u201d kata Budi Santoso, Senin.\n"
                + "Menurut Badan Pusat Statistik, inflasi bulan lalu mencapai 3 persen.\n"
                + "Budi Santoso juga mengatakan bahwa pemerintah akan menambah impor beras dari Vietnam.\n",
                StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(sidecar);

        openCorpus();

        assertTrue(dialogs.notices.stream().anyMatch(n -> n.contains("2 moved, 1 changed (marked for review), 1 orphaned")),
                dialogs.notices.toString());
        assertEquals("Tandai \u2014 alpha.txt*", stage.getTitle());
        assertArrayEquals(before, Files.readAllBytes(sidecar), "re-anchoring is not saved until the user saves");
        List<ReviewItem> rows = wb.orphansView().table().getItems();
        ReviewItem orphan = rows.stream().filter(r -> r.anchor() == Anchor.ORPHANED).findFirst().orElseThrow();
        assertEquals("Jakarta", orphan.span().exact());
        assertTrue(rows.stream().anyMatch(r -> r.anchor() == Anchor.REVIEW && r.location().equals("c1.span")));
        assertTrue(robot.lookup(".tab").queryAll().stream().anyMatch(t -> t.lookup(".tab-label") instanceof
                javafx.scene.control.Labeled l && l.getText().equals("Orphans (2)") && t.getStyleClass().contains("tab")
                && t.getPseudoClassStates().stream().anyMatch(pc -> pc.getPseudoClassName().equals("selected"))),
                "the Orphans tab is shown with its count");

        int vietnam = wb.articleView().area().getText().indexOf("Vietnam");
        robot.interact(() -> {
            wb.orphansView().table().getSelectionModel().select(orphan);
            wb.articleVm().selectText(vietnam, vietnam + "Vietnam".length());
        });
        robot.clickOn(wb.articleView().area());
        robot.interact(() -> wb.articleVm().selectText(vietnam, vietnam + "Vietnam".length()));
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);  // Re-attach Orphan to Selection
        WaitForAsyncUtils.waitForFxEvents();
        Entity jakarta = (Entity) session().document().find(orphan.annotationId());
        assertEquals("Vietnam", jakarta.mentions().get(0).exact());
        assertEquals(Anchor.OK, jakarta.mentions().get(0).anchor());
        assertTrue(wb.orphansView().table().getItems().stream().noneMatch(r -> r.anchor() == Anchor.ORPHANED));
        assertTrue(wb.articleView().area().getStyleOfChar(vietnam).contains("ent-LOCATION"));

        robot.interact(() -> wb.vm().undo());
        assertTrue(wb.orphansView().table().getItems().stream()
                .anyMatch(r -> r.anchor() == Anchor.ORPHANED && r.span().exact().equals("Jakarta")));

        ReviewItem review = wb.orphansView().table().getItems().stream()
                .filter(r -> r.anchor() == Anchor.REVIEW).findFirst().orElseThrow();
        robot.interact(() -> wb.orphansView().table().getSelectionModel().select(review));
        assertEquals("Harga beras naik 25 persen", wb.articleView().area().getSelectedText(),
                "choosing a review row shows its new text");
        robot.clickOn("#clear-review-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(wb.orphansView().table().getItems().stream().noneMatch(r -> r.anchor() == Anchor.REVIEW));
        assertEquals(Anchor.OK, ((org.tandai.model.Claim) session().document().find("c1")).span().anchor());

        robot.interact(() -> wb.vm().save());
        String saved = onDisk(sidecar);
        assertTrue(saved.contains("\"exact\": \"Jakarta\"") && saved.contains("\"anchor\": \"orphaned\""),
                "the orphan is saved with its old quote, never dropped");
    }

    @Test
    void truncatedSidecarOpensReadOnlyNamingFileAndLineAndIsNeverWritten() throws Exception {
        String json = onDisk(sidecar);
        Files.writeString(sidecar, json.substring(0, json.length() / 2), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(sidecar);

        openCorpus();

        assertTrue(dialogs.errors.stream().anyMatch(e -> e.contains("alpha.annotations.json") && e.contains("line")),
                dialogs.errors.toString());
        assertEquals("Tandai \u2014 alpha.txt (read-only)", stage.getTitle());
        robot.interact(() -> wb.vm().requestClose(() -> { }));
        assertArrayEquals(before, Files.readAllBytes(sidecar));
    }

    @Test
    void newerFormatSidecarOpensReadOnlyAndIsNeverWritten() throws Exception {
        Files.writeString(sidecar, onDisk(sidecar).replaceFirst("\"version\": [0-9]+,", "\"version\": 99,"), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(sidecar);

        openCorpus();

        assertTrue(dialogs.errors.stream().anyMatch(e -> e.contains("alpha.annotations.json") && e.contains("version")),
                dialogs.errors.toString());
        assertEquals("Tandai \u2014 alpha.txt (read-only)", stage.getTitle());
        int at = wb.articleView().area().getText().indexOf("Vietnam");
        robot.interact(() -> wb.articleVm().selectText(at, at + "Vietnam".length()));
        robot.clickOn(wb.articleView().area());
        robot.interact(() -> wb.articleVm().selectText(at, at + "Vietnam".length()));
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(entityRow("Vietnam"), "editing is disabled");

        robot.interact(() -> {
            wb.vm().save();
            wb.vm().requestClose(() -> { });
        });
        assertArrayEquals(before, Files.readAllBytes(sidecar));
        assertFalse(Files.exists(DocumentFiles.curated(article).journal()));
    }

    @Test
    void anArticleReadAheadAtStartUpIsReadAgainWhenItChangedBeforeItOpens() throws Exception {
        // At start-up the last article is read while the window is built (prefetch). If another
        // program changes it in between, the window must show the file as it is now.
        robot.interact(() -> wb.vm().prefetch(tmp, "alpha.txt"));
        Files.writeString(sidecar, onDisk(sidecar).replace("\"name\": \"Jakarta\"", "\"name\": \"Jakarta Raya\""),
                StandardCharsets.UTF_8);
        settings.lastArticle = "alpha.txt";

        openCorpus();

        assertTrue(session().document().entities().stream().anyMatch(e -> e.name().equals("Jakarta Raya")));
        assertTrue(entityRow("Jakarta Raya"));
    }

    @Test
    void aReadAheadPicksTheArticleTheFolderOpensOnAndIsDroppedForAnother() throws Exception {
        assertEquals(article, WorkbenchViewModel.firstToOpen(List.of(article, tmp.resolve("beta.txt")), "../alpha.txt"));
        assertEquals(tmp.resolve("beta.txt"), WorkbenchViewModel.firstToOpen(List.of(article, tmp.resolve("beta.txt")), "beta.txt"));
        robot.interact(() -> wb.vm().prefetch(tmp, "beta.txt"));
        settings.lastArticle = "alpha.txt";

        openCorpus();

        assertEquals("Tandai \u2014 alpha.txt", stage.getTitle());
        assertTrue(entityRow("Budi Santoso"));
    }

    @Test
    void textLeftInAFormIsNeverWrittenIntoTheNextArticlesRecordWithTheSameId() throws Exception {
        // Ids repeat across articles (every article has an e1 and a c1). Text still pending in a
        // form when another article opens belongs to the old article, not to the new one's e1/c1.
        Path gamma = tmp.resolve("gamma.txt");
        Files.copy(article, gamma);
        Files.copy(sidecar, DocumentFiles.curated(gamma).sidecar());
        byte[] gammaBefore = Files.readAllBytes(DocumentFiles.curated(gamma).sidecar());
        settings.lastArticle = "alpha.txt";
        openCorpus();
        robot.interact(() -> wb.selection().select("e1", null));
        robot.interact(() -> wb.selection().select("c1", null));
        javafx.scene.control.TextField name = robot.lookup("#entity-name").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.TextArea statement = robot.lookup("#claim-statement").queryAs(javafx.scene.control.TextArea.class);
        robot.interact(() -> {
            name.setText("Typed for alpha");
            statement.setText("Typed for alpha too");
        });

        robot.interact(() -> wb.vm().open(gamma, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            wb.selection().select("e2", null);
            wb.selection().select("c1", null);
            wb.vm().save();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Tandai \u2014 gamma.txt", stage.getTitle());
        assertFalse(entityRow("Typed for alpha"), "the new article's e1 was not renamed");
        assertFalse(session().document().claims().stream().anyMatch(c -> "Typed for alpha too".equals(c.statement())));
        assertArrayEquals(gammaBefore, Files.readAllBytes(DocumentFiles.curated(gamma).sidecar()), "gamma's file is untouched");
    }
}
