package org.tandai.store;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.tandai.model.AnnotatedDocument;

/**
 * Keeps unsaved edits safe from a crash or {@code kill -9}: shortly after each change the whole
 * unsaved document is written, atomically, to a hidden file beside its sidecar
 * ({@code .NAME.annotations.json.recovery}, {@link DocumentFiles#journal}: one per layer); a successful save deletes it. On the next start
 * {@link #find} lists what can be restored. The journal is a sidecar in the canonical format
 * plus a {@code recovery} block (when, and the sidecar it was based on), so it is readable by
 * the same strict reader and never torn. See docs/decisions/0302-recovery-journal.md.
 */
public final class RecoveryJournal implements AutoCloseable {
    public static final String SUFFIX = SidecarFormat.SUFFIX + ".recovery";
    private static final String BLOCK = "recovery";

    /**
     * A journal found on disk. {@code upToDate} means it holds exactly what the sidecar holds (a
     * crash between save and cleanup): nothing to offer, discard it. {@code baseChanged} means the
     * sidecar changed since the edits began: offer keep mine / take theirs / keep both.
     */
    public record Recovery(DocumentFiles files, Path file, Instant savedAt, int annotations, boolean upToDate,
                           boolean baseChanged) {
        public Path article() {
            return files.article();
        }
    }

    /** A restored document (mark it unsaved) and what reading the journal found. */
    public record Restored(AnnotatedDocument document, List<Problem> problems) {
    }

    private final SidecarStore store;
    private final ScheduledExecutorService io;
    private final Executor documentThread;
    private final Duration delay;
    private final Consumer<StoreException> onError;
    private final Map<DocumentFiles, ScheduledFuture<?>> pending = new HashMap<>();

    /**
     * @param io             runs the delayed writes (one background thread is enough)
     * @param documentThread where the document may be read: the FX thread in the window, the
     *                       calling thread ({@code Runnable::run}) in tests and the CLI
     * @param delay          how long after the last change the journal is written (about a second)
     * @param onError        told when a journal write fails (full disk), so the window can warn
     */
    public RecoveryJournal(SidecarStore store, ScheduledExecutorService io, Executor documentThread, Duration delay,
                           Consumer<StoreException> onError) {
        this.store = store;
        this.io = io;
        this.documentThread = documentThread;
        this.delay = delay;
        this.onError = onError;
    }

