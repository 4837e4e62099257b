package org.tandai.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tandai.model.TagSet;
import org.tandai.store.CorpusCheck;
import org.tandai.store.Problem;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import org.tandai.store.TagSetStore;

/**
 * Exports annotated articles in one format into a folder, loading one article at a time so that
 * memory stays flat on large corpora. Refuses to write into a folder that holds any of the
 * articles being exported (brat would overwrite the originals).
 */
public final class ExportService {
    /** What an export did. */
    public record Summary(int articles, int skipped, boolean cancelled) {
    }

    private final SidecarStore store;

    public ExportService(SidecarStore store) {
        this.store = store;
    }

    /** The exporter for a format writing into {@code outDir}. */
    public static Exporter exporter(Format format, Path outDir, TagSet tags, ClaimReviewSettings settings) throws IOException {
        return switch (format) {
            case JSONL -> new JsonlExporter(outDir);
            case CONLL -> new ConllExporter(outDir);
            case BRAT -> new BratExporter(outDir);
            case W3C -> new W3cExporter(outDir);
            case CLAIMREVIEW -> new ClaimReviewExporter(outDir, tags, settings);
            case LABELSTUDIO -> new LabelStudioExporter(outDir);
        };
    }

    public Summary run(Format format, List<Path> paths, Path outDir, ClaimReviewSettings overrides, Progress progress,
                       Consumer<Problem> problems) throws IOException {
        List<Problem> pathProblems = new ArrayList<>();
        List<Path> articles = new CorpusCheck(store).expand(paths, pathProblems);
        pathProblems.forEach(problems);
        Path out = outDir.toAbsolutePath().normalize();
        for (Path a : articles) {
            if (a.toAbsolutePath().normalize().getParent().equals(out)) {
                throw new StoreException(Problem.error(outDir.toString(), "folder", "holds the articles being exported; "
                        + "choose another output folder so no original is overwritten"));
            }
        }
        Files.createDirectories(out);
        Path firstDir = articles.isEmpty() ? out : articles.get(0).toAbsolutePath().getParent();
        TagSet tags = TagSetStore.load(firstDir).tagSet();
        ClaimReviewSettings settings = ClaimReviewSettings.read(firstDir, problems)
                .with(overrides.publisher(), overrides.publisherUrl(), overrides.baseUrl());
        int done = 0;
        int skipped = 0;
        boolean cancelled = false;
        Path lastDir = null;
        TagSet dirTags = tags;
        try (Exporter exporter = exporter(format, out, tags, settings)) {
            for (Path article : articles) {
                if (progress.cancelled()) {
                    cancelled = true;
                    break;
                }
                Path dir = article.toAbsolutePath().getParent();
                if (!dir.equals(lastDir)) {
                    dirTags = TagSetStore.load(dir).tagSet();
                    lastDir = dir;
                }
                if (load(article, dirTags, exporter, problems)) {
                    done++;
                } else {
                    skipped++;
                }
                progress.update(done + skipped, articles.size(), article.getFileName().toString());
            }
            exporter.finish();
        }
        return new Summary(done, skipped, cancelled);
    }

    private boolean load(Path article, TagSet tags, Exporter exporter, Consumer<Problem> problems) throws IOException {
        SidecarStore.Loaded loaded;
        try {
            loaded = store.loadOnce(article, tags);
        } catch (StoreException e) {
            problems.accept(e.problem());
            return false;
        }
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
        String where = SidecarStore.sidecarFor(article).toString();
        exporter.write(new Article(name, loaded.text(), loaded.document()), p -> problems.accept(p.file().equals(label)
                ? new Problem(where, p.location(), p.message(), p.severity()) : p));
        return true;
    }
}
