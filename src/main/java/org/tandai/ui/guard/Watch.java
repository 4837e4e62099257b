package org.tandai.ui.guard;

import org.tandai.store.ExternalChangeDetector;
import org.tandai.store.Fingerprint;
import org.tandai.store.StoreException;

/**
 * The open article's {@link ExternalChangeDetector}, made safe to share between the JavaFX thread
 * and the file thread: polls, saves and conflict choices all update the same accepted state.
 */
final class Watch {
    private final ExternalChangeDetector detector;
    private Fingerprint article;

    Watch(ExternalChangeDetector detector, Fingerprint article) {
        this.detector = detector;
        this.article = article;
    }

    synchronized ExternalChangeDetector.Change poll() throws StoreException {
        return detector.poll();
    }

    /** The sidecar as Tandai last read or wrote it: what a save may replace. */
    synchronized Fingerprint sidecar() {
        return detector.knownSidecar();
    }

    /** After Tandai wrote the sidecar itself. */
    synchronized void acceptSidecar(Fingerprint written) {
        detector.accept(written, article);
    }
}
