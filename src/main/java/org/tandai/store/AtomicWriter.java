package org.tandai.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes whole files so that a crash or a full disk never leaves half of one: the bytes go to a
 * temporary file in the same folder, are flushed and fsynced, the current file is kept as
 * {@code FILE.bak} (unless asked not to), and the temporary file is renamed over the target.
 * Each write holds the target's {@link FileLocks write lock}. A failed write leaves the old file
 * untouched. The first write into a folder removes its stale temporary files ({@link TempFiles}).
 */
public final class AtomicWriter {
    /** Writes and fsyncs the temporary file; a test replaces it to simulate a full disk. */
    @FunctionalInterface
    public interface TempWriter {
        void write(Path tmp, byte[] bytes) throws IOException;
    }

    /** A file's content, written to a stream (so it need not be one array in memory first). */
    @FunctionalInterface
    public interface Body {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Streams a {@link Body} into the temporary file and fsyncs it; a test replaces it to simulate a full disk. */
    @FunctionalInterface
    public interface TempStreamer {
        void write(Path tmp, Body body) throws IOException;
    }

    private final TempWriter tempWriter;
    private final TempStreamer tempStreamer;
    /** The folders whose stale temporary files this writer has removed (once each, at its first write there). */
    private final Set<Path> cleanedFolders = ConcurrentHashMap.newKeySet();

    public AtomicWriter(TempWriter tempWriter) {
        this(tempWriter, AtomicWriter::streamAndSync);
    }

    public AtomicWriter(TempWriter tempWriter, TempStreamer tempStreamer) {
        this.tempWriter = tempWriter;
        this.tempStreamer = tempStreamer;
    }

    /** Writes {@code bytes} to {@code target} atomically; {@code keepBackup} false skips the {@code .bak} copy. */
    public void write(Path target, byte[] bytes, boolean keepBackup) throws StoreException {
        fill(target, tmp -> tempWriter.write(tmp, bytes), keepBackup);
    }

    /** Streams {@code body} to {@code target} atomically, with the same guarantees as {@link #write(Path, byte[], boolean)}. */
    public void write(Path target, Body body, boolean keepBackup) throws StoreException {
        fill(target, tmp -> tempStreamer.write(tmp, body), keepBackup);
    }

    /** Fills the temporary file. */
    @FunctionalInterface
    private interface Fill {
        void into(Path tmp) throws IOException;
    }

    private void fill(Path target, Fill fill, boolean keepBackup) throws StoreException {
        Path dir = target.toAbsolutePath().getParent();
        try (FileLocks.Held held = FileLocks.hold(target)) {
            if (cleanedFolders.add(dir)) {
                TempFiles.removeStale(dir);
            }
            writeLocked(dir, target, fill, keepBackup);
        }
    }

    /**
     * Copies {@code target} to {@code copy} once: when {@code copy} exists already it is left as it
     * is. Atomic like every other write (temporary file, rename). Returns true when it copied.
     */
    public boolean copyOnce(Path target, Path copy) throws StoreException {
        try (FileLocks.Held held = FileLocks.hold(copy)) {
            if (Files.exists(copy) || !Files.exists(target)) {
                return false;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(target);
            } catch (IOException e) {
                throw new StoreException(Problem.error(target.toString(), "file", "cannot read: " + describe(e)), e);
            }
            write(copy, bytes, false);
            return true;
        }
    }

    private void writeLocked(Path dir, Path target, Fill fill, boolean keepBackup) throws StoreException {
        Path tmp = null;
        Path bakTmp = null;
        try {
            tmp = TempFiles.create(dir, target);
            fill.into(tmp);
            if (Files.exists(target)) {
                copyPermissions(target, tmp);
            }
            if (keepBackup && Files.exists(target)) {
                Path bak = backupOf(target);
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

    /** {@code FILE.bak} beside any file Tandai writes over. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /** The usual {@link TempWriter}: writes the bytes and forces them to the disk. */
    public static void writeAndSync(Path tmp, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    /** The usual {@link TempStreamer}: streams the body through a buffer and forces it to the disk. */
    public static void streamAndSync(Path tmp, Body body) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            body.writeTo(java.nio.channels.Channels.newOutputStream(ch));
            ch.force(true);
        }
    }

    /** The body as bytes, for a test's {@link TempStreamer} that hands them to its {@link TempWriter}. */
    public static byte[] bytesOf(Body body) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        body.writeTo(out);
        return out.toByteArray();
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

    private static void copyPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (IOException | UnsupportedOperationException ignored) {
            // Non-POSIX file systems keep their defaults; the content is what matters.
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

    /** An I/O failure in a user's words ("permission denied", "No space left on device"). */
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
