package org.tandai.store;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.TagSet;

/**
 * Loads and saves the sidecar {@code NAME.annotations.json} of an article {@code NAME.txt}.
 *
 * <p>Saving is atomic: the JSON is written to a temporary file in the same folder, flushed and
 * fsynced, the current file is copied to {@code NAME.annotations.json.bak}, and the temporary file
 * is moved over the target in one atomic rename. A failed save leaves the old file untouched.
 * Every write holds the target's {@link FileLocks write lock} from its check to its rename.
 * Loading never modifies anything; it reports problems and lets the caller decide.
 */
public class SidecarStore {

    /** What loading an article found. {@code document} is null only when the sidecar could not be parsed at all. */
    public record Loaded(Path article, ArticleText text, AnnotatedDocument document, List<Problem> problems,
                         boolean sidecarExists, boolean readOnly) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /** The sidecar path of an article: {@code NAME.txt} gives {@code NAME.annotations.json}. */
    public static Path sidecarFor(Path article) {
        String name = article.getFileName().toString();
        String base = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        return article.resolveSibling(base + SidecarFormat.SUFFIX);
    }

    public static Path backupFor(Path article) {
        Path sidecar = sidecarFor(article);
        return sidecar.resolveSibling(sidecar.getFileName() + ".bak");
    }

    /**
     * Reads the article and its sidecar (if any) and validates them. A missing sidecar gives an empty
     * document. A sidecar that cannot be parsed, or that comes from a newer format version, gives a
     * read-only result so that nobody saves over it.
     */
    public Loaded load(Path article, TagSet tags) throws StoreException {
        return load(article, tags, true);
    }

    /**
     * Like {@link #load(Path, TagSet)} for a document that is read once and dropped (export): spans
     * keep the quote and context read from the file instead of being swapped for text-backed ones,
     * which only saves memory while a document stays open. Values, problems and results are the same.
     */
    public Loaded loadOnce(Path article, TagSet tags) throws StoreException {
        return load(article, tags, false);
    }

    private Loaded load(Path article, TagSet tags, boolean backSpans) throws StoreException {
        ArticleText text = ArticleReader.read(article);
        Path sidecar = sidecarFor(article);
        String label = sidecar.toString();
        if (!Files.exists(sidecar)) {
            return new Loaded(article, text, newDocument(article, text), List.of(), false, false);
        }
        SidecarReader.Result r = readSidecar(sidecar);
        List<Problem> problems = new ArrayList<>(r.problems());
        if (r.document() == null) {
            return new Loaded(article, text, null, problems, true, true);
        }
        problems.addAll(Validator.validate(label, text, r.document(), tags));
        Problem fileRule = DocumentFileRule.check(label, article, r.document().info().file());
        boolean refusedName = fileRule != null && fileRule.isError();
        if (fileRule != null) {
            // A refused name is why the file opens read-only: it goes first, where the window looks.
            problems.add(refusedName ? 0 : problems.size(), fileRule);
        }
        boolean readOnly = r.newerVersion() || r.syntaxError() || refusedName;
        if (backSpans) {
            backSpansWithText(r.document(), text);
        }
        return new Loaded(article, text, r.document(), problems, true, readOnly);
    }

    /**
     * Replaces every span whose quote and context agree with {@code text} by an equal span that
     * reads them from the text ({@link Span#backedBy}). The file carried a copy of the text in
     * every span; dropping those copies more than halves the memory of a dense document. Values,
     * equality and the saved bytes stay the same.
     */
    public static void backSpansWithText(AnnotatedDocument doc, ArticleText text) {
        for (Entity e : doc.entities()) {
            List<Span> mentions = e.mentions();
            for (int i = 0; i < mentions.size(); i++) {
                mentions.set(i, mentions.get(i).backedBy(text));
            }
        }
        for (Claim c : doc.claims()) {
            if (c.span() != null) {
                c.setSpan(c.span().backedBy(text));
            }
        }
        for (Source s : doc.sources()) {
            if (s.cue() != null) {
                s.setCue(s.cue().backedBy(text));
            }
            if (s.content() != null) {
                s.setContent(s.content().backedBy(text));
            }
        }
    }

    /** Parses a sidecar file without touching it. Size-limited; syntax errors carry line and column. */
    public static SidecarReader.Result readSidecar(Path sidecar) throws StoreException {
        String label = sidecar.toString();
        try {
            long size = Files.size(sidecar);
            if (size > Limits.MAX_SIDECAR_BYTES) {
                throw new StoreException(Problem.error(label, "size", "annotations file is " + size / (1024 * 1024)
                        + " MiB; the limit is " + Limits.MAX_SIDECAR_BYTES / (1024 * 1024) + " MiB"));
            }
            try (Reader in = new InputStreamReader(Files.newInputStream(sidecar),
                    StandardCharsets.UTF_8.newDecoder())) {
                return SidecarReader.read(label, in);
            }
        } catch (StoreException e) {
            throw e;
        } catch (IOException e) {
            throw new StoreException(Problem.error(label, "file", "cannot read: " + describe(e)), e);
        }
    }

