package org.tandai.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The write lock of one file Tandai writes (sidecar, journal, settings, corpus marks, tag set):
 * held across the fingerprint check, the temporary file and the rename, so two threads or two
 * processes can never both pass the check and then overwrite each other. Inside this JVM a
 * reentrant lock per file (a save that checks, then writes atomically, takes it twice); between
 * processes a {@link LockFile} {@code .NAME.lock} beside the file, which dies with its process.
 *
 * <p>The in-process table is static on purpose: the operating-system locks it guards are per
 * process too, and two instances would let two channels of one JVM lock the same file, which Java
 * forbids (decision record 0700).
 */
public final class FileLocks {
    /** How long a write waits for another writer of the same file before giving up. */
    static final Duration WAIT = Duration.ofSeconds(20);

    private static final ConcurrentHashMap<Path, Slot> SLOTS = new ConcurrentHashMap<>();

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock();
        LockFile os;
    }

    /** A held write lock; closing releases it (the last close of a nested hold releases the OS lock). */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    private FileLocks() {
    }

    /** {@code dir/.NAME.lock} for {@code dir/NAME} ({@code dir/.NAME.lock} also for a hidden {@code .NAME}). */
    public static Path lockFileFor(Path target) {
        String name = target.getFileName().toString();
        return target.resolveSibling((name.startsWith(".") ? "" : ".") + name + ".lock");
    }

    /**
     * Waits (up to about 20 seconds) until no other thread or process writes
     * {@code target}, and holds its lock until the result is closed.
     */
    public static Held hold(Path target) throws StoreException {
        Path key = key(target);
        Slot slot = SLOTS.computeIfAbsent(key, k -> new Slot());
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            if (!slot.lock.tryLock(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy(target, "another task of this Tandai");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(target);
        }
        if (slot.lock.getHoldCount() > 1) {
            return slot.lock::unlock;
        }
        try {
            Path lockFile = lockFileFor(key);
            String me = "writing, " + LockFile.thisProcess();
            for (;;) {
                Optional<LockFile> got = LockFile.tryAcquire(lockFile, me);
                if (got.isPresent()) {
                    slot.os = got.get();
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw busy(target, LockFile.holderLine(lockFile).orElse("another program"));
                }
                Thread.sleep(10);
            }
        } catch (StoreException | RuntimeException e) {
            slot.lock.unlock();
            throw e;
        } catch (IOException e) {
            slot.lock.unlock();
            throw new StoreException(Problem.error(target.toString(), "save",
                    "could not save (" + SidecarStore.describe(e) + "); the previous file is unchanged"), e);
        } catch (InterruptedException e) {
            slot.lock.unlock();
            Thread.currentThread().interrupt();
            throw interrupted(target);
        }
        return release(slot);
    }

    /**
     * Takes the write lock of {@code target} only if nobody (no other thread, no other process)
     * holds it now; never waits.
     */
    static Optional<Held> tryHold(Path target) throws IOException {
        Path key = key(target);
        Slot slot = SLOTS.computeIfAbsent(key, k -> new Slot());
        if (!slot.lock.tryLock()) {
            return Optional.empty();
        }
        if (slot.lock.getHoldCount() > 1) {
            return Optional.of(slot.lock::unlock);
        }
        try {
            Optional<LockFile> got = LockFile.tryAcquire(lockFileFor(key), "writing, " + LockFile.thisProcess());
            if (got.isEmpty()) {
                slot.lock.unlock();
                return Optional.empty();
            }
            slot.os = got.get();
        } catch (IOException | RuntimeException e) {
            slot.lock.unlock();
            throw e;
        }
        return Optional.of(release(slot));
    }

    private static Held release(Slot slot) {
        return () -> {
            if (slot.lock.getHoldCount() == 1 && slot.os != null) {
                slot.os.close();
                slot.os = null;
            }
            slot.lock.unlock();
        };
    }

    private static StoreException interrupted(Path target) {
        return new StoreException(Problem.error(target.toString(), "save", "could not save: interrupted while waiting "
                + "for another writer of the file; the previous file is unchanged"));
    }

    private static StoreException busy(Path target, String who) {
        return new StoreException(Problem.error(target.toString(), "save", "could not save: the file is being "
                + "written by " + who + " for over " + WAIT.toSeconds() + " s; the previous file is unchanged, try again"));
    }

    /**
     * The same key for every spelling of a path: the real folder (symlinks resolved) plus the name,
     * so that two names for one file share one lock.
     */
    private static Path key(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        try {
            return dir.toRealPath().resolve(abs.getFileName());
        } catch (IOException e) {
            return abs;
        }
    }
}
