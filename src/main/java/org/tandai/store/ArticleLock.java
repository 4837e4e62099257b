package org.tandai.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "This article is open for editing here": held by a window for as long as it has the article
 * open, on the hidden {@code .NAME.annotations.json.open} beside the sidecar ({@link DocumentFiles#lock}):
 * one per layer, so two annotators can each edit their own layer of the same article. It dies with its
 * process (also on {@code kill -9}), and the file says who holds it (annotator, process, host,
 * since when). A second window or process that finds it held opens the article read-only and says
 * so, instead of editing beside the first and sharing (and deleting) its recovery journal
 * (issue 14). Decision record 0701.
 */
public final class ArticleLock implements AutoCloseable {
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    /**
     * Who holds which article in this JVM. Per process like the locks themselves: a second look
     * at a lock file this process holds must not open it (see {@link LockFile}).
     */
    private static final Map<Path, String> HERE = new ConcurrentHashMap<>();

    private final Path key;
    private final LockFile lock;

    /** Either the lock ({@code heldBy} null), or who holds it ({@code lock} null). */
    public record Claim(ArticleLock lock, String heldBy) {
    }

    private ArticleLock(Path key, LockFile lock) {
        this.key = key;
        this.lock = lock;
    }

    /** Takes the article for editing by {@code annotator}, unless another window or process has it. */
    public static synchronized Claim claim(DocumentFiles files, String annotator, Instant now) throws StoreException {
        Path key = key(files.lock());
        Path article = files.article();
        String here = HERE.get(key);
        if (here != null) {
            return new Claim(null, here);
        }
        String who = (annotator == null || annotator.isBlank() ? "an annotator" : annotator) + ", "
                + LockFile.thisProcess() + ", since " + SINCE.format(now);
        Path file = files.lock();
        try {
            Optional<LockFile> got = LockFile.tryAcquire(file, who);
            if (got.isEmpty()) {
                return new Claim(null, LockFile.holderLine(file).orElse("another Tandai window"));
            }
            HERE.put(key, who);
            return new Claim(new ArticleLock(key, got.get()), null);
        } catch (IOException e) {
            throw new StoreException(Problem.error(file.toString(), "file", "cannot tell whether another window has "
                    + article.getFileName() + " open: " + SidecarStore.describe(e)), e);
        }
    }

    /** Who has the article open right now (this process included), or empty. Leaves no file behind. */
    public static synchronized Optional<String> heldBy(DocumentFiles files) {
        Path key = key(files.lock());
        String here = HERE.get(key);
        if (here != null) {
            return Optional.of(here);
        }
        Path file = files.lock();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Optional<LockFile> probe = LockFile.tryAcquire(file, "checking, " + LockFile.thisProcess());
            if (probe.isPresent()) {
                probe.get().close();
                return Optional.empty();
            }
            return Optional.of(LockFile.holderLine(file).orElse("another Tandai window"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The lock file, as a real path. */
    public Path file() {
        return key;
    }

    /** Gives the article up (the lock file is deleted). */
    @Override
    public void close() {
        synchronized (ArticleLock.class) {
            if (HERE.remove(key) != null) {
                lock.close();
            }
        }
    }

    private static Path key(Path lockFile) {
        Path abs = lockFile.toAbsolutePath().normalize();
        try {
            return abs.getParent().toRealPath().resolve(abs.getFileName());
        } catch (IOException e) {
            return abs;
        }
    }
}
