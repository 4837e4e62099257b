package org.tandai.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Conflict;
import org.tandai.model.DocumentInfo;
import org.tandai.store.Problem;
import org.tandai.store.SidecarReader;
import org.tandai.store.SidecarStore;
import org.tandai.store.SidecarWriter;
import org.tandai.store.StoreException;

/**
 * What git's merge driver does with one sidecar ({@code %O %A %B %P}): reads the three versions with
 * the strict reader (an older format version migrates on the way), merges them
 * ({@link SidecarMerge}) and writes the result over ours, atomically. When any version cannot be
 * read, or the merge cannot be read back, nothing is written and the problems say where.
 */
public final class MergeDriver {
    private final SidecarStore store;

    /** What happened: the problems that stopped it (nothing written), or the merge written over ours. */
    public record Outcome(List<Problem> problems, SidecarMerge.Result merge) {
        public boolean written() {
            return merge != null;
        }

        /** Unresolved conflicts left in the written file (new and carried over). */
        public List<Conflict> conflicts() {
            return merge == null ? List.of() : merge.document().conflicts();
        }
    }

    public MergeDriver(SidecarStore store) {
        this.store = store;
    }

    /**
     * Merges {@code base}, {@code ours} and {@code theirs} (git's temporary files) into {@code ours}.
     * {@code path} is the sidecar's path in the repository, used to name the versions in messages.
     */
    public Outcome run(Path base, Path ours, Path theirs, String path) {
        List<Problem> problems = new ArrayList<>();
        // The three reads are most of the time: they run side by side.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<AnnotatedDocument> theirsRead = pool.submit(() -> read(theirs, path + " (theirs)", problems));
            Future<AnnotatedDocument> baseRead = isEmpty(base) ? null : pool.submit(() -> read(base, path + " (base)", problems));
            AnnotatedDocument o = read(ours, path + " (ours)", problems);
            AnnotatedDocument t = theirsRead.get();
            AnnotatedDocument b = baseRead == null ? (o == null ? null : emptyLike(o)) : baseRead.get();
            return merge(b, o, t, ours, path, problems);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(List.of(Problem.error(path, "merge", "interrupted")), null);
        } catch (ExecutionException e) {
            return new Outcome(List.of(Problem.error(path, "merge", "cannot read: " + e.getCause())), null);
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome merge(AnnotatedDocument b, AnnotatedDocument o, AnnotatedDocument t, Path ours, String path,
                          List<Problem> problems) {
        if (!problems.isEmpty() || b == null || o == null || t == null) {
            problems.sort(java.util.Comparator.comparing(Problem::file)); // the reads finish in any order
            return new Outcome(problems, null);
        }
        try {
            SidecarMerge.Result r = SidecarMerge.merge(b, o, t, path + " (merged)");
            store.writeAtomically(ours, SidecarWriter.toJson(r.document()).getBytes(StandardCharsets.UTF_8), false);
            return new Outcome(List.of(), r);
        } catch (SidecarMerge.MergeException e) {
            return new Outcome(e.problems(), null);
        } catch (StoreException e) {
            return new Outcome(List.of(e.problem()), null);
        }
    }

    /** Old ids mapped to new ones in the last merge, for the message. */
    public static String describeRenumbering(Map<String, String> renamed) {
        StringBuilder sb = new StringBuilder();
        renamed.forEach((a, b) -> sb.append(sb.length() == 0 ? "" : ", ").append(a).append(" -> ").append(b));
        return sb.toString();
    }

    /** Git gives an empty base when the two sides added the file independently. */
    private static boolean isEmpty(Path base) {
        try {
            return Files.size(base) == 0;
        } catch (IOException e) {
            return false; // the read reports it
        }
    }

    private static AnnotatedDocument emptyLike(AnnotatedDocument ours) {
        DocumentInfo i = ours.info();
        return new AnnotatedDocument(new DocumentInfo(i.file(), i.sha256(), null));
    }

    /** Reads one version; its problems are added to the shared list (synchronized: the reads run side by side). */
    private static AnnotatedDocument read(Path file, String label, List<Problem> problems) {
        try {
            SidecarReader.Result r = SidecarStore.readSidecar(file);
            List<Problem> errors = r.problems().stream().filter(Problem::isError)
                    .map(p -> new Problem(label, p.location(), p.message(), p.severity())).toList();
            if (r.document() == null || !errors.isEmpty()) {
                synchronized (problems) {
                    problems.addAll(errors);
                }
                return null;
            }
            return r.document();
        } catch (StoreException e) {
            Problem p = e.problem();
            synchronized (problems) {
                problems.add(new Problem(label, p.location(), p.message(), p.severity()));
            }
            return null;
        }
    }
}
