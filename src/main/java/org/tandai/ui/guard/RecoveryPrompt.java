package org.tandai.ui.guard;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.tandai.model.AnnotatedDocument;
import org.tandai.store.DocumentFiles;
import org.tandai.store.RecoveryJournal;
import org.tandai.ui.common.DialogService;

/**
 * Offers the unsaved edits an earlier session left in a recovery journal. Restoring is the default
 * (also when the question is dismissed): the journal is deleted only when the user explicitly
 * discards it or when it holds exactly what the file already holds, so it is never lost silently.
 */
final class RecoveryPrompt {
    enum Answer { NONE, RESTORE, DISCARD, KEEP }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final DialogService dialogs;

    RecoveryPrompt(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Decides what to do with the journal found while opening {@code article}. */
    Answer ask(DocumentFiles files, Prepared p, boolean readOnly) {
        Path article = files.article();
        Path journal = files.journal();
        if (p.journalProblem() != null) {
            dialogs.showError("Unsaved edits could not be read", p.journalProblem().problem()
                    + "\nThe recovery file is kept unchanged: " + journal);
            return Answer.KEEP;
        }
        RecoveryJournal.Recovery r = p.recovery();
        if (r == null || p.restored() == null) {
            return Answer.NONE;
        }
        if (r.upToDate()) {
            return Answer.DISCARD;  // a crash between save and cleanup: the file already holds these edits
        }
        String name = article.getFileName().toString();
        if (readOnly) {
            dialogs.showError("Unsaved edits kept aside", "Unsaved edits to " + name + " from an earlier session "
                    + "cannot be restored while its annotation file is read-only. They are kept in " + journal
                    + " until the file is fixed and reopened.");
            return Answer.KEEP;
        }
        String when = r.savedAt() == null ? "an earlier session"
                : "a session at " + WHEN.format(r.savedAt().atZone(ZoneId.systemDefault()));
        String message = "Tandai found unsaved edits to " + name + " from " + when + " that ended without saving ("
                + r.annotations() + " annotations)."
                + (r.baseChanged() ? " The annotation file has changed since; if you restore, the current file is "
                + "first saved aside as a \u2018theirs\u2019 copy." : "")
                + "\nRestore them (the document opens unsaved), or discard them?";
        int answer = dialogs.choose("Restore unsaved edits?", message,
                List.of("Restore my unsaved edits", "Discard them")).orElse(0);
        return answer == 1 ? Answer.DISCARD : Answer.RESTORE;
    }

    static AnnotatedDocument restoredDocument(Prepared p) {
        return p.restored().document();
    }
}
