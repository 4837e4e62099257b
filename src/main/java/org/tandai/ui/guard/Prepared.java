package org.tandai.ui.guard;

import org.tandai.anchoring.ReanchorReport;
import org.tandai.store.DocumentFiles;
import org.tandai.store.RecoveryJournal;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;

/**
 * Everything opening an article in a layer ({@code files}) needs, gathered off the JavaFX thread: the load with the
 * fingerprints of both files, the re-anchoring report when the text drifted (null otherwise), and a
 * recovery journal left by an earlier session (null when there is none), already read
 * ({@code restored}) or with the reason it could not be ({@code journalProblem}). {@code heldBy}
 * names who has the article open in another window or process (then it opens read-only, its
 * journal is that window's and is left alone), or is null.
 */
public record Prepared(DocumentFiles files, SidecarStore.Opened opened, ReanchorReport drift, RecoveryJournal.Recovery recovery,
                       RecoveryJournal.Restored restored, ReanchorReport restoredDrift, StoreException journalProblem,
                       String heldBy) {

    public SidecarStore.Loaded loaded() {
        return opened.loaded();
    }

    /** True when re-anchoring changed any span (so the document differs from the file). */
    public boolean drifted() {
        return drift != null && drift.drifted();
    }
}
