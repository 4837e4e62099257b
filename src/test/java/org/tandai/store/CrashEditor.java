package org.tandai.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.TagSet;

/**
 * Test-only program run as a child JVM by {@link KillNineTest}: opens an article (restoring a
 * recovery journal left by the previous run, as a user would), then edits forever through the same
 * store and journal APIs the window uses, saving every few edits, until it is killed. Every step is
 * printed with its time so the test knows what happened before the kill.
 */
public final class CrashEditor {
    private static AnnotatedDocument doc;
    private static Fingerprint base;

    private CrashEditor() {
    }

    public static void main(String[] args) throws Exception {
        Path article = Path.of(args[0]);
        String round = args[1];
        int saveEvery = Integer.parseInt(args[2]);
        SidecarStore store = new SidecarStore();
        ExecutorService documentThread = Executors.newSingleThreadExecutor();
        ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();
        RecoveryJournal journal = new RecoveryJournal(store, io, documentThread, Duration.ofMillis(200),
                e -> System.out.println("journal-error " + e.getMessage()));
        documentThread.submit(() -> {
            SidecarStore.Opened opened = store.open(article, TagSet.defaults());
            doc = opened.loaded().document();
            base = opened.sidecar();
            List<RecoveryJournal.Recovery> found = journal.find(article.getParent());
            if (!found.isEmpty() && !found.get(0).upToDate()) {
                doc = journal.restore(DocumentFiles.curated(article)).document();
                System.out.println("restored " + doc.entities().size());
            }
            return null;
        }).get();
        System.out.println("ready");
        System.out.flush();
        for (int n = 1; ; n++) {
            int edit = n;
            documentThread.submit(() -> {
                Entity e = new Entity(doc.newId(Kind.ENTITY), "edit-" + round + "-" + edit, "OTHER");
                e.mentions().add(doc.entities().get(0).mentions().get(0));
                doc.add(e);
                journal.changed(DocumentFiles.curated(article), doc, base);
                System.out.println("edit " + e.name() + " " + System.currentTimeMillis());
                if (edit % saveEvery == 0) {
                    System.out.println("saving " + doc.entities().size());
                    System.out.flush();
                    base = store.save(article, doc, base);
                    journal.discard(DocumentFiles.curated(article));
                    System.out.println("saved " + doc.entities().size());
                }
                System.out.flush();
                return null;
            }).get();
            Thread.sleep(8);  // roughly a fast annotator's pace of changes, compressed
        }
    }
}
