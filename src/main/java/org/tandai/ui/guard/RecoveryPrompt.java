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
    private final org.tandai.i18n.Messages messages;

    RecoveryPrompt(DialogService dialogs, org.tandai.i18n.Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Decides what to do with the journal found while opening {@code article}. */
    Answer ask(DocumentFiles files, Prepared p, boolean readOnly) {
        Path article = files.article();
        Path journal = files.journal();
        if (p.journalProblem() != null) {
            dialogs.showError(messages.get("recovery.unreadable.title"), messages.get("recovery.unreadable",
                    p.journalProblem().problem(), journal));
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
            dialogs.showError(messages.get("recovery.keptAside.title"), messages.get("recovery.keptAside", name, journal));
            return Answer.KEEP;
        }
        String when = r.savedAt() == null ? messages.get("recovery.earlierSession")
                : messages.get("recovery.sessionAt", WHEN.format(r.savedAt().atZone(ZoneId.systemDefault())));
        String message = messages.get("recovery.found", name, when, r.annotations())
                + (r.baseChanged() ? messages.get("recovery.baseChanged") : "") + messages.get("recovery.question");
        int answer = dialogs.choose(messages.get("recovery.title"), message,
                List.of(messages.get("recovery.restore"), messages.get("recovery.discard"))).orElse(0);
        return answer == 1 ? Answer.DISCARD : Answer.RESTORE;
    }

    static AnnotatedDocument restoredDocument(Prepared p) {
        return p.restored().document();
    }
}
