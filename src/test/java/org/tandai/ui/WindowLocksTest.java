package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.ChildJvm;
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
import org.tandai.ui.common.SameThreadTaskRunner;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14 in the real window: an article another process has open opens read-only, names who
 * holds it and leaves that window's recovery journal alone (until that process dies: its lock dies
 * with it and the journal is offered); a failing journal write is reported once, not every second.
 */
class WindowLocksTest {
    /** Fails every recovery-journal write the way a full disk does, while {@link #failJournal} is set. */
    static final class JournalDiskFull extends SidecarStore {
        volatile boolean failJournal;

        @Override
        protected void writeTemp(Path tmp, byte[] bytes) throws IOException {
            if (failJournal && tmp.getFileName().toString().contains(RecoveryJournal.SUFFIX)) {
                throw new FileSystemException(tmp.toString(), null, "No space left on device");
            }
            super.writeTemp(tmp, bytes);
        }

        @Override
        protected void streamTemp(Path tmp, org.tandai.store.AtomicWriter.Body body) throws IOException {
            // The journal is streamed: hand its bytes to the full disk above.
            writeTemp(tmp, org.tandai.store.AtomicWriter.bytesOf(body));
        }
    }

    private static TestWindow window;
    private static Stage stage;
    private static Workbench wb;
    private static final FakeDialogs dialogs = new FakeDialogs();
    private static final JournalDiskFull windowStore = new JournalDiskFull();
    private final FxRobot robot = new FxRobot();
    private final SidecarStore store = new SidecarStore();

    @TempDir
    Path tmp;
    private Path article;
    private Path sidecar;

    @BeforeAll
    static void startWindow() throws Exception {
        Settings settings = new Settings();
        settings.width = 1280;
        settings.height = 800;
        window = TestWindow.start(windowStore, new SameThreadTaskRunner(), dialogs, settings, "tester");
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
        windowStore.failJournal = false;
    }

    @AfterEach
    void leaveNothingUnsaved() {
        robot.interact(() -> {
            DocumentSession s = wb.vm().session();
            if (s != null) {
                s.history().markSaved(s.history().revision());
            }
            wb.vm().lifecycle().stopWatching();  // gives up the article, as closing the window does
        });
    }

    private void open(Path a) {
        robot.interact(() -> wb.vm().open(a, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Entity entity(AnnotatedDocument doc, ArticleText text, String name, String type) {
        Entity e = new Entity(doc.newId(Kind.ENTITY), name, type);
        int at = text.toCodePoint(text.text().indexOf(name));
        e.mentions().add(Span.of(text, at, at + name.codePointCount(0, name.length())));
        return e;
    }

    private boolean addEntity(String name) {
        boolean[] applied = new boolean[1];
        robot.interact(() -> {
            DocumentSession s = wb.vm().session();
            applied[0] = s.apply("add", List.of(Change.add(s.stamp(entity(s.document(), s.text(), name, "LOCATION")))));
        });
        return applied[0];
    }

    @Test
    void anArticleOpenInAnotherProcessOpensReadOnlyNamesItsHolderAndLeavesItsJournalAlone() throws Exception {
        // The other window's live journal: its unsaved edits, written a moment ago.
        SidecarStore.Loaded l = store.load(article, TagSet.defaults());
        l.document().add(entity(l.document(), l.text(), "Vietnam", "LOCATION"));
        Path journal = DocumentFiles.curated(article).journal();
        new RecoveryJournal(store, null, Runnable::run, Duration.ofSeconds(1), e -> { })
                .write(DocumentFiles.curated(article), l.document(), Fingerprint.of(sidecar));
        byte[] journalBytes = Files.readAllBytes(journal);
        byte[] sidecarBytes = Files.readAllBytes(sidecar);

        try (ChildJvm other = ChildJvm.start(HoldArticle.class, List.of(), article.toString(), "Budi")) {
            other.expect("held", 60);
            robot.interact(() -> wb.openFolder(tmp, () -> { }));
            WaitForAsyncUtils.waitForFxEvents();

            assertEquals("Tandai \u2014 alpha.txt (read-only)", stage.getTitle());
            assertTrue(dialogs.errors.stream().anyMatch(e -> e.startsWith("Opened read-only: alpha.annotations.json: "
                    + "it is open in another Tandai window (Budi, process " + other.pid() + " on ")), dialogs.errors.toString());
            assertTrue(dialogs.questions.isEmpty(), "its journal is not offered here: " + dialogs.questions);
            assertFalse(dialogs.notices.stream().anyMatch(n -> n.contains("Unsaved edits from an earlier session")),
                    "its journal is not announced as a crash's: " + dialogs.notices);
            assertFalse(addEntity("Jakarta"), "edits are refused");
            robot.interact(() -> wb.vm().save());
            WaitForAsyncUtils.waitForFxEvents();
            assertArrayEquals(sidecarBytes, Files.readAllBytes(sidecar), "nothing saved over the other window's file");
            assertArrayEquals(journalBytes, Files.readAllBytes(journal), "the other window's journal is untouched");

            other.kill();  // kill -9: its lock dies with it
        }
        open(tmp.resolve("beta.txt"));
        dialogs.choices.add(0);  // "Restore my unsaved edits"
        open(article);

        assertEquals("Tandai \u2014 alpha.txt*", stage.getTitle(), "editable now, with the dead window's edits restored");
        assertTrue(dialogs.questions.stream().anyMatch(q -> q.contains("unsaved edits to alpha.txt")), dialogs.questions.toString());
        assertTrue(wb.vm().session().document().entities().stream().anyMatch(e -> e.name().equals("Vietnam")));
    }

    @Test
    void aFailingJournalWriteIsReportedOnceInTheWindowNotEverySecond() throws Exception {
        robot.interact(() -> wb.openFolder(tmp, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        windowStore.failJournal = true;
        String failure = "Could not write the recovery file for alpha.txt: " + DocumentFiles.curated(article).journal()
                + ": save: could not save (No space left on device)";

        assertTrue(addEntity("Vietnam"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wb.statusBar().getText().startsWith(failure));
        robot.interact(() -> wb.vm().statusProperty().set(""));
        assertTrue(addEntity("Jakarta"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wb.statusBar().getText().startsWith(failure));

        List<String> warnings = dialogs.notices.stream().filter(n -> n.startsWith(failure)).toList();
        assertEquals(1, warnings.size(), "one warning, then the status bar only: " + dialogs.notices);
        assertTrue(warnings.get(0).endsWith("Until this is fixed your unsaved edits would not survive a crash; "
                + "save them (Ctrl+S)."), warnings.get(0));
    }
}