    /** An empty document for an article that has no sidecar yet. */
    public static AnnotatedDocument newDocument(Path article, ArticleText text) {
        return new AnnotatedDocument(new DocumentInfo(article.getFileName().toString(), text.sha256(), null));
    }

    /**
     * Saves atomically, keeping the previous version as {@code .bak}. Refuses to write over a file
     * from a newer format version. Prefer {@link #save(Path, AnnotatedDocument, Fingerprint)}, which
     * also refuses when the file changed since it was read.
     */
    public void save(Path article, AnnotatedDocument doc) throws StoreException {
        writeOverOwnVersion(sidecarFor(article), doc);
    }

    /**
     * Writes bytes to {@code target} atomically, keeping the previous content as {@code target.bak}.
     * Used for every file Tandai writes over.
     */
    public void writeAtomically(Path target, byte[] bytes) throws StoreException {
        writeAtomically(target, bytes, true);
    }

    /**
     * Writes bytes atomically (temp file, fsync, rename); {@code keepBackup} false skips the
     * {@code .bak} copy, for Tandai's own scratch files such as the recovery journal.
     */
    public void writeAtomically(Path target, byte[] bytes, boolean keepBackup) throws StoreException {
        Path dir = target.toAbsolutePath().getParent();
        try (FileLocks.Held held = FileLocks.hold(target)) {
            if (cleanedFolders.add(dir)) {
                TempFiles.removeStale(dir);
            }
            writeLocked(dir, target, bytes, keepBackup);
        }
    }

    /** The folders whose stale temporary files this store has removed (once each, at its first write there). */
    private final java.util.Set<Path> cleanedFolders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private void writeLocked(Path dir, Path target, byte[] bytes, boolean keepBackup) throws StoreException {
        Path tmp = null;
        Path bakTmp = null;
        try {
            tmp = TempFiles.create(dir, target);
            writeTemp(tmp, bytes);
            if (Files.exists(target)) {
                copyPermissions(target, tmp);
            }
            if (keepBackup && Files.exists(target)) {
                Path bak = target.resolveSibling(target.getFileName() + ".bak");
                bakTmp = TempFiles.backupOf(dir, target, bak);
                move(bakTmp, bak);
            }
            move(tmp, target);
            tmp = null;
            syncDirectory(dir);
        } catch (IOException e) {
            throw new StoreException(Problem.error(target.toString(), "save",
                    "could not save (" + describe(e) + "); the previous file is unchanged"), e);
        } finally {
            deleteQuietly(tmp);
            // Normally renamed away already. But when the backup already was a hard link to the
            // same file (two saves racing, or a user's ln), POSIX rename does nothing and reports
            // success, leaving the link here: 839 of them after two reanchor runs (issue 14).
            deleteQuietly(bakTmp);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // Best effort: a stray hidden temp file is never read, and the next save removes it.
            }
        }
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
     * a newer Tandai wrote. Returns the fingerprint of the saved file, to
     * pass to the next save.
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
            return Fingerprint.ofWritten(target, writeOverOwnVersion(target, bytes));
        }
    }

    /** Serializes and writes atomically, unless the file on disk comes from a newer Tandai. */
    private byte[] writeOverOwnVersion(Path target, AnnotatedDocument doc) throws StoreException {
        return writeOverOwnVersion(target, SidecarWriter.toJson(doc).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] writeOverOwnVersion(Path target, byte[] bytes) throws StoreException {
        try (FileLocks.Held held = FileLocks.hold(target)) {
            int version = Files.exists(target) ? SidecarFormat.peekVersion(target) : -1;
            if (version > SidecarFormat.VERSION) {
                throw new StoreException(Problem.error(target.toString(), "version", "written by a newer Tandai (format "
                        + "version " + version + "); it is read-only here and was not overwritten"));
            }
            writeAtomically(target, bytes);
        }
        return bytes;
    }

    /** Where "keep both" puts the other version: {@code NAME.annotations.theirs-2026-11-24T10-15-00Z.json}. */
    public static Path theirsFor(Path article, Instant when) {
        String stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC).format(when);
        String name = sidecarFor(article).getFileName().toString();
        String base = name.substring(0, name.length() - ".json".length());
        return article.resolveSibling(base + ".theirs-" + stamp + ".json");
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
            writeAtomically(aside, theirs, false);
        }
        Fingerprint expected = theirs == null ? Fingerprint.ABSENT : Fingerprint.of(sidecar);
        if (theirs != null && !expected.sha256().equals(Fingerprint.ofBytes(theirs))) {
            throw new ConflictException(Problem.error(sidecar.toString(), "save",
                    "the file changed again while being put aside; nothing overwritten, try again"), expected);
        }
        byte[] bytes = SidecarWriter.toJson(doc).getBytes(StandardCharsets.UTF_8);
        writeAtomically(sidecar, bytes);
        return new KeptBoth(aside, Fingerprint.ofWritten(sidecar, bytes));
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (IOException | UnsupportedOperationException ignored) {
            // Non-POSIX file systems keep their defaults; the content is what matters.
        }
    }

    /** Writes and fsyncs the temporary file. Tests override this to simulate a full disk. */
    protected void writeTemp(Path tmp, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Not every OS lets a directory be opened for sync (Windows); the rename is still atomic.
        }
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
