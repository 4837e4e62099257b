package org.tandai.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.TagSet;

/**
 * Loads and saves the sidecar {@code NAME.annotations.json} of an article {@code NAME.txt}: the
 * entry point the window and the CLI use. The jobs live apart: {@link SidecarLayout} names the
 * files, {@link SidecarLoader} loads and validates, {@link AtomicWriter} writes whole files with
 * a backup. This class adds what a save of a sidecar needs on top: the conflict check against the
 * fingerprint that was read, the refusal to write over a newer format version, and the one-time
 * copy of a version 1 file ({@link SidecarLayout#v1BackupFor}) before it is first saved at
 * version 2. Every write holds the target's {@link FileLocks write lock} from its check to its rename.
 */
public class SidecarStore {

    /**
     * What loading an article found. {@code document} is null only when the sidecar could not be
     * parsed at all. {@code fileVersion} is the format version of the sidecar on disk (the current
     * one for a new document; 0 when unreadable); an older one was migrated on reading.
     */
    public record Loaded(Path article, ArticleText text, AnnotatedDocument document, List<Problem> problems,
                         boolean sidecarExists, boolean readOnly, int fileVersion) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }

        /** True when the sidecar is at an older format version, which the next save upgrades. */
        public boolean olderVersion() {
            return sidecarExists && fileVersion >= 1 && fileVersion < SidecarFormat.VERSION;
        }
    }

    private final AtomicWriter writer = new AtomicWriter(this::writeTemp);

    /** The sidecar path of an article (see {@link SidecarLayout#sidecarFor}). */
    public static Path sidecarFor(Path article) {
        return SidecarLayout.sidecarFor(article);
    }

    public static Path backupFor(Path article) {
        return SidecarLayout.backupFor(article);
    }

    /** See {@link SidecarLoader#load}; spans become text-backed, for a document that stays open. */
    public Loaded load(Path article, TagSet tags) throws StoreException {
        return SidecarLoader.load(article, tags, true);
    }

    /**
     * Like {@link #load(Path, TagSet)} for a document that is read once and dropped (export): spans
     * keep the quote and context read from the file instead of being swapped for text-backed ones,
     * which only saves memory while a document stays open. Values, problems and results are the same.
     */
    public Loaded loadOnce(Path article, TagSet tags) throws StoreException {
        return SidecarLoader.load(article, tags, false);
    }

    public static void backSpansWithText(AnnotatedDocument doc, ArticleText text) {
        SidecarLoader.backSpansWithText(doc, text);
    }

    public static SidecarReader.Result readSidecar(Path sidecar) throws StoreException {
        return SidecarLoader.readSidecar(sidecar);
    }

    public static AnnotatedDocument newDocument(Path article, ArticleText text) {
        return SidecarLoader.newDocument(article, text);
    }

    /**
     * Saves atomically, keeping the previous version as {@code .bak}. Refuses to write over a file
     * from a newer format version. Prefer {@link #save(Path, AnnotatedDocument, Fingerprint)}, which
     * also refuses when the file changed since it was read.
     */
    public void save(Path article, AnnotatedDocument doc) throws StoreException {
        writeOverOwnVersion(article, SidecarWriter.toJson(doc).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes bytes to {@code target} atomically, keeping the previous content as {@code target.bak}.
     * Used for every file Tandai writes over.
     */
    public void writeAtomically(Path target, byte[] bytes) throws StoreException {
        writer.write(target, bytes, true);
    }

    /**
     * Writes bytes atomically (temp file, fsync, rename); {@code keepBackup} false skips the
     * {@code .bak} copy, for Tandai's own scratch files such as the recovery journal.
     */
    public void writeAtomically(Path target, byte[] bytes, boolean keepBackup) throws StoreException {
        writer.write(target, bytes, keepBackup);
    }

    // --- never overwrite a file it has not read (issue 4, docs/reliability.md) ---

    /** A load together with the fingerprints of the two files as they were read. */
    public record Opened(Loaded loaded, Fingerprint sidecar, Fingerprint article) {
    }

    /**
     * Loads like {@link #load(Path, TagSet)} and records what the sidecar and the article looked
     * like. If either changes while being read, it is read again, so the fingerprints always
     * describe the content that was loaded.
     */
    public Opened open(Path article, TagSet tags) throws StoreException {
        Path sidecar = sidecarFor(article);
        for (int attempt = 0; ; attempt++) {
            Fingerprint sBefore = Fingerprint.of(sidecar);
            Fingerprint aBefore = Fingerprint.of(article);
            Loaded loaded = load(article, tags);
            Fingerprint sAfter = Fingerprint.of(sidecar);
            Fingerprint aAfter = Fingerprint.of(article);
            if ((sBefore.sameContent(sAfter) && aBefore.sameContent(aAfter)) || attempt == 4) {
                return new Opened(loaded, sAfter, aAfter);
            }
        }
    }

    /**
     * Saves atomically with a backup, but only over the file that was read: when the sidecar on
     * disk no longer matches {@code expected} (use {@link Fingerprint#ABSENT} for a new file), it
     * throws {@link ConflictException} and writes nothing. It also never overwrites a sidecar that
     * a newer Tandai wrote. Returns the fingerprint of the saved file, to pass to the next save.
     */
    public Fingerprint save(Path article, AnnotatedDocument doc, Fingerprint expected) throws StoreException {
        Path target = sidecarFor(article);
        byte[] bytes = SidecarWriter.toJson(doc).getBytes(StandardCharsets.UTF_8);  // before taking the lock
        // One lock across the check and the rename: otherwise two writers both pass the check and
        // the second replaces what the first wrote (issue 14).
        try (FileLocks.Held held = FileLocks.hold(target)) {
            Fingerprint now = Fingerprint.of(target);
            if (!now.sameContent(expected)) {
                throw new ConflictException(Problem.error(target.toString(), "save", now.exists()
                        ? "the file was changed by another program since Tandai read it; not overwritten "
                        + "(reload it, or keep both copies)"
                        : "the file was deleted by another program since Tandai read it; not recreated without asking"), now);
            }
            return Fingerprint.ofWritten(target, writeOverOwnVersion(article, bytes));
        }
    }

    /**
     * Writes the sidecar of {@code article} atomically, unless the file on disk comes from a newer
     * Tandai. A file at an older version is first copied to {@link SidecarLayout#v1BackupFor}
     * (once: an existing copy is never replaced), so the original survives every later save.
     */
    private byte[] writeOverOwnVersion(Path article, byte[] bytes) throws StoreException {
        Path target = sidecarFor(article);
        try (FileLocks.Held held = FileLocks.hold(target)) {
            int version = Files.exists(target) ? SidecarFormat.peekVersion(target) : -1;
            if (version > SidecarFormat.VERSION) {
                throw new StoreException(Problem.error(target.toString(), "version", "written by a newer Tandai (format "
                        + "version " + version + "); it is read-only here and was not overwritten"));
            }
            if (version == 1) {
                writer.copyOnce(target, SidecarLayout.v1BackupFor(article));
            }
            writer.write(target, bytes, true);
        }
        return bytes;
    }

    /** Where "keep both" puts the other version: {@code NAME.annotations.theirs-2026-11-24T10-15-00Z.json}. */
    public static Path theirsFor(Path article, Instant when) {
        return SidecarLayout.theirsFor(article, when);
    }

    /** Result of "keep both": where their version was put aside, and the fingerprint of mine as saved. */
    public record KeptBoth(Path theirs, Fingerprint mine) {
    }

    /**
     * "Keep both": copies the sidecar now on disk aside under {@link #theirsFor} (never over an
     * existing file) and then saves {@code doc} in its place. Their version stays whole and
     * readable; the window can open it beside mine.
     */
    public KeptBoth keepBoth(Path article, AnnotatedDocument doc, Instant when) throws StoreException {
        try (FileLocks.Held held = FileLocks.hold(sidecarFor(article))) {
            return keepBothLocked(article, doc, when);
        }
    }

    private KeptBoth keepBothLocked(Path article, AnnotatedDocument doc, Instant when) throws StoreException {
        Path sidecar = sidecarFor(article);
        byte[] theirs;
        try {
            theirs = Files.exists(sidecar) ? Files.readAllBytes(sidecar) : null;
        } catch (IOException e) {
            throw new StoreException(Problem.error(sidecar.toString(), "file", "cannot read: " + describe(e)), e);
        }
        Path aside = null;
        if (theirs != null) {
            aside = theirsFor(article, when);
            for (int n = 2; Files.exists(aside); n++) {
                String f = theirsFor(article, when).getFileName().toString();
                aside = article.resolveSibling(f.substring(0, f.length() - ".json".length()) + "-" + n + ".json");
            }
            writer.write(aside, theirs, false);
        }
        Fingerprint expected = theirs == null ? Fingerprint.ABSENT : Fingerprint.of(sidecar);
        if (theirs != null && !expected.sha256().equals(Fingerprint.ofBytes(theirs))) {
            throw new ConflictException(Problem.error(sidecar.toString(), "save",
                    "the file changed again while being put aside; nothing overwritten, try again"), expected);
        }
        byte[] bytes = SidecarWriter.toJson(doc).getBytes(StandardCharsets.UTF_8);
        return new KeptBoth(aside, Fingerprint.ofWritten(sidecar, writeOverOwnVersion(article, bytes)));
    }

    /** Writes and fsyncs the temporary file. Tests override this to simulate a full disk. */
    protected void writeTemp(Path tmp, byte[] bytes) throws IOException {
        AtomicWriter.writeAndSync(tmp, bytes);
    }

    static String describe(IOException e) {
        return AtomicWriter.describe(e);
    }
}
