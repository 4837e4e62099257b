package org.tandai.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.TagSet;
import org.tandai.store.CorpusCheck;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Layer;
import org.tandai.store.OrderedPipeline;
import org.tandai.store.Problem;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import org.tandai.store.TagSetStore;

/**
 * Exports annotated articles in one format into a folder, loading one article at a time so that
 * memory stays flat on large corpora. Refuses to write into a folder that holds any of the
 * articles being exported, comparing real paths (brat would overwrite the originals). Every output
 * file is written under a temporary name and moved into place when whole (decision 0720); an
 * export that fails or is interrupted leaves whole files only and says which articles they hold.
 */
public final class ExportService {
    /**
     * What an export did: {@code articles} written, {@code skipped} unreadable, {@code empty} read
     * but with nothing this format can express (ClaimReview: no claim with a verdict); the first and
     * last article written, in name order.
     */
    public record Summary(int articles, int skipped, boolean cancelled, int empty, String first, String last) {
        /** One sentence for the person who asked, starting with "exported"; {@code format} says why an article was empty. */
        public String describe(Format format, Path out) {
            StringBuilder sb = new StringBuilder("exported " + articles + " article(s) as " + format.key() + " to " + out);
            if (cancelled) {
                sb.append(articles == 0 ? " before it was cancelled" : " (" + first + (articles > 1 ? " \u2026 " + last : "")
                        + ") before it was cancelled; the others were not exported");
            }
            if (empty > 0) {
                sb.append("; ").append(empty).append(" article(s) had ").append(format == Format.CLAIMREVIEW
                        ? "no claim with a verdict other than unverified" : "nothing to export")
                        .append(", so no file was written for them");
            }
            if (skipped > 0) {
                sb.append("; ").append(skipped).append(" skipped");
            }
            return sb.toString();
        }
    }

    private final SidecarStore store;
    private final boolean includeSuggested;
    private final OrderedPipeline pipeline;

    /** An export that leaves out suggested (and rejected) annotations. */
    public ExportService(SidecarStore store) {
        this(store, false);
    }

    /** {@code includeSuggested}: also export annotations still suggested (rejected ones never leave). */
    public ExportService(SidecarStore store, boolean includeSuggested) {
        this(store, includeSuggested, OrderedPipeline.forMachine());
    }

    /** {@code pipeline}: how many articles are read at once (one worker: all on the calling thread). */
    public ExportService(SidecarStore store, boolean includeSuggested, OrderedPipeline pipeline) {
        this.store = store;
        this.includeSuggested = includeSuggested;
        this.pipeline = pipeline;
    }

    /** The exporter for a format writing into {@code outDir}. */
    public static Exporter exporter(Format format, Path outDir, TagSet tags, ClaimReviewSettings settings) throws IOException {
        return exporter(format, new OutputFiles(outDir), tags, settings);
    }

    static Exporter exporter(Format format, OutputFiles files, TagSet tags, ClaimReviewSettings settings) throws IOException {
        return switch (format) {
            case JSONL -> new JsonlExporter(files);
            case CONLL -> new ConllExporter(files);
            case BRAT -> new BratExporter(files);
            case W3C -> new W3cExporter(files);
            case CLAIMREVIEW -> new ClaimReviewExporter(files, tags, settings);
            case LABELSTUDIO -> new LabelStudioExporter(files);
        };
    }

    public Summary run(Format format, List<Path> paths, Path outDir, ClaimReviewSettings overrides, Progress progress,
                       Consumer<Problem> problems) throws IOException {
        return run(format, paths, Layer.CURATED, outDir, overrides, progress, problems, new ExportRun());
    }

    /**
     * As above, from one layer of the corpus ({@link Layer#CURATED}: the curated or sole layer);
     * {@code run} lets another thread stop the export cleanly and learn what is complete.
     */
    public Summary run(Format format, List<Path> paths, Layer layer, Path outDir, ClaimReviewSettings overrides,
                       Progress progress, Consumer<Problem> problems, ExportRun run) throws IOException {
        List<Problem> pathProblems = new ArrayList<>();
        List<DocumentFiles> layerFiles = new CorpusCheck(store).expand(paths, layer, pathProblems);
        List<Path> articles = layerFiles.stream().map(DocumentFiles::article).toList();
        pathProblems.forEach(problems);
        OutputFolder.checkExport(articles, outDir);
        Path out = outDir.toAbsolutePath().normalize();
        Files.createDirectories(out);
        Path firstDir = articles.isEmpty() ? out : articles.get(0).toAbsolutePath().getParent();
        TagSet tags = TagSetStore.load(firstDir).tagSet();
        ClaimReviewSettings settings = ClaimReviewSettings.read(firstDir, problems)
                .with(overrides.publisher(), overrides.publisherUrl(), overrides.baseUrl());
        int[] counts = new int[3];  // done, skipped, empty
        boolean cancelled;
        OutputFiles files = new OutputFiles(out);
        Path[] current = {out};
        try (Exporter exporter = exporter(format, files, tags, settings)) {
            run.begin(format, files, exporter);
            try {
                // Articles are read, parsed and validated a few ahead on the machine's cores; each is
                // written here, in name order, so the output is byte for byte what one thread writes.
                cancelled = !pipeline.run(withTags(layerFiles, tags), this::read, progress::cancelled, (item, read) -> {
                    Path article = item.files().article();
                    current[0] = article;
                    long before = files.written();
                    if (!write(read, exporter, problems)) {
                        counts[1]++;
                    } else if (files.written() > before) {
                        counts[0]++;
                        run.written(article.getFileName().toString());
                    } else {
                        counts[2]++;
                    }
                    progress.update(counts[0] + counts[1] + counts[2], articles.size(), article.getFileName().toString());
                });
                current[0] = out;
                exporter.finish();
                run.end();
            } catch (IOException | RuntimeException | Error e) {
                run.abandon();
                throw stopped(run, current[0], e);
            }
        } finally {
            files.discardTemps();
        }
        return new Summary(counts[0], counts[1], cancelled, counts[2], run.first(), run.last());
    }

