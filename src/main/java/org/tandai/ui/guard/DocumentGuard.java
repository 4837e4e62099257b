package org.tandai.ui.guard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;
import org.tandai.anchoring.ReanchorReport;
import org.tandai.anchoring.Reanchorer;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.TagSet;
import org.tandai.store.ConflictException;
import org.tandai.store.CorpusLayout;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Layer;
import org.tandai.store.ExternalChangeDetector;
import org.tandai.store.Fingerprint;
import org.tandai.store.RecoveryJournal;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Polling;
import org.tandai.ui.common.TaskRunner;

/**
 * Makes the window keep issue 4's promises (docs/reliability.md): re-anchors a drifted article on
 * open and says what moved; offers a crashed session's recovery journal; journals unsaved edits
 * about a second after a change; saves only over the file it read (fingerprinted save); notices
 * changes made outside Tandai and reloads, or asks keep both / keep mine / take theirs. All file
 * work runs on the {@link TaskRunner}, whose single thread keeps journal writes, saves and polls in
 * order. It is a part of {@link DocumentLifecycle}, the owner of the document's lifecycle, and
 * answers to it alone; everything is done for the (article, layer) pair that is open.
 */
final class DocumentGuard {
    /** Longest time an unsaved change waits before it is journaled. */
    public static final Duration JOURNAL_DELAY = Duration.seconds(1);
    /** How often the open article's files are checked for outside changes (also on window focus). */
    public static final Duration POLL_INTERVAL = Duration.seconds(2);

    private final SidecarStore store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final DocumentLifecycle host;
    private final org.tandai.i18n.Messages messages;
    private final RecoveryJournal journal;
    private final RecoveryPrompt prompt;
    private final PauseTransition journalTimer = new PauseTransition(JOURNAL_DELAY);
    private final ChangeChoice choice;
    private Timeline poller;
    private volatile DocumentSession watched;
    private volatile Watch watch;
    private volatile DocumentFiles watchedFiles;
    private boolean restoring;
    private boolean holdAutosave;
    private final OpenArticles open = new OpenArticles();
    /** True once a failed journal write was reported, until one succeeds again: one warning, not one a second. */
    private boolean journalWarned;

    DocumentGuard(SidecarStore store, TaskRunner tasks, DialogService dialogs, Clock clock, DocumentLifecycle host,
                  org.tandai.i18n.Messages messages) {
        this.store = store;
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.host = host;
        // Only write/find/restore/discard are used: the window schedules journal writes itself (on
        // the FX thread, from a snapshot) so they stay ordered with saves on the TaskRunner thread.
        this.journal = new RecoveryJournal(store, null, Runnable::run, java.time.Duration.ofSeconds(1), e -> { });
        this.prompt = new RecoveryPrompt(dialogs, messages);
        this.choice = new ChangeChoice(this, store, tasks, dialogs, clock, messages);
        journalTimer.setOnFinished(e -> writeJournal());
    }

    // ---- opening ----

    /**
     * Off the FX thread: loads with fingerprints, re-anchors when the text no longer matches the
     * hash in the sidecar, and reads a recovery journal if one is waiting.
     */
    Prepared prepare(DocumentFiles files, TagSet tags) throws StoreException {
        if (!files.layer().isCurated()) {
            // An annotator's layer keeps its lock and recovery journal in its own folder, from the first open.
            CorpusLayout.withTeamFlag(files.article().toAbsolutePath().getParent(), true).ensureFolder(files.layer());
        }
        String heldBy = open.claim(files, host.annotator(), clock.instant());
        SidecarStore.Opened opened = store.open(files, tags);
        SidecarStore.Loaded l = opened.loaded();
        if (heldBy != null) {
            // Read-only here; its journal belongs to the window that has it open and is left alone.
            return new Prepared(files, opened, null, null, null, null, null, heldBy);
        }
        ReanchorReport drift = null;
        if (l.document() != null && !l.readOnly() && l.sidecarExists()
                && !l.text().sha256().equals(l.document().info().sha256())) {
            drift = new Reanchorer().reanchor(l.document(), l.text());
        }
        Path jf = files.journal();
        if (!Files.exists(jf)) {
            return new Prepared(files, opened, drift, null, null, null, null, null);
        }
        try {
            RecoveryJournal.Recovery found = null;
            CorpusLayout layout = CorpusLayout.withTeamFlag(files.article().toAbsolutePath().getParent(), false);
            for (RecoveryJournal.Recovery r : journal.find(layout, files.layer())) {
                if (r.file().getFileName().equals(jf.getFileName())) {
                    found = r;
                }
            }
            RecoveryJournal.Restored restored = journal.restore(files);
            ReanchorReport restoredDrift = null;
            if (!l.text().sha256().equals(restored.document().info().sha256())) {
                restoredDrift = new Reanchorer().reanchor(restored.document(), l.text());
            }
            return new Prepared(files, opened, drift, found, restored, restoredDrift, null, null);
        } catch (StoreException e) {
            return new Prepared(files, opened, drift, null, null, null, e, null);
        }
    }

