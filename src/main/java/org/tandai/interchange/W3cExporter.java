package org.tandai.interchange;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.store.Problem;

/**
 * Writes W3C Web Annotation JSON-LD: per article {@code NAME.jsonld}, an AnnotationCollection
 * whose embedded first page holds one Annotation per entity mention ({@code classifying}), claim
 * ({@code assessing}) and source ({@code identifying}, with the cue and the content as targets).
 * Every target carries a TextQuoteSelector (exact, prefix, suffix: 32 code points of context) and
 * a TextPositionSelector, both in code points as the specification requires; exact is always
 * the text at the position. Links (to attributed claims, the via source, an entity's external
 * IRI) are SpecificResource bodies whose {@code source} is the linked resource, so the purpose is
 * the link's own and not stated about the linked resource. Claim annotations extend the W3C
 * context with {@code assessing}, which the published anno.jsonld lacks (decision 0730).
 */
public final class W3cExporter implements Exporter {
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** oa:assessing is a W3C motivation, but the published anno.jsonld has no term for it (w3c/web-annotation#444). */
    private static final String ASSESSING = "assessing";
    private final OutputFiles files;
    private final LineBuffer buffer = new LineBuffer();
    private final LineBuffer items = new LineBuffer();
    /** Nesting of the items array: collection, page, items. */
    private static final int ITEMS = 3;

    public W3cExporter(Path outDir) {
        this(new OutputFiles(outDir));
    }

    W3cExporter(OutputFiles files) {
        this.files = files;
    }

    @Override
    public void write(Article a, Consumer<Problem> problems) throws IOException {
        buffer.clear();
        write(a, problems, buffer, items);
        buffer.write('\n');
        files.write(a.name() + ".jsonld", buffer);
    }

    /** The AnnotationCollection of one article, as a tree (read back from the bytes the export writes). */
    public static JsonObject toJson(Article a, Consumer<Problem> problems) {
        LineBuffer out = new LineBuffer();
        try {
            write(a, problems, out, new LineBuffer());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return JsonParser.parseString(out.text()).getAsJsonObject();
    }

    /**
     * Streams the collection into {@code out}, one annotation per line. The items go first into {@code
     * itemBytes} (at the nesting they have in the collection), because {@code total} comes before them.
     */
    private static void write(Article a, Consumer<Problem> problems, LineBuffer out, LineBuffer itemBytes)
            throws IOException {
        // Ids and the fallback source must be IRIs: percent-encode the file name (spaces, non-ASCII).
        String encoded = java.net.URLEncoder.encode(a.name(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        String base = "urn:tandai:" + encoded;
        // Without a url the text is named by a URN: a file: IRI such as file:NAME.txt is resolved by
        // readers (rdflib) against wherever the export lies, so the same article got another IRI per folder.
        String source = a.doc().info().url() != null ? a.doc().info().url() : base + ".txt";
        String file = a.name() + ".txt";
        ArticleText text = a.text();
        itemBytes.clear();
        // Compact, one annotation per line (decision 1216): about 60% of the bytes of the indented form.
        JsonOut w = JsonOut.linesAt(out, ITEMS);
        JsonOut items = JsonOut.elementsAt(itemBytes, w, ITEMS);
        Set<String> ids = new HashSet<>();
        int total = 0;
        for (Entity e : Exports.entities(a.doc())) {
            List<Span> mentions = Exports.mentions(e);
            for (int i = 0; i < mentions.size(); i++) {
                Span mention = mentions.get(i);
                List<Span> targets = targets(text, mention, file, e.id(), problems);
                if (targets == null) {
                    continue;
                }
                String id = base + ":" + e.id() + ":" + i;
                annotation(items, id, "classifying").name("body").beginArray();
                textual(items, e.type(), "classifying");
                if (e.name() != null) {
                    textual(items, e.name(), "identifying");
                }
                if (e.externalId() != null && e.externalId().contains("://")) {
                    link(items, e.externalId(), "identifying");
                }
                if (e.note() != null) {
                    textual(items, e.note(), "commenting");
                }
                tags(items, e.attributes(), "");
                tags(items, mention.attributes(), "");
                items.endArray();
                target(items, source, text, targets);
                items.endObject();
                ids.add(id);
                total++;
            }
        }
        for (Claim c : Exports.claims(a.doc())) {
            List<Span> targets = targets(text, c.span(), file, c.id(), problems);
            if (targets == null) {
                continue;
            }
            String id = base + ":" + c.id();
            annotation(items, id, ASSESSING).name("body").beginArray();
            textual(items, "claim", "tagging");
            if (c.statement() != null) {
                textual(items, c.statement(), "describing");
            }
            if (c.verdict() != null) {
                textual(items, c.verdict(), ASSESSING);
            }
            Entity who = a.doc().entity(c.claimant());
            if (who != null && who.name() != null) {
                textual(items, who.name(), "identifying");
            }
            if (c.note() != null) {
                textual(items, c.note(), "commenting");
            }
            tags(items, c.attributes(), "");
            tags(items, c.span().attributes(), "");
            items.endArray();
            target(items, source, text, targets);
            items.endObject();
            ids.add(id);
            total++;
        }
        for (Source s : Exports.sources(a.doc())) {
            List<Span> targets = new ArrayList<>();
            for (Span sp : new Span[] {s.cue(), s.content()}) {
                if (sp != null) {
                    List<Span> t = targets(text, sp, file, s.id(), problems);
                    if (t != null) {
                        targets.addAll(t);
                    }
                }
            }
            if (targets.isEmpty()) {
                continue;
            }
            String id = base + ":" + s.id();
            annotation(items, id, "identifying").name("body").beginArray();
            textual(items, "attribution", "tagging");
            Entity who = a.doc().entity(s.speaker());
            String speaker = who != null ? who.name() : s.speakerDescription();
            if (speaker != null) {
                textual(items, speaker, "identifying");
            }
            if (s.form() != null) {
                textual(items, s.form(), "classifying");
            }
            for (String cid : s.claimIds()) {
                link(items, base + ":" + cid, "linking");
            }
            if (s.via() != null) {
                link(items, base + ":" + s.via(), "linking");
            }
            tags(items, s.attributes(), "");
            tags(items, s.cue() == null ? java.util.Map.of() : s.cue().attributes(), "cue.");
            tags(items, s.content() == null ? java.util.Map.of() : s.content().attributes(), "content.");
            items.endArray();
            target(items, source, text, targets);
            items.endObject();
            ids.add(id);
            total++;
        }
        total += W3cRelations.write(items, a.doc(), base, file, ids, problems);
        w.beginObject().name("@context").value(CONTEXT).name("id").value(base).name("type").value("AnnotationCollection")
                .name("label").value(a.name()).name("total").value(total);
        w.name("first").beginObject().name("id").value(base + ":page1").name("type").value("AnnotationPage")
                .name("startIndex").value(0).name("items").beginArray().elements(items, itemBytes).endArray();
        w.endObject().endObject();
    }

    /**
     * Attributes as tagging bodies {@code name=value} (a true boolean as {@code name=true}); a
     * span's own attributes on a source are prefixed with the span's field ({@code cue.negated=true}).
     */
    static void tags(JsonOut body, java.util.Map<String, Object> attributes, String prefix) {
        if (attributes.isEmpty()) {
            return;
        }
        new java.util.TreeMap<>(attributes).forEach((name, value) -> {
            if (value != null && !"".equals(value)) {
                textual(body, prefix + name + "=" + value, "tagging");
            }
        });
    }

    /** Opens an annotation and writes its {@code @context}, id, type and motivation. */
    static JsonOut annotation(JsonOut w, String id, String motivation) {
        w.beginObject();
        if (ASSESSING.equals(motivation)) {
            // The model allows further contexts after anno.jsonld; only annotations that use the term carry it.
            w.name("@context").beginArray().value(CONTEXT).beginObject().name(ASSESSING).value("oa:assessing")
                    .endObject().endArray();
        } else {
            w.name("@context").value(CONTEXT);
        }
        return w.name("id").value(id).name("type").value("Annotation").name("motivation").value(motivation);
    }

    /** A body that points at another resource: the purpose belongs to this SpecificResource, not to the resource. */
    static void link(JsonOut w, String iri, String purpose) {
        w.beginObject().name("type").value("SpecificResource").name("source").value(iri).name("purpose").value(purpose)
                .endObject();
    }

    static void textual(JsonOut w, String value, String purpose) {
        w.beginObject().name("type").value("TextualBody").name("value").value(value).name("purpose").value(purpose)
                .endObject();
    }

    /**
     * The fragments to target, one per fragment (a one-piece span is its own single fragment), so
     * a span in pieces is kept exactly (decision 0834); null, with a warning, when one is outside the text.
     */
    private static List<Span> targets(ArticleText text, Span s, String file, String id, Consumer<Problem> problems) {
        if (!Exports.usable(s, text.length())) {
            problems.accept(Problem.warning(file, id, "span outside the text; annotation left out"));
            return null;
        }
        List<Span> fragments = s.fragments();
        for (int i = 0; i < fragments.size(); i++) {
            Span f = fragments.get(i);
            if (!Exports.usable(f, text.length())) {
                problems.accept(Problem.warning(file, id, "fragment " + i + " outside the text; annotation left out"));
                return null;
            }
            if (f.exact() == null || !text.matches(f.start(), f.end(), f.exact())) {
                problems.accept(Problem.warning(file, s.isMultiFragment() ? id + " fragment " + i : id, "stored quote \""
                        + f.exact() + "\" differs from the text at " + f.start() + ".." + f.end() + "; the text is exported"));
            }
        }
        return fragments;
    }

    /** A lone target is written as an object (as before model v2); a span in pieces as the array of its fragments. */
    private static void target(JsonOut w, String source, ArticleText text, List<Span> targets) {
        w.name("target");
        if (targets.size() != 1) {
            w.beginArray();
        }
        String s = text.text();
        for (Span f : targets) {
            int from = text.toUtf16(f.start());
            int to = text.toUtf16(f.end());
            w.beginObject().name("source").value(source).name("selector").beginArray();
            w.beginObject().name("type").value("TextQuoteSelector").name("exact").value(s, from, to)
                    .name("prefix").value(s, text.toUtf16(Math.max(0, f.start() - Span.CONTEXT)), from)
                    .name("suffix").value(s, to, text.toUtf16(Math.min(text.length(), f.end() + Span.CONTEXT)))
                    .endObject();
            w.beginObject().name("type").value("TextPositionSelector").name("start").value(f.start())
                    .name("end").value(f.end()).endObject();
            w.endArray().endObject();
        }
        if (targets.size() != 1) {
            w.endArray();
        }
    }

    @Override
    public void finish() {
        // One self-contained file per article; nothing to add at the end.
    }

    @Override
    public void close() {
        // Every file is closed once written; what remains are recycled temporary files.
        files.discardTemps();
    }
}
