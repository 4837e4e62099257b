package org.tandai.ui.layers;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandai.i18n.Messages;
import org.tandai.model.ArticleText;
import org.tandai.model.TagSet;
import org.tandai.store.CorpusLayout;
import org.tandai.store.Fingerprint;
import org.tandai.store.Layer;
import org.tandai.store.Problem;
import org.tandai.store.SidecarReader;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import org.tandai.ui.common.DocumentSession;

/**
 * The file work behind showing other layers, run on the file thread: is the article's corpus in
 * team mode, and, only when the user asked to see them, the other layers' sidecars of the article,
 * each read with the strict reader ({@link SidecarStore#readSidecar}) and never written. One broken
 * file is reported with its place and does not stop the others.
 */
final class LayerReads {
    private LayerReads() {
    }

    /** One other layer as read: its document (null when it cannot be read) or the problem that stopped it. */
    record Read(Layer layer, Path file, DocumentSession document, Problem problem, int warnings) {
    }

    /**
     * What was found for an article. {@code corpusLayers} are every annotator layer of the corpus,
     * so a layer keeps its colour from article to article; {@code files} what each read file looked
     * like, for the watch.
     */
    record Snapshot(boolean team, List<Layer> corpusLayers, List<Read> reads, Map<Layer, Fingerprint> files,
                    Problem layoutProblem) {
        static Snapshot notTeam(Problem p) {
            return new Snapshot(false, List.of(), List.of(), Map.of(), p);
        }
    }

    /**
     * Reads the layers of {@code article} other than {@code open}; with {@code readLayers} false
     * (the setting is off) only the team flag is looked at and no layer file is opened. {@code messages}: the
     * window's language, for the documents' read-only reason and the texts made from them.
     */
    static Snapshot read(Path article, ArticleText text, TagSet tags, Layer open, boolean readLayers, Messages messages) {
        CorpusLayout layout;
        List<Layer> corpus;
        List<Layer> others;
        try {
            layout = CorpusLayout.ofArticle(article);
            if (!layout.teamMode()) {
                return Snapshot.notTeam(null);
            }
            if (!readLayers) {
                return new Snapshot(true, List.of(), List.of(), Map.of(), null);
            }
            corpus = layout.annotatorLayers();
            others = others(layout, article, open);
        } catch (StoreException e) {
            return Snapshot.notTeam(e.problem());
        }
        List<Read> reads = new ArrayList<>();
        Map<Layer, Fingerprint> files = new LinkedHashMap<>();
        for (Layer l : others) {
            Path file = layout.sidecar(article, l);
            try {
                // Fingerprint first: a change during the read shows as a change at the next poll.
                files.put(l, Fingerprint.of(file));
                reads.add(readOne(article, text, tags, l, file, messages));
            } catch (StoreException e) {
                reads.add(new Read(l, file, null, e.problem(), 0));
            }
        }
        return new Snapshot(true, corpus, reads, files, null);
    }

    private static Read readOne(Path article, ArticleText text, TagSet tags, Layer l, Path file, Messages messages)
            throws StoreException {
        SidecarReader.Result r = SidecarStore.readSidecar(file);
        if (r.document() == null || r.syntaxError()) {
            Problem first = r.problems().stream().filter(Problem::isError).findFirst()
                    .orElse(Problem.error(file.toString(), "file", "cannot be read as an annotation file"));
            return new Read(l, file, null, first, 0);
        }
        int warnings = r.problems().size();
        DocumentSession doc = new DocumentSession(article, text, r.document(), tags,
                messages.get("layers.otherReadOnly"), null, Clock.systemUTC(), messages);
        return new Read(l, file, doc, null, warnings);
    }

    /** The fingerprints of the other layers' files now: a different map than the snapshot's means reload. */
    static Map<Layer, Fingerprint> fingerprints(Path article, Layer open) throws StoreException {
        CorpusLayout layout = CorpusLayout.ofArticle(article);
        Map<Layer, Fingerprint> out = new LinkedHashMap<>();
        for (Layer l : others(layout, article, open)) {
            out.put(l, Fingerprint.of(layout.sidecar(article, l)));
        }
        return out;
    }

    private static List<Layer> others(CorpusLayout layout, Path article, Layer open) throws StoreException {
        List<Layer> out = new ArrayList<>(layout.layersOf(article));
        out.remove(open);
        return out;
    }

    /** Whether two sets of fingerprints describe the same files with the same content. */
    static boolean same(Map<Layer, Fingerprint> a, Map<Layer, Fingerprint> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<Layer, Fingerprint> e : a.entrySet()) {
            if (!e.getValue().sameContent(b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
