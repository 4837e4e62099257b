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
 * entry point the window and the CLI use. The jobs live apart: {@link DocumentFiles} names the
 * files of an (article, layer) pair ({@link CorpusLayout} gives them), {@link SidecarLoader} loads and validates, {@link AtomicWriter} writes whole files with
 * a backup. This class adds what a save of a sidecar needs on top: the conflict check against the
 * fingerprint that was read, the refusal to write over a newer format version, and the one-time
 * copy of a version 1 file ({@link DocumentFiles#v1Backup}) before it is first saved at
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

    private final AtomicWriter writer = new AtomicWriter(this::writeTemp, this::streamTemp);

    /** See {@link SidecarLoader#load}; spans become text-backed, for a document that stays open. */
    public Loaded load(DocumentFiles files, TagSet tags) throws StoreException {
        return SidecarLoader.load(files, tags, true);
    }

    /** {@link #load(DocumentFiles, TagSet)} of the curated (or sole) layer, the sidecar beside the article. */
    public Loaded load(Path article, TagSet tags) throws StoreException {
        return load(DocumentFiles.curated(article), tags);
    }

    /**
     * Like {@link #load(Path, TagSet)} for a document that is read once and dropped (export): spans
     * keep the quote and context read from the file instead of being swapped for text-backed ones,
     * which only saves memory while a document stays open. Values, problems and results are the same.
     */
    public Loaded loadOnce(DocumentFiles files, TagSet tags) throws StoreException {
        return SidecarLoader.load(files, tags, false);
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
    public void save(DocumentFiles files, AnnotatedDocument doc) throws StoreException {
        layerFolder(files);
        writeOverOwnVersion(files, SidecarWriter.toJson(doc).getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #save(DocumentFiles, AnnotatedDocument)} of the curated (or sole) layer. */
    public void save(Path article, AnnotatedDocument doc) throws StoreException {
        save(DocumentFiles.curated(article), doc);
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

    /** {@link #writeAtomically(Path, byte[], boolean)} of content streamed by {@code body} (a large file). */
    public void writeAtomically(Path target, AtomicWriter.Body body, boolean keepBackup) throws StoreException {
        writer.write(target, body, keepBackup);
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
    public Opened open(DocumentFiles files, TagSet tags) throws StoreException {
        Path sidecar = files.sidecar();
        Path article = files.article();
        for (int attempt = 0; ; attempt++) {
            Fingerprint sBefore = Fingerprint.of(sidecar);
            Fingerprint aBefore = Fingerprint.of(article);
            Loaded loaded = load(files, tags);
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
    public Fingerprint save(DocumentFiles files, AnnotatedDocument doc, Fingerprint expected) throws StoreException {
        layerFolder(files);
        Path target = files.sidecar();
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
            return Fingerprint.ofWritten(target, writeOverOwnVersion(files, bytes));
        }
    }

    /** {@link #open(DocumentFiles, TagSet)} of the curated (or sole) layer. */
    public Opened open(Path article, TagSet tags) throws StoreException {
        return open(DocumentFiles.curated(article), tags);
    }

    /** {@link #save(DocumentFiles, AnnotatedDocument, Fingerprint)} of the curated (or sole) layer. */
    public Fingerprint save(Path article, AnnotatedDocument doc, Fingerprint expected) throws StoreException {
        return save(DocumentFiles.curated(article), doc, expected);
    }

    /**
     * Writes the sidecar of {@code files} atomically, unless the file on disk comes from a newer
     * Tandai. A file at an older version is first copied to {@link DocumentFiles#v1Backup}
     * (once: an existing copy is never replaced), so the original survives every later save.
     */
    private byte[] writeOverOwnVersion(DocumentFiles files, byte[] bytes) throws StoreException {
        Path target = files.sidecar();
        try (FileLocks.Held held = FileLocks.hold(target)) {
            int version = Files.exists(target) ? SidecarFormat.peekVersion(target) : -1;
            if (version > SidecarFormat.VERSION) {
                throw new StoreException(Problem.error(target.toString(), "version", "written by a newer Tandai (format "
                        + "version " + version + "); it is read-only here and was not overwritten"));
            }
            if (version == 1) {
                writer.copyOnce(target, files.v1Backup());
            }
            writer.write(target, bytes, true);
        }
        return bytes;
    }

    /** Result of "keep both": where their version was put aside, and the fingerprint of mine as saved. */
    public record KeptBoth(Path theirs, Fingerprint mine) {
    }

    /**
     * "Keep both": copies the sidecar now on disk aside under {@link DocumentFiles#theirs} (never over an
     * existing file) and then saves {@code doc} in its place. Their version stays whole and
     * readable; the window can open it beside mine.
     */
    public KeptBoth keepBoth(DocumentFiles files, AnnotatedDocument doc, Instant when) throws StoreException {
        layerFolder(files);
        try (FileLocks.Held held = FileLocks.hold(files.sidecar())) {
            return keepBothLocked(files, doc, when);
        }
    }

    private KeptBoth keepBothLocked(DocumentFiles files, AnnotatedDocument doc, Instant when) throws StoreException {
        Path sidecar = files.sidecar();
        byte[] theirs;
        try {
            theirs = Files.exists(sidecar) ? Files.readAllBytes(sidecar) : null;
        } catch (IOException e) {
            throw new StoreException(Problem.error(sidecar.toString(), "file", "cannot read: " + describe(e)), e);
        }
        Path aside = null;
        if (theirs != null) {
            aside = files.theirs(when);
            for (int n = 2; Files.exists(aside); n++) {
                aside = files.theirs(when, n);
            }
            writer.write(aside, theirs, false);
        }
        Fingerprint expected = theirs == null ? Fingerprint.ABSENT : Fingerprint.of(sidecar);
        if (theirs != null && !expected.sha256().equals(Fingerprint.ofBytes(theirs))) {
            throw new ConflictException(Problem.error(sidecar.toString(), "save",
                    "the file changed again while being put aside; nothing overwritten, try again"), expected);
        }
        byte[] bytes = SidecarWriter.toJson(doc).getBytes(StandardCharsets.UTF_8);
        return new KeptBoth(aside, Fingerprint.ofWritten(sidecar, writeOverOwnVersion(files, bytes)));
    }

    /**
     * Before any lock or write in an annotator's layer: creates {@code annotators/SLUG/} on its
     * first save and checks, on every save, that it is a real folder of the corpus (not a link out).
     */
    private static void layerFolder(DocumentFiles files) throws StoreException {
        if (!files.layer().isCurated()) {
            Path corpus = files.article().toAbsolutePath().getParent();
            CorpusLayout.withTeamFlag(corpus == null ? Path.of(".") : corpus, true).ensureFolder(files.layer());
        }
    }

    /** Writes and fsyncs the temporary file. Tests override this to simulate a full disk. */
    protected void writeTemp(Path tmp, byte[] bytes) throws IOException {
        AtomicWriter.writeAndSync(tmp, bytes);
    }

    /**
     * Streams and fsyncs the temporary file of a streamed write. Tests that simulate a full disk in
     * {@link #writeTemp} override this to pass {@code AtomicWriter.bytesOf(body)} to it.
     */
    protected void streamTemp(Path tmp, AtomicWriter.Body body) throws IOException {
        AtomicWriter.streamAndSync(tmp, body);
    }

    static String describe(IOException e) {
        return AtomicWriter.describe(e);
    }
}
