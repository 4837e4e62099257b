package org.tandai.interchange;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The files of one export, each written under a temporary name in the output folder and moved
 * into place only when it is whole (decision 0720, which supersedes the in-place rewrite of 0405).
 * A per-article file is prepared in one write and committed at once; a set of files that belong
 * together (brat's {@code NAME.txt} and {@code NAME.ann}) is committed together, under one lock,
 * so {@link #stop} (the Ctrl-C hook, another thread) never sees half a pair. A corpus-wide
 * {@link #stream} (JSONL, CoNLL, Label Studio) is moved into place when the export finishes;
 * until then the previous file of that name, if any, stays as it was.
 */
final class OutputFiles {
    private static final int BUFFER = 1 << 16;
    private static final String TEMP_PREFIX = ".tandai-export-";
    private final Path dir;
    private final Object lock = new Object();
    /** Every temporary file of this export: being written, or a recycled old file waiting for reuse. */
    private final Set<Path> temps = new LinkedHashSet<>();
    /** Old versions kept by a hard link when replaced, reused as the next temporary files. */
    private final ArrayDeque<Path> recycled = new ArrayDeque<>();
    /** Unique to this export, so two exports (or two exporters) in one folder never share a name. */
    private final String prefix = TEMP_PREFIX + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 1) + "-";
    private int names;
    private boolean noLinks;
    private boolean stopped;
    private boolean salvaging;
    private long written;

    OutputFiles(Path dir) {
        this.dir = dir;
    }

    /** A file written under a temporary name, not yet visible under its own. */
    record Pending(Path temp, Path target) {
    }

    /** Something to write while stopping (brat's annotation.conf for the pairs already in place). */
    interface Salvage {
        void run() throws IOException;
    }

    /** Commits and corpus-stream records so far: tells whether an article produced any output. */
    long written() {
        synchronized (lock) {
            return written;
        }
    }

    /** Writes what {@code content} collected as the whole file {@code name}, in UTF-8, and empties it. */
    void write(String name, LineBuffer content) throws IOException {
        commit(prepare(name, content));
    }

    /** Writes the whole file {@code name} as UTF-8. */
    void write(String name, String content) throws IOException {
        commit(prepare(name, content));
    }

    Pending prepare(String name, LineBuffer content) throws IOException {
        Pending p = temp(name);
        try (OutputStream out = whole(p.temp())) {
            content.drainTo(out);
        }
        return p;
    }

    Pending prepare(String name, String content) throws IOException {
        Pending p = temp(name);
        try (OutputStream out = whole(p.temp())) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Moves prepared files into place, all of them or (when stopped first) none. */
    void commit(Pending... files) throws IOException {
        synchronized (lock) {
            if (stopped && !salvaging) {
                throw new InterruptedIOException("the export was interrupted");
            }
            for (Pending p : files) {
                Path keep = keepOldVersion(p.target());
                Files.move(p.temp(), p.target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                temps.remove(p.temp());
                if (keep != null) {
                    recycled.add(keep);
                }
            }
            written++;
        }
    }

    /** A corpus-wide file, written under a temporary name until {@link Stream#commit()}. */
    Stream stream(String name) throws IOException {
        Pending p = temp(name);
        return new Stream(p, new BufferedOutputStream(Files.newOutputStream(p.temp(), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), BUFFER));
    }

    /**
     * Stops the export (from any thread): no commit after this returns, {@code salvage} may still
     * write, then every temporary file is deleted. Returns whether the salvage wrote what it meant to.
     */
    boolean stop(Salvage salvage) {
        synchronized (lock) {
            stopped = true;
            salvaging = true;
            try {
                salvage.run();
                return true;
            } catch (IOException | RuntimeException e) {
                // Best effort: what was committed stays whole either way.
                return false;
            } finally {
                salvaging = false;
                deleteTemps();
            }
        }
    }

    /** Deletes the temporary files left by an export that ended (a no-op after a complete one). */
    void discardTemps() {
        synchronized (lock) {
            deleteTemps();
        }
    }

    /**
     * Replacing a file frees its blocks, which costs 1–2 ms per file on a disk mounted with
     * {@code discard} (decision 0405). So the old version is first given a second name by a hard
     * link, survives the atomic move, and its blocks are written over as the next temporary file.
     * Only a plain file with no other link is kept: a second link (or a symbolic link) may be
     * another folder's file, which must never be written into.
     */
    private Path keepOldVersion(Path target) {
        if (noLinks) {
            return null;
        }
        try {
            // One stat: a missing target throws NoSuchFileException, the common case of a new folder.
            Map<String, Object> attrs = Files.readAttributes(target, "unix:isRegularFile,nlink", LinkOption.NOFOLLOW_LINKS);
            if (!Boolean.TRUE.equals(attrs.get("isRegularFile")) || ((Number) attrs.get("nlink")).intValue() != 1) {
                return null;
            }
            Path keep = newTempName();
            try {
                Files.createLink(keep, target);
            } catch (FileAlreadyExistsException leftover) {
                Files.delete(keep);
                Files.createLink(keep, target);
            }
            temps.add(keep);
            return keep;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // No hard links here (FAT, some network file systems, no unix view): plain moves.
            noLinks = !(e instanceof java.nio.file.NoSuchFileException);
            return null;
        }
    }

    private Path newTempName() {
        return dir.resolve(prefix + names++ + ".tmp");
    }

    private void deleteTemps() {
        for (Path t : temps) {
            try {
                Files.deleteIfExists(t);
            } catch (IOException e) {
                // Nothing more can be done; the name shows what it is.
            }
        }
        temps.clear();
        recycled.clear();
    }

    private Pending temp(String name) throws IOException {
        Path target = dir.resolve(name);
        synchronized (lock) {
            if (stopped && !salvaging) {
                throw new InterruptedIOException("the export was interrupted");
            }
            Path temp = recycled.poll();
            if (temp == null) {
                temp = newTempName();
            }
            temps.add(temp);
            return new Pending(temp, target);
        }
    }

    private static OutputStream whole(Path temp) throws IOException {
        return new WholeFile(FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                LinkOption.NOFOLLOW_LINKS));
    }

    /** A corpus-wide output stream whose records are counted, moved into place by {@link #commit()}. */
    final class Stream extends FilterOutputStream {
        private final Pending pending;
        private boolean closed;

        private Stream(Pending pending, OutputStream out) {
            super(out);
            this.pending = pending;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        /** Marks the end of one article's record. */
        void record() {
            synchronized (lock) {
                written++;
            }
        }

        /** Flushes, closes and moves the whole file into place. */
        void commit() throws IOException {
            OutputFiles.this.commit(whole());
        }

        /** Flushes and closes: the file is whole, ready to be committed (with others). */
        Pending whole() throws IOException {
            close();
            return pending;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                super.close();
            }
        }

        /**
         * Closes, and deletes every temporary file left (this one unless it was committed, and
         * the recycled ones): the previous file stays when this one was not committed.
         */
        void discard() throws IOException {
            try {
                close();
            } finally {
                discardTemps();
            }
        }
    }

    /**
     * Unbuffered, written in one call: callers hand it a whole file. A recycled temporary file is
     * written over and cut to length rather than truncated first (only a shorter tail is freed).
     */
    private static final class WholeFile extends OutputStream {
        private final FileChannel channel;

        WholeFile(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        }

        @Override
        public void close() throws IOException {
            try (channel) {
                channel.truncate(channel.position());
            }
        }
    }
}
