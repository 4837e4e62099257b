package org.tandai.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * An operating-system lock on a small hidden file, which dies with the process that holds it (also
 * on {@code kill -9}). The file holds a line saying who holds it. It is deleted by its holder on
 * release, so a folder keeps no lock files while nobody works in it; a process that gets the lock
 * checks that the file it locked is still the one under that name (same device and inode before
 * opening and after locking), and otherwise tries again, so a deleted lock file never lets two
 * holders in.
 *
 * <p>Java allows only one lock per file per JVM, and closing any channel of a file may drop every
 * lock the JVM holds on it; callers therefore keep their own in-process exclusion
 * ({@link FileLocks}, {@link ArticleLock}) so that at most one channel per lock file is open here.
 * See docs/decisions/0700-file-locks.md.
 */
final class LockFile implements AutoCloseable {
    /** A far-away region is locked, so that the holder line stays readable where locks are mandatory (Windows). */
    private static final long REGION = Long.MAX_VALUE - 1;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    /** False where files have no identity to compare (fileKey null): the lock file is then never deleted. */
    private final boolean deletable;

    private LockFile(Path file, FileChannel channel, FileLock lock, boolean deletable) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.deletable = deletable;
    }

    /**
     * Takes the lock if no other process holds it; returns empty when one does. {@code holder} is
     * written into the file (one line) for others to read.
     */
    static Optional<LockFile> tryAcquire(Path file, String holder) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            Object before = fileKey(file);
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock(REGION, 1, false);
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
            if (l == null) {
                ch.close();
                return Optional.empty();
            }
            // Never read the file back here: closing any other descriptor of a locked file drops
            // this process's lock on it (POSIX). Its identity is checked by name instead: the file
            // under that name before opening is still there now that the lock is ours.
            Object after = fileKey(file);
            boolean same = before != null && before.equals(after);
            if (same || (before == null && after == null && Files.exists(file))) {
                try {
                    byte[] line = (holder.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8);
                    ch.truncate(0);
                    ByteBuffer buf = ByteBuffer.wrap(line);
                    long at = 0;
                    while (buf.hasRemaining()) {
                        at += ch.write(buf, at);
                    }
                } catch (IOException | RuntimeException e) {
                    l.release();
                    ch.close();
                    throw e;
                }
                return Optional.of(new LockFile(file, ch, l, same));
            }
            // The file we opened was deleted by its previous holder, or made just now (no name to
            // compare before opening): try again on the one under the name now.
            l.release();
            ch.close();
        }
        throw new IOException("the lock file " + file + " keeps being replaced");
    }

    /** The identity (device and inode) of the file under that name, or null (none, or not known here). */
    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The holder line of a lock file, or empty when there is none. Only for a lock file this process
     * does not hold: reading it here would drop this process's own lock (see tryAcquire).
     */
    static Optional<String> holderLine(Path file) {
        try {
            byte[] b = readOrNull(file);
            if (b == null) {
                return Optional.empty();
            }
            String s = new String(b, StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            String line = (nl < 0 ? s : s.substring(0, nl)).strip();
            return line.isEmpty() ? Optional.empty() : Optional.of(line);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] readOrNull(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** "process 1234 on host" for this process (looked up once: a host name lookup can be slow). */
    static String thisProcess() {
        return Me.DESCRIPTION;
    }

    private static final class Me {
        static final String DESCRIPTION = describe();

        private static String describe() {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException | RuntimeException e) {
                host = "this computer";
            }
            try {
                return "process " + ProcessHandle.current().pid() + " on " + host;
            } catch (UnsupportedOperationException e) {
                return ManagementFactory.getRuntimeMXBean().getName();
            }
        }
    }

    Path file() {
        return file;
    }

    /** Deletes the lock file (while still holding it) and releases the lock. */
    @Override
    public void close() {
        if (deletable) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Windows may refuse to delete an open file; a lock file nobody holds is harmless.
            }
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it as well.
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing more to release.
        }
    }
}