    /**
     * On the FX thread, before the session is built: asks about a recovery journal and returns the
     * document to show (the restored one, or {@code loaded}).
     */
    AnnotatedDocument chooseDocument(DocumentFiles files, Prepared p, AnnotatedDocument loaded, boolean readOnly) {
        restoring = false;
        switch (prompt.ask(files, p, readOnly)) {
            case RESTORE -> {
                restoring = true;
                if (p.recovery().baseChanged()) {
                    putTheirsAside(files);
                }
                return RecoveryPrompt.restoredDocument(p);
            }
            case DISCARD -> discardJournal(files);
            default -> { }
        }
        return loaded;
    }

    /** On the FX thread, once the session is shown: starts watching it and reports drift or a restore. */
    void attach(DocumentSession s, Prepared p) {
        journalTimer.stop();
        choice.reset();
        journalWarned = false;
        tasks.run("release " + s.name(), () -> {
            open.releaseAllBut(p.files());
            return null;
        }, ok -> { }, e -> { });
        watchedFiles = p.files();
        watched = s;
        watch = new Watch(new ExternalChangeDetector(p.files(), p.opened().sidecar(), p.opened().article()),
                p.opened().article());
        List<String> said = new ArrayList<>();
        ReanchorReport report = restoring ? p.restoredDrift() : p.drift();
        if (report != null && report.drifted()) {
            said.add(messages.get("guard.drifted", s.name(), report.summary())
                    + (report.needReview() > 0 ? messages.get("guard.drifted.review") : "") + messages.get("guard.drifted.unsaved"));
        }
        if (restoring) {
            said.add(messages.get("guard.restored", s.name()));
        }
        holdAutosave = restoring || (report != null && report.drifted());
        if (restoring || (report != null && report.drifted())) {
            s.history().markSaved(-1);
        }
        restoring = false;
        if (!said.isEmpty()) {
            String msg = String.join(" ", said);
            dialogs.notify(msg);
            host.status(msg);
        }
    }

    /**
     * True while a re-anchored or restored document has not been edited since it opened: autosave
     * then waits, so the user accepts what Tandai did by saving (or by going on editing); the
     * journal protects it meanwhile and closing still saves.
     */
    boolean holdsAutosave(DocumentSession s) {
        if (holdAutosave && (s != watched || s.history().revision() != 0)) {
            holdAutosave = false;
        }
        return holdAutosave;
    }

    /**
     * On opening a corpus: names every article with unsaved edits left by an earlier session, so
     * none is forgotten; each is offered for restore when it is opened.
     */
    void announceJournals(CorpusLayout layout, Layer layer) {
        Path folder = layout.folderOf(layer);
        tasks.run("find journals", () -> journal.find(layout, layer), found -> {
            List<String> names = new ArrayList<>();
            for (RecoveryJournal.Recovery r : found) {
                // A journal of an article open in another window is that window's, not a crash's.
                if (!r.upToDate() && !open.isOpenElsewhere(r.files())) {
                    names.add(r.article().getFileName().toString());
                }
            }
            if (!names.isEmpty()) {
                dialogs.notify(messages.get("guard.journalsFound", String.join(", ", names)));
            }
        }, e -> host.status(messages.get("guard.journalsUnreadable", folder, message(e))));
    }

    // ---- journal ----

    /** Called on every change while the document is unsaved: journals it within {@link #JOURNAL_DELAY}. */
    void changed(DocumentSession s) {
        if (s == watched && !s.readOnly() && journalTimer.getStatus() != Animation.Status.RUNNING) {
            journalTimer.playFromStart();
        }
    }

    /** Writes the journal now (normally the timer does). */
    void writeJournal() {
        DocumentSession s = watched;
        Watch w = watch;
        DocumentFiles files = watchedFiles;
        if (s == null || s.readOnly() || !s.history().isDirty()) {
            return;
        }
        AnnotatedDocument snapshot = s.snapshot();
        Fingerprint base = w.sidecar();
        tasks.run("journal " + s.name(), () -> {
            journal.write(files, snapshot, base);
            return null;
        }, ok -> journalWarned = false, e -> journalFailed(s, e));
    }

    /** In the status bar every time, as a warning once (until a journal write succeeds again). */
    private void journalFailed(DocumentSession s, Throwable e) {
        String msg = messages.get("guard.journalFailed", s.name(), message(e));
        host.status(msg);
        if (!journalWarned) {
            journalWarned = true;
            dialogs.notifyWarning(msg + messages.get("guard.journalFailed.advice"));
        }
    }

