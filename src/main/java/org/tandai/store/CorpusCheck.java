package org.tandai.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.tandai.model.TagSet;

/**
 * Walks files and folders given on the command line and visits every annotated article of a layer
 * ({@link CorpusLayout}), one at a time so memory stays flat on large corpora. Used by {@code validate} and {@code stats}. A
 * sidecar still at an older format version gets a warning saying so (it is valid, and migrated).
 */
public final class CorpusCheck {

    /** One article's result in one layer: what loaded (may have a null document) and every problem. */
    public record Visit(DocumentFiles files, SidecarStore.Loaded loaded, List<Problem> problems) {
        public Path article() {
            return files.article();
        }
    }

    private final SidecarStore store;

    public CorpusCheck(SidecarStore store) {
        this.store = store;
    }

    /**
     * Expands paths into the files of one layer ({@link Layer#CURATED}: the curated or sole layer):
     * a corpus folder gives the articles that have a sidecar in that layer (and sidecars whose
     * article is missing, reported by {@link #visit}); an article gives its files in that layer; a
     * sidecar gives itself, in the layer of the folder it is in. Problems with the paths themselves
     * go to {@code problems}. {@code layer} null means every layer of each corpus folder (curated
     * first, then each annotator's), which is what {@code validate} checks.
     */
    public List<DocumentFiles> expand(List<Path> paths, Layer layer, List<Problem> problems) {
        Set<DocumentFiles> out = new LinkedHashSet<>();
        for (Path p : paths) {
            try {
                if (Files.isDirectory(p)) {
                    CorpusLayout layout = CorpusLayout.withTeamFlag(p, false);
                    List<Layer> layers = new ArrayList<>(List.of(Layer.CURATED));
                    if (layer == null) {
                        layers.addAll(layout.annotatorLayers());
                    } else if (!layer.isCurated()) {
                        layers.set(0, layer);
                    }
                    for (Layer l : layers) {
                        out.addAll(sidecarsIn(p, layout, l, problems));
                    }
                } else if (p.getFileName() != null && p.getFileName().toString().endsWith(SidecarFormat.SUFFIX)) {
                    out.add(CorpusLayout.filesOfSidecar(p));
                } else if (Files.isRegularFile(p)) {
                    CorpusLayout layout = CorpusLayout.withTeamFlag(parentOf(p), false);
                    List<Layer> layers = layer != null ? List.of(layer) : layout.layersOf(p);
                    for (Layer l : layers.isEmpty() ? List.of(Layer.CURATED) : layers) {
                        out.add(layout.files(p, l));
                    }
                } else {
                    problems.add(Problem.error(p.toString(), "file", "no such file or folder"));
                }
            } catch (StoreException e) {
                problems.add(e.problem());
            }
        }
        return new ArrayList<>(out);
    }

    /** {@link #expand(List, Layer, List)} of the curated (or sole) layer, as articles. */
    public List<Path> expand(List<Path> paths, List<Problem> problems) {
        return expand(paths, Layer.CURATED, problems).stream().map(DocumentFiles::article).toList();
    }

