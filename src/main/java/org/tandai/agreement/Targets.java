package org.tandai.agreement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.tandai.store.Corpus;
import org.tandai.store.CorpusLayout;
import org.tandai.store.Layer;
import org.tandai.store.Problem;
import org.tandai.store.SidecarFormat;
import org.tandai.store.StoreException;

/**
 * What {@code agree PATH...} compares: the articles named or found in the folders, each with the
 * layers that hold a sidecar of it, and the parties (every annotator seen, then the curated layer
 * when some article has one). Looks only at file names; reading is {@link AgreementRun}'s job.
 */
public final class Targets {
    /** One article and the layers that annotated it, curated first. */
    public record Target(Path article, CorpusLayout layout, List<Layer> layers) {
    }

    private final List<Target> targets;
    private final List<Layer> annotators;
    private final boolean curated;

    private Targets(List<Target> targets, List<Layer> annotators, boolean curated) {
        this.targets = targets;
        this.annotators = annotators;
        this.curated = curated;
    }

    /**
     * Finds the targets. A folder gives its articles that some layer annotated; an article
     * ({@code NAME.txt}) or one of its sidecars gives that article. Problems with the paths go to
     * {@code problems}.
     */
    public static Targets find(List<Path> paths, Consumer<Problem> problems) {
        Map<Path, Target> found = new LinkedHashMap<>();
        Map<Path, CorpusLayout> layouts = new LinkedHashMap<>();
        Map<Path, List<Layer>> layerLists = new LinkedHashMap<>();
        for (Path p : paths) {
            try {
                if (Files.isDirectory(p)) {
                    CorpusLayout layout = layout(p, layouts);
                    List<Layer> layers = layers(layout, layerLists);
                    for (Path article : new Corpus(layout.dir()).articles()) {
                        add(found, article, layout, layers);
                    }
                } else if (Files.isRegularFile(p) || Files.isRegularFile(articleOf(p))) {
                    Path article = articleOf(p);
                    CorpusLayout layout = layout(folderOf(article), layouts);
                    Target t = add(found, layout.dir().resolve(article.getFileName()), layout, layers(layout, layerLists));
                    if (t == null) {
                        problems.accept(Problem.error(p.toString(), "file", "no layer has annotations of this article"));
                    }
                } else {
                    problems.accept(Problem.error(p.toString(), "file", "no such file or folder"));
                }
            } catch (StoreException e) {
                problems.accept(e.problem());
            }
        }
        TreeSet<Layer> annotators = new TreeSet<>();
        boolean curated = false;
        for (Target t : found.values()) {
            for (Layer l : t.layers()) {
                if (l.isCurated()) {
                    curated = true;
                } else {
                    annotators.add(l);
                }
            }
        }
        return new Targets(new ArrayList<>(found.values()), new ArrayList<>(annotators), curated);
    }

    private static Target add(Map<Path, Target> found, Path article, CorpusLayout layout, List<Layer> layers) {
        Path key = article.toAbsolutePath().normalize();
        if (found.containsKey(key)) {
            return found.get(key);
        }
        List<Layer> present = new ArrayList<>(layers.size());
        for (Layer l : layers) {
            if (Files.isRegularFile(layout.sidecar(article, l))) {
                present.add(l);
            }
        }
        if (present.isEmpty()) {
            return null;
        }
        Target t = new Target(key, layout, present);
        found.put(key, t);
        return t;
    }

    /** The article a path names: itself, or the article of a sidecar (curated or an annotator's). */
    private static Path articleOf(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.endsWith(SidecarFormat.SUFFIX) ? CorpusLayout.filesOfSidecar(p).article() : p;
    }

    private static Path folderOf(Path article) {
        Path parent = article.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private static CorpusLayout layout(Path dir, Map<Path, CorpusLayout> cache) throws StoreException {
        Path key = dir.toAbsolutePath().normalize();
        CorpusLayout l = cache.get(key);
        if (l == null) {
            l = CorpusLayout.of(key);
            cache.put(key, l);
        }
        return l;
    }

    /** The curated layer, then the corpus's annotators, listed once per corpus. */
    private static List<Layer> layers(CorpusLayout layout, Map<Path, List<Layer>> cache) throws StoreException {
        List<Layer> l = cache.get(layout.dir());
        if (l == null) {
            l = new ArrayList<>();
            l.add(Layer.CURATED);
            l.addAll(layout.annotatorLayers());
            cache.put(layout.dir(), l);
        }
        return l;
    }

    public List<Target> targets() {
        return targets;
    }

    /** Every annotator's layer seen, sorted by slug. */
    public List<Layer> annotators() {
        return annotators;
    }

    /** Whether some article has a curated layer; it is then the last party. */
    public boolean curated() {
        return curated;
    }

    /** The annotators, then the curated layer when there is one: the parties whose pairs are compared. */
    public List<Layer> parties() {
        List<Layer> out = new ArrayList<>(annotators);
        if (curated) {
            out.add(Layer.CURATED);
        }
        return out;
    }
}
