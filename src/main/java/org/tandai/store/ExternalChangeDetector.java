package org.tandai.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Notices when an open article's sidecar or text was changed outside Tandai (a {@code git pull},
 * another annotator, an editor fixing a typo). The caller polls, e.g. every two seconds and when
 * the window regains focus; a poll costs two {@code stat} calls and hashes a file only when its
 * size or time moved, so touching a file without changing it is not reported. Polling instead of
 * a WatchService because watch events are unreliable on network drives and coalesce renames.
 * Plain Java and not thread-safe: poll from one thread.
 */
public final class ExternalChangeDetector {

    /** What changed since the last accepted state; {@code none()} when nothing did. */
    public record Change(boolean sidecar, boolean article, Fingerprint sidecarNow, Fingerprint articleNow) {
        public boolean any() {
            return sidecar || article;
        }
    }

    private final Path article;
    private final Path sidecar;
    private Fingerprint knownSidecar;
    private Fingerprint knownArticle;

    /** Starts from the fingerprints taken when the document was opened ({@link SidecarStore.Opened}). */
    public ExternalChangeDetector(DocumentFiles files, Fingerprint sidecar, Fingerprint articleFingerprint) {
        this.article = files.article();
        this.sidecar = files.sidecar();
        this.knownSidecar = sidecar;
        this.knownArticle = articleFingerprint;
    }

    /**
     * Compares the files with the accepted state. A reported change stays reported until
     * {@link #accept} is called (after reloading, saving, or choosing keep mine / take theirs / keep both).
     */
    public Change poll() throws StoreException {
        Fingerprint s = check(sidecar, knownSidecar);
        Fingerprint a = check(article, knownArticle);
        boolean sChanged = !s.sameContent(knownSidecar);
        boolean aChanged = !a.sameContent(knownArticle);
        // Content unchanged but time moved: remember the new time so the next poll skips hashing.
        if (!sChanged) {
            knownSidecar = s;
        }
        if (!aChanged) {
            knownArticle = a;
        }
        return new Change(sChanged, aChanged, s, a);
    }

    /** Records the state the user now has (after a save, a reload or a conflict choice). */
    public void accept(Fingerprint sidecarNow, Fingerprint articleNow) {
        this.knownSidecar = sidecarNow;
        this.knownArticle = articleNow;
    }

    /** The sidecar fingerprint last accepted, to pass to {@link SidecarStore#save(DocumentFiles, org.tandai.model.AnnotatedDocument, Fingerprint)}. */
    public Fingerprint knownSidecar() {
        return knownSidecar;
    }

    private static Fingerprint check(Path file, Fingerprint known) throws StoreException {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (known.sameStat(true, attrs.size(), attrs.lastModifiedTime().toMillis())) {
                return known;
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return Fingerprint.ABSENT;
        } catch (IOException e) {
            throw new StoreException(Problem.error(file.toString(), "file", "cannot read: " + SidecarStore.describe(e)), e);
        }
        return Fingerprint.of(file);
    }
}
