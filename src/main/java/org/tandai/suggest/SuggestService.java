package org.tandai.suggest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.tandai.model.AnnotatedDocument;
import org.tandai.store.DocumentFiles;
import org.tandai.store.CorpusCheck;
import org.tandai.store.Problem;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;

/**
 * {@code tandai suggest} and {@code suggest --evaluate} over articles and corpus folders, one folder's
 * knowledge at a time (docs/suggestions.md). Suggesting never changes an annotation already in a
 * sidecar; it only adds, and saves through the store's atomic, conflict-checked save.
 */
public final class SuggestService {
    /** What suggesting did to one article: how many suggestions of each kind were added. */
    public record Added(Path article, Map<String, Integer> byKind, boolean createdSidecar) {
        public int total() {
            return byKind.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final SidecarStore store;
    private final String annotator;

    public SuggestService(SidecarStore store, String annotator) {
        this.store = store;
        this.annotator = annotator;
    }

    /**
     * Articles named by the paths: a folder gives every {@code *.txt} in it, with or without a
     * sidecar (suggest makes one); a sidecar gives its article. Problems with the paths go to {@code problems}.
     */
    public List<Path> articles(List<Path> paths, Consumer<Problem> problems) {
        Set<Path> out = new LinkedHashSet<>();
        List<Problem> found = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> txts = new ArrayList<>();
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(p, "*.txt")) {
                    ds.forEach(txts::add);
                } catch (IOException e) {
                    found.add(Problem.error(p.toString(), "folder", "cannot list: " + e.getMessage()));
                }
                txts.sort(null);
                out.addAll(txts);
                out.addAll(new CorpusCheck(store).expand(List.of(p), found));
            } else {
                out.addAll(new CorpusCheck(store).expand(List.of(p), found));
            }
        }
        found.forEach(problems);
        return new ArrayList<>(out);
    }

    /** Adds suggestions to each article's sidecar (none written when {@code dryRun}); one result per article changed or not. */
    public List<Added> suggest(List<Path> articles, Set<String> only, boolean dryRun, Consumer<Problem> problems) {
        List<Added> out = new ArrayList<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (Map.Entry<Path, List<Path>> folder : byFolder(articles).entrySet()) {
            CorpusKnowledge knowledge = knowledge(folder.getKey(), problems);
            if (knowledge == null) {
                continue;
            }
            SuggestionEngine engine = knowledge.engine();
            for (Path article : folder.getValue()) {
                try {
                    SidecarStore.Opened opened = store.open(article, CorpusCheck.tagSetFor(folder.getKey()));
                    SidecarStore.Loaded loaded = opened.loaded();
                    if (loaded.document() == null || loaded.readOnly() || loaded.hasErrors()) {
                        loaded.problems().stream().filter(Problem::isError).forEach(problems);
                        problems.accept(Problem.error(DocumentFiles.curated(article).sidecar().toString(), "suggest",
                                "not changed: the file did not load cleanly (see above)"));
                        continue;
                    }
                    AnnotatedDocument doc = loaded.document();
                    List<Suggestion> found = engine.suggest(loaded.text(), doc, only);
                    Map<String, Integer> byKind = new TreeMap<>();
                    for (Suggestion s : found) {
                        byKind.merge(s.recommender(), 1, Integer::sum);
                    }
                    if (!found.isEmpty() && !dryRun) {
                        Suggestions.apply(doc, found, annotator, now);
                        store.save(article, doc, opened.sidecar());
                    }
                    out.add(new Added(article, byKind, !loaded.sidecarExists() && !found.isEmpty() && !dryRun));
                } catch (StoreException e) {
                    problems.accept(e.problem());
                }
            }
        }
        return out;
    }

    /**
     * Re-annotates each article from scratch, in memory, and compares with its accepted annotations.
     * The names and cues for an article are learned from the other articles of its folder only, so
     * an article is never measured against what it taught; the folder's cue model is left out for
     * the articles it was trained on. {@code withOwnNames} also lets an
     * article's own accepted names into its gazetteer, which measures how well accepted names are
     * proposed where they recur (optimistic: the first mention of each was accepted by hand).
     */
    public Evaluation evaluate(List<Path> articles, Set<String> only, boolean withOwnNames, Consumer<Problem> problems) {
        Evaluation eval = new Evaluation();
        for (Map.Entry<Path, List<Path>> folder : byFolder(articles).entrySet()) {
            List<SidecarStore.Loaded> loaded = new ArrayList<>();
            for (Path article : folder.getValue()) {
                SidecarStore.Loaded l = loadQuietly(article, folder.getKey(), problems);
                if (l != null && l.sidecarExists()) {
                    loaded.add(l);
                } else if (l != null) {
                    problems.accept(Problem.error(DocumentFiles.curated(article).sidecar().toString(), "evaluate",
                            "skipped: no annotations to compare with"));
                }
            }
            Gazetteer imported;
            CorpusKnowledge base;
            try {
                imported = CorpusKnowledge.imported(folder.getKey());
                base = new CorpusKnowledge(imported, CorpusKnowledge.readModel(folder.getKey()), List.of(),
                        CorpusKnowledge.readCueModel(folder.getKey()));
            } catch (IOException | IllegalArgumentException e) {
                problems.accept(Problem.error(folder.getKey().toString(), "evaluate", e.getMessage()));
                continue;
            }
            int seenByModel = 0;
            for (SidecarStore.Loaded one : loaded) {
                CueModel cueModel = base.cueModel();
                if (cueModel != null && cueModel.trainedOn(one.text())) {
                    cueModel = null;
                    seenByModel++;
                }
                Gazetteer g = new Gazetteer();
                for (Gazetteer.Entry x : imported.entries()) {
                    g.learn(x.surface(), x.type(), x.entity());
                }
                CueLearner cues = new CueLearner();
                List<AnnotatedDocument> names = new ArrayList<>();
                for (SidecarStore.Loaded other : loaded) {
                    if (other != one) {
                        cues.add(other.text(), other.document());
                    }
                    if (other != one || withOwnNames) {
                        names.add(other.document());
                    }
                }
                g.learnAll(names);
                SuggestionEngine engine = new CorpusKnowledge(g, base.model(), cues.learned(), cueModel).engine();
                AnnotatedDocument gold = one.document();
                AnnotatedDocument scratch = new AnnotatedDocument(gold.info().copy());
                eval.add(gold, engine.suggest(one.text(), scratch, only));
            }
            if (seenByModel > 0) {
                problems.accept(Problem.warning(CorpusKnowledge.cueModelFile(folder.getKey()).toString(), "evaluate",
                        seenByModel + " article(s) measured without the cue model, which was trained on them"));
            }
        }
        return eval;
    }

    private SidecarStore.Loaded loadQuietly(Path article, Path dir, Consumer<Problem> problems) {
        try {
            SidecarStore.Loaded l = store.loadOnce(DocumentFiles.curated(article), CorpusCheck.tagSetFor(dir));
            if (l.document() == null || l.hasErrors()) {
                l.problems().stream().filter(Problem::isError).forEach(problems);
                problems.accept(Problem.error(DocumentFiles.curated(article).sidecar().toString(), "suggest",
                        "skipped: the annotations did not load cleanly"));
                return null;
            }
            return l;
        } catch (StoreException e) {
            problems.accept(e.problem());
            return null;
        }
    }

    /** The folder's knowledge: its imported names and model, and the accepted names and cues of its articles. */
    private CorpusKnowledge knowledge(Path dir, Consumer<Problem> problems) {
        try {
            // Problems of single articles are reported when the article itself is visited.
            return CorpusKnowledge.read(dir, loadFolder(store, dir, p -> { }));
        } catch (IOException | IllegalArgumentException e) {
            problems.accept(Problem.error(dir.toString(), "suggest", e.getMessage()));
            return null;
        }
    }

    /** Every article of a folder that has annotations, loaded once; those that cannot be read go to {@code problems}. */
    public static List<SidecarStore.Loaded> loadFolder(SidecarStore store, Path dir, Consumer<Problem> problems) {
        List<SidecarStore.Loaded> out = new ArrayList<>();
        List<Problem> found = new ArrayList<>();
        for (Path a : new CorpusCheck(store).expand(List.of(dir), found)) {
            try {
                SidecarStore.Loaded l = store.loadOnce(DocumentFiles.curated(a), CorpusCheck.tagSetFor(dir));
                if (l.document() != null) {
                    out.add(l);
                }
            } catch (StoreException e) {
                found.add(e.problem());
            }
        }
        found.forEach(problems);
        return out;
    }

    private static Map<Path, List<Path>> byFolder(List<Path> articles) {
        Map<Path, List<Path>> out = new LinkedHashMap<>();
        for (Path a : articles) {
            Path dir = a.toAbsolutePath().getParent();
            out.computeIfAbsent(dir, k -> new ArrayList<>()).add(a);
        }
        return out;
    }
}
