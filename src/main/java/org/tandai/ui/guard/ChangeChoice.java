package org.tandai.ui.guard;

import java.time.Clock;
import java.util.List;
import org.tandai.model.AnnotatedDocument;
import org.tandai.store.DocumentFiles;
import org.tandai.store.ExternalChangeDetector;
import org.tandai.store.Fingerprint;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.TaskRunner;

/**
 * The question asked when the annotation file changed on disk while the open document has unsaved
 * edits (noticed by polling, or by a save that the fingerprint check refused). Keep both is the
 * default because it loses nothing: theirs is saved aside under a dated name, mine in place.
 * Dismissing the question writes nothing and is not asked again for the same file version.
 */
final class ChangeChoice {
    /** The answers' bundle keys, in the order asked. */
    static final List<String> OPTIONS = List.of("change.keepBoth", "change.keepMine", "change.takeTheirs");

    private final DocumentGuard guard;
    private final SidecarStore store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final org.tandai.i18n.Messages messages;
    private boolean asking;
    private Fingerprint dismissedSidecar;
    private Fingerprint dismissedArticle;

    ChangeChoice(DocumentGuard guard, SidecarStore store, TaskRunner tasks, DialogService dialogs, Clock clock,
                 org.tandai.i18n.Messages messages) {
        this.guard = guard;
        this.messages = messages;
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    boolean asking() {
        return asking;
    }

    void reset() {
        dismissedSidecar = null;
        dismissedArticle = null;
    }

    /**
     * Remembers a state of the files already dealt with (question dismissed, or a reload that may
     * fail), so the next poll does not ask or reload again until the files change once more.
     * {@code article} may be null: then only the sidecar is compared.
     */
    void remember(Fingerprint sidecar, Fingerprint article) {
        dismissedSidecar = sidecar;
        dismissedArticle = article;
    }

    /** True when this change is the state last {@link #remember remembered}. */
    boolean dismissed(ExternalChangeDetector.Change c) {
        return dismissedSidecar != null && dismissedSidecar.sameContent(c.sidecarNow())
                && (dismissedArticle == null ? !c.article() : dismissedArticle.sameContent(c.articleNow()));
    }

    /**
     * Asks, then acts. {@code theirs} is the sidecar now on disk; {@code snapshot} is mine at
     * {@code revision}; {@code articleChanged} means the text changed too, so the document is
     * reloaded (and re-anchored) after mine is saved.
     */
    void ask(DocumentSession s, Fingerprint theirs, boolean articleChanged, long revision, AnnotatedDocument snapshot,
             Runnable next, Runnable failed) {
        asking = true;
        int answer;
        try {
            answer = dialogs.choose(messages.get("change.title"), messages.get("change.question", s.name()),
                    OPTIONS.stream().map(messages::get).toList()).orElse(-1);
        } finally {
            asking = false;
        }
        Watch w = guard.watchOf(s);
        DocumentFiles files = guard.filesOf(s);
        if (w == null || files == null) {
            failed.run();
            return;
        }
        switch (answer) {
            case 0 -> tasks.run("keep both " + s.name(), () -> {
                SidecarStore.KeptBoth k = store.keepBoth(files, snapshot, clock.instant());
                w.acceptSidecar(k.mine());
                return k;
            }, k -> done(s, revision, articleChanged, (k.theirs() == null ? "" : messages.get("change.theirsSaved",
                    k.theirs().getFileName())) + messages.get("change.yoursSaved", files.sidecar().getFileName()), next),
                    e -> failed(s, e, failed));
            case 1 -> tasks.run("keep mine " + s.name(), () -> {
                w.acceptSidecar(store.save(files, snapshot, theirs));
                return null;
            }, ok -> done(s, revision, articleChanged, messages.get("change.mineSaved", s.name()), next),
                    e -> failed(s, e, failed));
            case 2 -> {
                guard.discardJournal(files);
                s.history().markSaved(s.history().revision());
                guard.reload(s, messages.get("change.tookTheirs", s.name()));
                next.run();
            }
            default -> {
                remember(theirs, null);
                guard.host().status(messages.get("change.dismissed", s.name()));
                failed.run();
            }
        }
    }

    private void done(DocumentSession s, long revision, boolean articleChanged, String message, Runnable next) {
        s.history().markSaved(revision);
        guard.saved(s);
        if (articleChanged) {
            guard.reload(s, message + messages.get("change.textToo"));
        } else {
            dialogs.notify(message);
            guard.host().status(message);
        }
        next.run();
    }

    private void failed(DocumentSession s, Throwable e, Runnable failed) {
        String msg = messages.get("lifecycle.couldNotSave", s.name(), DocumentGuard.message(e));
        dialogs.notifyWarning(msg);
        guard.host().status(msg);
        failed.run();
    }
}