    /** An article with the tag set of its folder (loaded once per folder, in order). */
    private record Item(DocumentFiles files, TagSet tags) {
    }

    private static List<Item> withTags(List<DocumentFiles> layerFiles, TagSet firstTags) {
        List<Item> items = new ArrayList<>(layerFiles.size());
        Path lastDir = null;
        TagSet dirTags = firstTags;
        for (DocumentFiles af : layerFiles) {
            Path dir = af.article().toAbsolutePath().getParent();
            if (!dir.equals(lastDir)) {
                dirTags = TagSetStore.load(dir).tagSet();
                lastDir = dir;
            }
            items.add(new Item(af, dirTags));
        }
        return items;
    }

    /**
     * One article as read for export, on a worker thread: its load (null with {@code failure} when
     * unreadable) and the document to write (suggestions left out unless asked for).
     */
    private record Read(DocumentFiles files, SidecarStore.Loaded loaded, Problem failure, AnnotatedDocument doc,
                        Throwable crash) {
    }

    private Read read(Item item) {
        try {
            SidecarStore.Loaded loaded = store.loadOnce(item.files(), item.tags());
            AnnotatedDocument doc = loaded.document() == null || includeSuggested ? loaded.document()
                    : Exports.withoutSuggested(loaded.document());
            return new Read(item.files(), loaded, null, doc, null);
        } catch (StoreException e) {
            return new Read(item.files(), null, e.problem(), null, null);
        } catch (RuntimeException | Error e) {
            // Thrown when its turn comes, so the failure names this article, as it did from one thread.
            return new Read(item.files(), null, null, null, e);
        }
    }

    /** A failed export as one located message: why, and what is whole on disk. */
    private static StoreException stopped(ExportRun run, Path where, Throwable e) {
        if (e instanceof StoreException se) {
            Problem p = se.problem();
            return new StoreException(new Problem(p.file(), p.location(), p.message() + "; export stopped: " + run.describe(),
                    p.severity()));
        }
        if (e instanceof java.io.UncheckedIOException u && u.getCause() != null) {
            e = u.getCause();
        }
        String why;
        if (e instanceof OutOfMemoryError) {
            why = "not enough memory (" + e.getMessage() + "); give Tandai more, e.g. TANDAI_JAVA_OPTS=-Xmx2g";
        } else if (e instanceof java.io.InterruptedIOException && run.interrupted()) {
            why = "interrupted";
        } else {
            why = (e instanceof IOException ? "cannot write: " : "failed: ") + reason(e);
        }
        return new StoreException(Problem.error(where.toString(), "export", "stopped: " + why + "; " + run.describe()));
    }

    /** An exception's message, naming the kind of file-system failure when the message is only a path. */
    static String reason(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Reports an article's problems and writes it, on the calling thread; false when it was skipped. */
    private boolean write(Read read, Exporter exporter, Consumer<Problem> problems) throws IOException {
        if (read.crash() instanceof RuntimeException e) {
            throw e;
        }
        if (read.crash() instanceof Error e) {
            throw e;
        }
        if (read.failure() != null) {
            problems.accept(read.failure());
            return false;
        }
        DocumentFiles af = read.files();
        Path article = af.article();
        SidecarStore.Loaded loaded = read.loaded();
        boolean textChanged = false;
        for (Problem p : loaded.problems()) {
            if (p.isError()) {
                problems.accept(p);
                textChanged |= p.location().equals("document.sha256");
            }
        }
        if (loaded.document() == null || textChanged) {
            problems.accept(Problem.error(article.toString(), "export", "skipped: "
                    + (textChanged ? "the text changed since it was annotated; re-anchor first" : "annotations unreadable")));
            return false;
        }
        String name = article.getFileName().toString();
        name = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        // Exporters name the article "NAME.txt"; report the sidecar's path so the message can be acted on.
        String label = name + ".txt";
        String where = af.sidecar().toString();
        exporter.write(new Article(name, loaded.text(), read.doc()), p -> problems.accept(p.file().equals(label)
                ? new Problem(where, p.location(), p.message(), p.severity()) : p));
        return true;
    }
}
