package org.tandai.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden temporary files of atomic writes: {@code .NAME.<hex>.tmp} (the new content, renamed
 * over {@code NAME}) and {@code .NAME.bak.<hex>.tmp} (the old content, renamed to the backup). A
 * process killed between creating and renaming one leaves it behind. A leftover is <em>stale</em>
 * when the file it was meant for is at least as new: a later save superseded it. Stale leftovers
 * are deleted under the write lock of their file, so a write in progress is never disturbed; a
 * leftover newer than its file may hold the only copy of an interrupted save and is kept (and
 * reported by {@code validate}).
 */
public final class TempFiles {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    /** Group 1: the file the temporary file was for ({@code NAME} or {@code NAME.bak}). */
    private static final Pattern TEMP = Pattern.compile("\\.(.+)\\.[0-9a-f]{1,16}\\.tmp");

    /** A leftover temporary file, the file it belongs to, and whether it is stale. */
    public record Leftover(Path file, Path target, boolean stale) {
    }

    private TempFiles() {
    }

    /**
     * Creates a hidden temporary file for {@code target} in {@code dir}. Unlike
     * Files.createTempFile it keeps the process umask (usually rw-r--r--), so a saved file does not
     * silently become private to its owner.
     */
    static Path create(Path dir, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * Makes a hidden temporary file holding the current content of {@code target}, to be renamed
     * to the backup. A hard link costs no reading or writing: the rename of the new file over
     * {@code target} later leaves the old content reachable only through the backup. File systems
     * without hard links get a copy.
     */
    static Path backupOf(Path dir, Path target, Path bak) throws IOException {
        Path bakTmp = create(dir, bak);
        try {
            Files.delete(bakTmp);
            Files.createLink(bakTmp, target);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Files.copy(target, bakTmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return bakTmp;
    }

    /** The leftover temporary files in a folder, sorted by name. Reads names and times only. */
    public static List<Leftover> find(Path dir) throws IOException {
        List<Leftover> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path p : ds) {
                Matcher m = TEMP.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p)) {
                    String name = m.group(1);
                    Path target = p.resolveSibling(name.endsWith(".bak") ? name.substring(0, name.length() - 4) : name);
                    out.add(new Leftover(p, target, isStale(p, target)));
                }
            }
        }
        out.sort((a, b) -> a.file().compareTo(b.file()));
        return out;
    }

    /**
     * Deletes the stale leftovers of a folder, each while holding the write lock of its file (a
     * file being written right now is skipped). Leftovers newer than their file are kept.
     */
    public static int removeStale(Path dir) {
        int removed = 0;
        List<Leftover> found;
        try {
            found = find(dir);
        } catch (IOException e) {
            return 0;  // an unreadable folder will fail the write itself, with a clear message
        }
        for (Leftover l : found) {
            if (!l.stale()) {
                continue;
            }
            try {
                Optional<FileLocks.Held> held = FileLocks.tryHold(l.target());
                if (held.isEmpty()) {
                    continue;  // being written right now: its temporary files may be in use
                }
                try (FileLocks.Held h = held.get()) {
                    // Checked again under the lock: the situation may have changed since the listing.
                    if (Files.exists(l.file()) && isStale(l.file(), l.target())) {
                        Files.delete(l.file());
                        removed++;
                    }
                }
            } catch (IOException e) {
                // Left for the next time; a stray hidden file is never read.
            }
        }
        return removed;
    }

    /** What {@code validate} says about the leftovers of a folder. */
    public static List<Problem> report(Path dir) {
        List<Problem> out = new ArrayList<>();
        try {
            for (Leftover l : find(dir)) {
                out.add(Problem.warning(l.file().toString(), "file", l.stale()
                        ? "leftover temporary file of an interrupted save of " + l.target().getFileName()
                        + ", which has been saved since; Tandai deletes it at its next save in this folder"
                        : "leftover temporary file of an interrupted save of " + l.target().getFileName()
                        + ", newer than that file: it may hold the only copy of that save and is kept; compare "
                        + "the two before deleting it"));
            }
        } catch (IOException e) {
            out.add(Problem.warning(dir.toString(), "folder", "cannot list temporary files: " + SidecarStore.describe(e)));
        }
        return out;
    }

    /**
     * A leftover is stale when a file it could only have been meant to replace is at least as new:
     * its own file, or for a recovery journal's temporary file also the article's sidecar (a save
     * deletes the journal). Without such a file it may be all there is, so it is not stale.
     */
    private static boolean isStale(Path tmp, Path target) {
        Optional<FileTime> t = mtime(tmp);
        if (t.isEmpty()) {
            return false;
        }
        Optional<FileTime> ref = mtime(target);
        String name = target.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(RecoveryJournal.SUFFIX)) {
            Optional<FileTime> sidecar = mtime(target.resolveSibling(name.substring(1, name.length() - ".recovery".length())));
            if (ref.isEmpty() || (sidecar.isPresent() && sidecar.get().compareTo(ref.get()) > 0)) {
                ref = sidecar;
            }
        }
        return ref.isPresent() && t.get().compareTo(ref.get()) <= 0;
    }

    private static Optional<FileTime> mtime(Path p) {
        try {
            return Optional.of(Files.getLastModifiedTime(p));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