    void discardJournal(DocumentFiles files) {
        if (files == null) {
            return;
        }
        tasks.run("discard journal", () -> {
            journal.discard(files);
            return null;
        }, ok -> { }, e -> host.status(messages.get("guard.journalNotDeleted", message(e))));
    }

    private void putTheirsAside(DocumentFiles files) {
        Path aside = files.theirs(clock.instant());
        tasks.run("keep theirs", () -> {
            Path sidecar = files.sidecar();
            if (Files.exists(sidecar) && !Files.exists(aside)) {
                store.writeAtomically(aside, Files.readAllBytes(sidecar), false);
            }
            return aside;
        }, a -> dialogs.notify(messages.get("guard.theirsAside", a.getFileName())),
                e -> host.status(messages.get("guard.theirsNotAside", message(e))));
    }

    // ---- saving ----

    /** Off the FX thread: saves only over the file that was read; remembers what was written. */
    void save(DocumentSession s, AnnotatedDocument snapshot) throws StoreException {
        Watch w = watch;
        DocumentFiles files = watchedFiles;
        if (s != watched || w == null) {
            throw new StoreException(org.tandai.store.Problem.error(s.article().toString(),
                    "save", messages.get("guard.noLongerOpen")));
        }
        w.acceptSidecar(store.save(files, snapshot, w.sidecar()));
    }

    /** On the FX thread after a successful save: the journal is no longer needed. */
    void saved(DocumentSession s) {
        holdAutosave = false;
        choice.reset();
        discardJournal(filesOf(s));
    }

    /** A save was refused because the file changed on disk: ask instead of losing either version. */
    void conflict(DocumentSession s, ConflictException e, long revision, AnnotatedDocument snapshot,
                         Runnable next, Runnable failed) {
        if (choice.asking()) {
            // An autosave fired while the same question is open (dialogs run a nested event loop).
            failed.run();
            return;
        }
        choice.ask(s, e.onDisk(), false, revision, snapshot, next, failed);
    }

    // ---- outside changes ----

    /** Polls every {@link #POLL_INTERVAL} and whenever {@code focused} becomes true. */
    void startWatching(ObservableBooleanValue focused) {
        poller = Polling.start(POLL_INTERVAL, focused, this::checkNow);
    }

    /** The window is closing: stops polling and journaling and gives up the open article. */
    void stopWatching() {
        if (poller != null) {
            poller.stop();
        }
        journalTimer.stop();
        open.releaseAllBut(null);
    }

    /** Checks the open article's files now (off the FX thread) and reacts to a change. */
    void checkNow() {
        DocumentSession s = watched;
        Watch w = watch;
        if (s == null || w == null || choice.asking() || s != host.session()) {
            return;
        }
        tasks.run("check " + s.name(), w::poll, c -> changedOnDisk(s, c),
                e -> host.status(messages.get("guard.cannotCheck", s.name(), message(e))));
    }

    private void changedOnDisk(DocumentSession s, ExternalChangeDetector.Change c) {
        if (s != watched || !c.any() || choice.asking() || choice.dismissed(c)) {
            return;
        }
        String what = messages.get(c.sidecar() && c.article() ? "guard.changed.both"
                : c.sidecar() ? "guard.changed.sidecar" : "guard.changed.text");
        if (!c.articleNow().exists()) {
            choice.remember(c.sidecarNow(), c.articleNow());
            host.status(messages.get("guard.textGone", s.name()));
            return;
        }
        // Remembered first, so a reload that fails (say, the text is now binary) is not retried every poll.
        choice.remember(c.sidecarNow(), c.articleNow());
        if (!s.history().isDirty()) {
            reload(s, messages.get("guard.reloaded", s.name(), what));
        } else if (!c.sidecar()) {
            // Only the text changed: the sidecar is still ours, so save the edits, then re-anchor them.
            host.saveThen(() -> reload(s, messages.get("guard.textChanged", s.name())), () -> { });
        } else {
            choice.ask(s, c.sidecarNow(), c.article(), s.history().revision(), s.snapshot(), () -> { }, () -> { });
        }
    }

    void reload(DocumentSession s, String message) {
        host.reload(filesOf(s), () -> {
            dialogs.notify(message);
            host.status(message);
        });
    }

    DocumentLifecycle host() {
        return host;
    }

    /** The files of a session this guard watches (null once another document is open). */
    DocumentFiles filesOf(DocumentSession s) {
        return s == watched ? watchedFiles : null;
    }

    Watch watchOf(DocumentSession s) {
        return s == watched ? watch : null;
    }

    static String message(Throwable e) {
        return e instanceof StoreException se ? se.problem().toString() : String.valueOf(e.getMessage());
    }
}