    private static List<DocumentFiles> sidecarsIn(Path corpus, CorpusLayout layout, Layer layer, List<Problem> problems) {
        Path folder = layer.isCurated() ? corpus : corpus.resolve(CorpusLayout.ANNOTATORS).resolve(layer.slug());
        List<DocumentFiles> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*" + SidecarFormat.SUFFIX)) {
            for (Path sidecar : ds) {
                String name = sidecar.getFileName().toString();
                Path article = corpus.resolve(name.substring(0, name.length() - SidecarFormat.SUFFIX.length()) + ".txt");
                found.add(layout.files(article, layer));
            }
        } catch (IOException e) {
            problems.add(Problem.error(folder.toString(), "folder", "cannot list: " + SidecarStore.describe(e)));
        }
        found.sort(java.util.Comparator.comparing(f -> f.article().getFileName().toString()));
        return found;
    }

    static Path articleFor(Path sidecar) {
        return CorpusLayout.filesOfSidecar(sidecar).article();
    }

    private static Path parentOf(Path p) {
        Path parent = p.getParent();
        return parent != null ? parent : Path.of(".");
    }

    /**
     * The notice {@code validate} prints for a sidecar still at an older format version: it is
     * valid and loads (migrated), and its first save upgrades it, keeping the original aside.
     */
    static Problem olderVersionNotice(DocumentFiles files, int version) {
        return Problem.warning(files.sidecar().toString(), "version", "still at format version "
                + version + "; it loads as version " + SidecarFormat.VERSION + ", and its next save writes version "
                + SidecarFormat.VERSION + " and keeps this file as " + files.v1Backup().getFileName());
    }

    /**
     * Loads and validates each article, in its layer, with the tag set of its corpus folder, and
     * hands each visit to {@code visitor} in the order of {@code articles}. The loading runs a few
     * articles ahead on the machine's cores ({@link OrderedPipeline}); the visitor runs on the
     * calling thread, so what it prints comes out in the same order as from a single thread.
     */
    public void visit(List<DocumentFiles> articles, Consumer<Visit> visitor) {
        visit(articles, OrderedPipeline.forMachine(), () -> false, visitor);
    }

    /**
     * As above with a given pipeline; {@code stop} is asked before each visit and ends the walk
     * when true (the window's Cancel). Returns false when it was stopped.
     */
    public boolean visit(List<DocumentFiles> articles, OrderedPipeline pipeline, java.util.function.BooleanSupplier stop,
                         Consumer<Visit> visitor) {
        return pipeline.run(prepare(articles), this::load, stop, (item, v) -> visitor.accept(v));
    }

    /** An article with the tag set of its folder and the folder's own problems, reported with its first article. */
    private record Prepared(DocumentFiles files, TagSet tags, List<Problem> leading) {
    }

    /** Tag sets and folder checks in article order, once per folder, before any article is loaded. */
    private static List<Prepared> prepare(List<DocumentFiles> articles) {
        List<Prepared> out = new ArrayList<>(articles.size());
        Path lastDir = null;
        Path lastFolder = null;
        TagSetStore.Result tags = null;
        for (DocumentFiles files : articles) {
            Path dir = files.article().toAbsolutePath().getParent();
            List<Problem> leading = new ArrayList<>();
            if (!dir.equals(lastDir)) {
                tags = TagSetStore.load(dir);
                leading.addAll(tags.problems());
                lastDir = dir;
            }
            if (!files.folder().equals(lastFolder)) {
                leading.addAll(TempFiles.report(files.folder()));
                lastFolder = files.folder();
            }
            out.add(new Prepared(files, tags.tagSet(), leading.isEmpty() ? List.of() : leading));
        }
        return out;
    }

    /** One article's visit; runs on a worker thread, touches nothing shared. */
    private Visit load(Prepared p) {
        DocumentFiles files = p.files();
        Path article = files.article();
        List<Problem> problems = new ArrayList<>(p.leading());
        if (!Files.exists(article) && Files.exists(files.sidecar())) {
            problems.add(Problem.error(files.sidecar().toString(), "document.file",
                    "the article " + article.getFileName() + " is missing"));
            return new Visit(files, null, problems);
        }
        try {
            // Read once and dropped: spans keep their own quotes (text-backed spans only pay off for an open document).
            SidecarStore.Loaded loaded = store.loadOnce(files, p.tags());
            if (loaded.olderVersion()) {
                problems.add(olderVersionNotice(files, loaded.fileVersion()));
            }
            problems.addAll(loaded.problems());
            return new Visit(files, loaded, problems);
        } catch (StoreException e) {
            problems.add(e.problem());
            return new Visit(files, null, problems);
        }
    }

    /** The tag set for a folder, for callers that need it outside a visit. */
    public static TagSet tagSetFor(Path dir) {
        return TagSetStore.load(dir).tagSet();
    }
}
