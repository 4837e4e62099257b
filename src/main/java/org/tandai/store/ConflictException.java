package org.tandai.store;

/**
 * A save was refused because the file on disk is not the one Tandai read: another program or
 * annotator changed it. Nothing was written. The caller offers keep mine, take theirs or keep both.
 */
public class ConflictException extends StoreException {
    private final transient Fingerprint onDisk;

    public ConflictException(Problem problem, Fingerprint onDisk) {
        super(problem);
        this.onDisk = onDisk;
    }

    /** What the file looks like now; pass it to a save to overwrite deliberately ("keep mine"). */
    public Fingerprint onDisk() {
        return onDisk;
    }
}