    /**
     * Notes a change. The journal is written at most {@code delay} after the first change not yet
     * journaled, with the document as it is then; further changes in between ride along. (A pure
     * debounce would postpone the journal forever while someone keeps typing.) {@code base} is the
     * fingerprint of the sidecar the edits started from.
     */
    public synchronized void changed(DocumentFiles files, AnnotatedDocument doc, Fingerprint base) {
        ScheduledFuture<?> old = pending.get(files);
        if (old != null && !old.isDone()) {
            return;
        }
        pending.put(files, io.schedule(() -> {
            synchronized (this) {
                pending.remove(files);
            }
            // Copy the lists where the document lives (the FX thread): a few microseconds, since edits
            // replace annotations rather than change them. Serializing the copy (tens of milliseconds
            // and megabytes of garbage on a 10,000-annotation article) happens here, off that thread.
            AnnotatedDocument snapshot;
            try {
                snapshot = CompletableFuture.supplyAsync(doc::shallowCopy, documentThread).join();
            } catch (RuntimeException e) {
                onError.accept(new StoreException(Problem.error(files.journal().toString(), "recovery",
                        "could not take a snapshot of the unsaved edits (" + e + ")"), e));
                return;
            }
            try {
                writeCopy(files, snapshot, base);
            } catch (StoreException e) {
                onError.accept(e);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    /**
     * Writes the journal now, on the calling thread (which must be allowed to read the document; it
     * is copied first, a pointer per annotation, and the copy is written).
     */
    public void write(DocumentFiles files, AnnotatedDocument doc, Fingerprint base) throws StoreException {
        writeCopy(files, doc.shallowCopy(), base);
    }

    /**
     * The sidecar of {@code copy} with the recovery block as its last top-level field, streamed to
     * the file (decision 1220): the 4 MB string and byte copies it was built from before were G1
     * humongous allocations, one a second while someone edited. {@code copy} is this writer's own.
     */
    private synchronized void writeCopy(DocumentFiles files, AnnotatedDocument copy, Fingerprint base) throws StoreException {
        JsonObject block = new JsonObject();
        block.addProperty("savedAt", Instant.now().toString());
        block.addProperty("baseSha256", base == null ? "" : base.sha256());
        copy.extras().remove(BLOCK);
        copy.extras().put(BLOCK, block);
        store.writeAtomically(files.journal(), out -> SidecarWriter.write(copy, out), false);
    }

    /** Deletes the journal and cancels a pending write: call after a successful save or when the user declines. */
    public synchronized void discard(DocumentFiles files) throws StoreException {
        ScheduledFuture<?> old = pending.remove(files);
        if (old != null) {
            old.cancel(false);
        }
        Path f = files.journal();
        // Under the journal's write lock, so a delete never lands between another writer's check and rename.
        try (FileLocks.Held held = FileLocks.hold(f)) {
            Files.deleteIfExists(f);
        } catch (StoreException e) {
            throw e;
        } catch (IOException e) {
            throw new StoreException(Problem.error(f.toString(), "file", "cannot delete: " + SidecarStore.describe(e)), e);
        }
    }

    /** Journals of the curated (or sole) layer left in a corpus folder; see {@link #find(CorpusLayout, Layer)}. */
    public List<Recovery> find(Path corpusDir) throws StoreException {
        return find(CorpusLayout.withTeamFlag(corpusDir, false), Layer.CURATED);
    }

    /** Journals of one layer left by an earlier run that did not save, sorted by article. */
    public List<Recovery> find(CorpusLayout layout, Layer layer) throws StoreException {
        Path folder = layout.folderOf(layer);
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, ".*" + SUFFIX)) {
            ds.forEach(files::add);
        } catch (IOException e) {
            throw new StoreException(Problem.error(folder.toString(), "folder", "cannot list: " + SidecarStore.describe(e)), e);
        }
        files.sort(null);
        List<Recovery> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String base = name.substring(1, name.length() - SUFFIX.length());
            DocumentFiles of = layout.files(layout.dir().resolve(base + ".txt"), layer);
            SidecarReader.Result r = SidecarStore.readSidecar(f);
            if (r.document() == null) {
                continue;  // not ours or damaged; restore() would report why
            }
            JsonElement block = (JsonElement) r.document().extras().remove(BLOCK);
            Instant savedAt = null;
            String baseSha = "";
            if (block != null && block.isJsonObject()) {
                JsonObject o = block.getAsJsonObject();
                try {
                    savedAt = o.has("savedAt") ? Instant.parse(o.get("savedAt").getAsString()) : null;
                    baseSha = o.has("baseSha256") ? o.get("baseSha256").getAsString() : "";
                } catch (RuntimeException e) {
                    savedAt = null;  // a damaged block still lets the edits be offered
                }
            }
            Path sidecar = of.sidecar();
            Fingerprint now = Fingerprint.of(sidecar);
            boolean upToDate = false;
            if (now.exists()) {
                try {
                    upToDate = SidecarWriter.toJson(r.document()).equals(Files.readString(sidecar, StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException e) {
                    upToDate = false;
                }
            }
            out.add(new Recovery(of, f, savedAt, r.document().size(), upToDate, !now.sha256().equals(baseSha)));
        }
        return out;
    }

    /** Reads the journal of an article back into a document; the journal stays until {@link #discard}. */
    public Restored restore(DocumentFiles files) throws StoreException {
        SidecarReader.Result r = SidecarStore.readSidecar(files.journal());
        if (r.document() == null) {
            throw new StoreException(r.problems().isEmpty()
                    ? Problem.error(files.journal().toString(), "file", "not a recovery file")
                    : r.problems().get(0));
        }
        r.document().extras().remove(BLOCK);
        return new Restored(r.document(), r.problems());
    }

    /** Cancels pending writes; the caller flushes first with {@link #write} if it wants them kept. */
    @Override
    public synchronized void close() {
        pending.values().forEach(f -> f.cancel(false));
        pending.clear();
    }
}
