package org.tandai.curation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.store.ArticleReader;
import org.tandai.store.CorpusLayout;
import org.tandai.store.Layer;
import org.tandai.store.Problem;
import org.tandai.store.SidecarReader;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;

/**
 * Reads the annotators' layers of one article, read-only, with the store's strict reader. A layer
 * that cannot be read, or that was made for another text of the article (its sha256 differs), is
 * left out with a problem naming the file, so it never feeds wrong offsets into the curated layer.
 */
public final class Layers {
    /** The readable layers by annotator slug, sorted, and what was wrong with the others. */
    public record Read(Map<String, AnnotatedDocument> layers, List<Problem> problems) {
    }

    private Layers() {
    }

    /** The annotator layers of {@code article} that exist on disk; spans are backed by {@code text}. */
    public static Read read(CorpusLayout layout, Path article, ArticleText text) throws StoreException {
        Map<String, AnnotatedDocument> out = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Layer layer : layout.annotatorLayers()) {
            Path sidecar = layout.sidecar(article, layer);
            if (!Files.isRegularFile(sidecar)) {
                continue;
            }
            SidecarReader.Result r;
            try {
                r = SidecarStore.readSidecar(sidecar);
            } catch (StoreException e) {
                problems.add(e.problem());
                continue;
            }
            problems.addAll(r.problems());
            AnnotatedDocument doc = r.document();
            if (doc == null || r.syntaxError() || r.newerVersion()) {
                if (r.problems().isEmpty()) {
                    problems.add(Problem.error(sidecar.toString(), "file", "cannot be read; left out of curation"));
                }
                continue;
            }
            String sha = doc.info() == null ? null : doc.info().sha256();
            if (sha != null && !sha.equals(text.sha256())) {
                problems.add(Problem.error(sidecar.toString(), "document.sha256", "made for another text of "
                        + article.getFileName() + "; left out of curation (re-anchor it first: tandai reanchor)"));
                continue;
            }
            SidecarStore.backSpansWithText(doc, text);
            out.put(layer.slug(), doc);
        }
        return new Read(out, problems);
    }

    /**
     * The progress of one article read from disk: its annotator layers aligned and matched against its
     * curated sidecar (an absent one is empty). Used for the corpus total, off the window's thread.
     */
    public static Progress progressOf(CorpusLayout layout, Path article) throws StoreException {
        ArticleText text = ArticleReader.read(article);
        Read read = read(layout, article, text);
        if (read.layers().isEmpty()) {
            return Progress.NONE;
        }
        Path curated = layout.sidecar(article, Layer.CURATED);
        AnnotatedDocument doc = SidecarStore.newDocument(article, text);
        if (Files.isRegularFile(curated)) {
            SidecarReader.Result r = SidecarStore.readSidecar(curated);
            if (r.document() != null) {
                doc = r.document();
            }
        }
        Alignment a = Aligner.align(read.layers());
        return Resolution.of(a, doc).progress(a);
    }
}
