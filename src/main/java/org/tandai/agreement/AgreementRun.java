package org.tandai.agreement;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.tandai.model.ArticleText;
import org.tandai.model.DocumentInfo;
import org.tandai.store.ArticleReader;
import org.tandai.store.Layer;
import org.tandai.store.Problem;
import org.tandai.store.SidecarLoader;
import org.tandai.store.SidecarReader;
import org.tandai.store.StoreException;

/**
 * Computes agreement over the {@link Targets}, one article at a time so that memory stays flat on
 * a large corpus: reads the article (for its length, the αU continuum) and each layer's sidecar
 * with the store's strict reader (an older format version is migrated on reading), hands each
 * document's scores to the caller as they are made, and keeps the sums per pair and for every
 * annotator at once. Never writes anything.
 */
public final class AgreementRun {
    /** One pair of layers on one document. */
    public record PairResult(Layer a, Layer b, PairScores scores) {
    }

    /**
     * One document: the layers that could be read, every pair of them, and the scores of every
     * annotator at once (null unless every annotator annotated it and there are at least two).
     */
    public record DocumentResult(Path article, List<Layer> layers, List<PairResult> pairs, GroupScores allAnnotators) {
    }

    private final List<Layer> parties;
    private final List<Layer> annotators;
    private final Map<String, PairResult> totals = new LinkedHashMap<>();
    private final GroupScores allAnnotators;
    private int documents;

    public AgreementRun(Targets targets) {
        this.parties = targets.parties();
        this.annotators = targets.annotators();
        this.allAnnotators = new GroupScores(Math.max(1, annotators.size()));
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                totals.put(key(parties.get(i), parties.get(j)),
                        new PairResult(parties.get(i), parties.get(j), PairScores.empty()));
            }
        }
    }

    private static String key(Layer a, Layer b) {
        return a.label() + "\u0000" + b.label();
    }

    /**
     * Visits every target and hands each document to {@code documents} in target order; problems
     * (unreadable files, changed articles) go to {@code problems}, also in order. Documents are read
     * and scored on {@code threads} threads, a few ahead of the one being reported; the sums are
     * made here, in order, so the figures do not depend on the number of threads.
     */
    public void run(Targets targets, int threads, Consumer<DocumentResult> documents, Consumer<Problem> problems) {
        if (threads <= 1) {
            for (Targets.Target t : targets.targets()) {
                absorb(compute(t), documents, problems);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "tandai-agree");
            th.setDaemon(true);
            return th;
        });
        try {
            ArrayDeque<Future<Computed>> ahead = new ArrayDeque<>();
            Iterator<Targets.Target> next = targets.targets().iterator();
            while (next.hasNext() || !ahead.isEmpty()) {
                while (next.hasNext() && ahead.size() < threads * 4) {
                    Targets.Target t = next.next();
                    ahead.add(pool.submit(() -> compute(t)));
                }
                absorb(take(ahead.poll()), documents, problems);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Computed take(Future<Computed> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A document's scores and problems, made on any thread, before they are added to the sums. */
    private record Computed(DocumentResult result, List<Problem> problems) {
    }

    private void absorb(Computed c, Consumer<DocumentResult> documents, Consumer<Problem> problems) {
        c.problems().forEach(problems);
        DocumentResult r = c.result();
        if (r == null) {
            return;
        }
        for (PairResult p : r.pairs()) {
            totals.get(key(p.a(), p.b())).scores().add(p.scores());
        }
        if (r.allAnnotators() != null) {
            allAnnotators.add(r.allAnnotators());
        }
        if (!r.pairs().isEmpty()) {
            this.documents++;
        }
        documents.accept(r);
    }

    /** One document's scores; a null result when its article cannot be read. Touches no shared state. */
    private Computed compute(Targets.Target t) {
        List<Problem> problems = new ArrayList<>();
        ArticleText text;
        try {
            text = ArticleReader.read(t.article());
        } catch (StoreException e) {
            problems.add(e.problem());
            return new Computed(null, problems);
        }
        Map<Layer, LayerView> views = new LinkedHashMap<>();
        for (Layer l : parties) {
            if (t.layers().contains(l)) {
                LayerView v = read(t, l, text, problems::add);
                if (v != null) {
                    views.put(l, v);
                }
            }
        }
        List<PairResult> pairs = new ArrayList<>();
        List<Layer> read = new ArrayList<>(views.keySet());
        for (int i = 0; i < read.size(); i++) {
            for (int j = i + 1; j < read.size(); j++) {
                PairScores s = PairScores.of(views.get(read.get(i)), views.get(read.get(j)), text.length());
                pairs.add(new PairResult(read.get(i), read.get(j), s));
            }
        }
        GroupScores group = null;
        if (annotators.size() >= 2 && views.keySet().containsAll(annotators)) {
            List<LayerView> all = new ArrayList<>(annotators.size());
            for (Layer l : annotators) {
                all.add(views.get(l));
            }
            group = GroupScores.of(all, text.length());
        }
        return new Computed(new DocumentResult(t.article(), read, pairs, group), problems);
    }

    private static LayerView read(Targets.Target t, Layer layer, ArticleText text, Consumer<Problem> problems) {
        Path sidecar = t.layout().sidecar(t.article(), layer);
        SidecarReader.Result r;
        try {
            r = SidecarLoader.readSidecar(sidecar);
        } catch (StoreException e) {
            problems.accept(e.problem());
            return null;
        }
        r.problems().forEach(problems);
        if (r.document() == null) {
            return null;
        }
        DocumentInfo info = r.document().info();
        if (info != null && info.sha256() != null && !info.sha256().equals(text.sha256())) {
            problems.accept(Problem.warning(sidecar.toString(), "document.sha256", "annotates another version of "
                    + t.article().getFileName() + "; its offsets may not line up (tandai reanchor fixes that)"));
        }
        return LayerView.of(layer, r.document());
    }

    /** The parties, in the order pairs are formed: annotators by slug, then the curated layer. */
    public List<Layer> parties() {
        return parties;
    }

    public List<Layer> annotators() {
        return annotators;
    }

    /** The sums per pair over every document both layers annotated, in party order. */
    public List<PairResult> totals() {
        return new ArrayList<>(totals.values());
    }

    /** Every annotator at once, over the documents all of them annotated. */
    public GroupScores allAnnotators() {
        return allAnnotators;
    }

    /** Documents where at least one pair was compared. */
    public int documents() {
        return documents;
    }
}
