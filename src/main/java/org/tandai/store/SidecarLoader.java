package org.tandai.store;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.DocumentInfo;
import org.tandai.model.SpanRef;
import org.tandai.model.TagSet;

/**
 * Loading with validation: reads an article and its sidecar (migrating an older format version on
 * the way, {@link SidecarReader}), validates them against the tag set and decides whether the
 * result may be saved over. Loading never modifies anything; it reports problems and lets the
 * caller decide.
 */
public final class SidecarLoader {
    private SidecarLoader() {
    }

    /**
     * Reads the article and its sidecar (if any) and validates them. A missing sidecar gives an empty
     * document. A sidecar that cannot be parsed, or that comes from a newer format version, gives a
     * read-only result so that nobody saves over it. {@code backSpans} swaps the spans for
     * text-backed ones ({@link #backSpansWithText}), for a document that stays open.
     */
    public static SidecarStore.Loaded load(DocumentFiles files, TagSet tags, boolean backSpans) throws StoreException {
        Path article = files.article();
        ArticleText text = ArticleReader.read(article);
        Path sidecar = files.sidecar();
        String label = sidecar.toString();
        if (!Files.exists(sidecar)) {
            return new SidecarStore.Loaded(article, text, newDocument(article, text), List.of(), false, false,
                    SidecarFormat.VERSION);
        }
        SidecarReader.Result r = readSidecar(sidecar);
        List<Problem> problems = new ArrayList<>(r.problems());
        if (r.document() == null) {
            return new SidecarStore.Loaded(article, text, null, problems, true, true, r.version());
        }
        problems.addAll(Validator.validate(label, text, r.document(), tags));
        Problem fileRule = DocumentFileRule.check(label, article, r.document().info().file());
        boolean refusedName = fileRule != null && fileRule.isError();
        if (fileRule != null) {
            // A refused name is why the file opens read-only: it goes first, where the window looks.
            problems.add(refusedName ? 0 : problems.size(), fileRule);
        }
        boolean readOnly = r.newerVersion() || r.syntaxError() || refusedName;
        if (backSpans) {
            backSpansWithText(r.document(), text);
        }
        return new SidecarStore.Loaded(article, text, r.document(), problems, true, readOnly, r.version());
    }

    /**
     * Replaces every span whose quote and context agree with {@code text} by an equal span that
     * reads them from the text ({@link org.tandai.model.Span#backedBy}), fragment by fragment. The
     * file carried a copy of the text in every span; dropping those copies more than halves the
     * memory of a dense document. Values, equality and the saved bytes stay the same.
     */
    public static void backSpansWithText(AnnotatedDocument doc, ArticleText text) {
        for (Annotation a : doc.all()) {
            for (SpanRef ref : a.spans()) {
                if (ref.span() != null) {
                    a.setSpan(ref, ref.span().backedBy(text));
                }
            }
        }
    }

    /** Parses a sidecar file without touching it. Size-limited; syntax errors carry line and column. */
    public static SidecarReader.Result readSidecar(Path sidecar) throws StoreException {
        String label = sidecar.toString();
        try {
            long size = Files.size(sidecar);
            if (size > Limits.MAX_SIDECAR_BYTES) {
                throw new StoreException(Problem.error(label, "size", "annotations file is " + size / (1024 * 1024)
                        + " MiB; the limit is " + Limits.MAX_SIDECAR_BYTES / (1024 * 1024) + " MiB"));
            }
            try (Reader in = new InputStreamReader(Files.newInputStream(sidecar),
                    StandardCharsets.UTF_8.newDecoder())) {
                return SidecarReader.read(label, in);
            }
        } catch (StoreException e) {
            throw e;
        } catch (IOException e) {
            throw new StoreException(Problem.error(label, "file", "cannot read: " + AtomicWriter.describe(e)), e);
        }
    }

    /** An empty document for an article that has no sidecar yet. */
    public static AnnotatedDocument newDocument(Path article, ArticleText text) {
        return new AnnotatedDocument(new DocumentInfo(article.getFileName().toString(), text.sha256(), null));
    }
}
