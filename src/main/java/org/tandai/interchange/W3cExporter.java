package org.tandai.interchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

    public W3cExporter(Path outDir) {
        this(new OutputFiles(outDir));
    }

    W3cExporter(OutputFiles files) {
        this.files = files;
    }

    @Override
    public void write(Article a, Consumer<Problem> problems) throws IOException {
        Json.writePretty(toJson(a, problems), buffer);
        buffer.write('\n');
        files.write(a.name() + ".jsonld", buffer);
    }

    /** The AnnotationCollection of one article. */
    public static JsonObject toJson(Article a, Consumer<Problem> problems) {
        // Ids and the fallback source must be IRIs: percent-encode the file name (spaces, non-ASCII).
        String encoded = java.net.URLEncoder.encode(a.name(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        String base = "urn:tandai:" + encoded;
        // Without a url the text is named by a URN: a file: IRI such as file:NAME.txt is resolved by
        // readers (rdflib) against wherever the export lies, so the same article got another IRI per folder.
        String source = a.doc().info().url() != null ? a.doc().info().url() : base + ".txt";
        String file = a.name() + ".txt";
        ArticleText text = a.text();
        JsonArray items = new JsonArray();
        for (Entity e : Exports.entities(a.doc())) {
            List<Span> mentions = Exports.mentions(e);
            for (int i = 0; i < mentions.size(); i++) {
                Span mention = mentions.get(i);
                JsonArray targets = targets(source, text, mention, file, e.id(), problems);
                if (targets == null) {
                    continue;
                }
                JsonObject anno = annotation(base + ":" + e.id() + ":" + i, "classifying");
                JsonArray body = new JsonArray();
                body.add(textual(e.type(), "classifying"));
                if (e.name() != null) {
                    body.add(textual(e.name(), "identifying"));
                }
                if (e.externalId() != null && e.externalId().contains("://")) {
                    body.add(link(e.externalId(), "identifying"));
                }
                if (e.note() != null) {
                    body.add(textual(e.note(), "commenting"));
                }
                tags(body, e.attributes(), "");
                tags(body, mention.attributes(), "");
                anno.add("body", body);
                anno.add("target", one(targets));
                items.add(anno);
            }
        }
        for (Claim c : Exports.claims(a.doc())) {
            JsonArray targets = targets(source, text, c.span(), file, c.id(), problems);
            if (targets == null) {
                continue;
            }
            JsonObject anno = annotation(base + ":" + c.id(), ASSESSING);
            JsonArray body = new JsonArray();
            body.add(textual("claim", "tagging"));
            if (c.statement() != null) {
                body.add(textual(c.statement(), "describing"));
            }
            if (c.verdict() != null) {
                body.add(textual(c.verdict(), ASSESSING));
            }
            Entity who = a.doc().entity(c.claimant());
            if (who != null && who.name() != null) {
                body.add(textual(who.name(), "identifying"));
            }
            if (c.note() != null) {
                body.add(textual(c.note(), "commenting"));
            }
            tags(body, c.attributes(), "");
            tags(body, c.span().attributes(), "");
            anno.add("body", body);
            anno.add("target", one(targets));
            items.add(anno);
        }
        for (Source s : Exports.sources(a.doc())) {
            JsonArray targets = new JsonArray();
            for (Span sp : new Span[] {s.cue(), s.content()}) {
                if (sp != null) {
                    JsonArray t = targets(source, text, sp, file, s.id(), problems);
                    if (t != null) {
                        targets.addAll(t);
                    }
                }
            }
            if (targets.isEmpty()) {
                continue;
            }
            JsonObject anno = annotation(base + ":" + s.id(), "identifying");
            JsonArray body = new JsonArray();
            body.add(textual("attribution", "tagging"));
            Entity who = a.doc().entity(s.speaker());
            String speaker = who != null ? who.name() : s.speakerDescription();
            if (speaker != null) {
                body.add(textual(speaker, "identifying"));
            }
            if (s.form() != null) {
                body.add(textual(s.form(), "classifying"));
            }
            for (String cid : s.claimIds()) {
                body.add(link(base + ":" + cid, "linking"));
            }
            if (s.via() != null) {
                body.add(link(base + ":" + s.via(), "linking"));
            }
            tags(body, s.attributes(), "");
            tags(body, s.cue() == null ? java.util.Map.of() : s.cue().attributes(), "cue.");
            tags(body, s.content() == null ? java.util.Map.of() : s.content().attributes(), "content.");
            anno.add("body", body);
            anno.add("target", one(targets));
            items.add(anno);
        }
        W3cRelations.add(items, a.doc(), base, file, problems);
        JsonObject page = new JsonObject();
        page.addProperty("id", base + ":page1");
        page.addProperty("type", "AnnotationPage");
        page.addProperty("startIndex", 0);
        page.add("items", items);
        JsonObject coll = new JsonObject();
        coll.addProperty("@context", CONTEXT);
        coll.addProperty("id", base);
        coll.addProperty("type", "AnnotationCollection");
        coll.addProperty("label", a.name());
        coll.addProperty("total", items.size());
        coll.add("first", page);
        return coll;
    }

    /** A lone target is written as an object (as before model v2); a span in pieces as the array of its fragments. */
    private static JsonElement one(JsonArray targets) {
        return targets.size() == 1 ? targets.get(0) : targets;
    }

    /**
     * Attributes as tagging bodies {@code name=value} (a true boolean as {@code name=true}); a
     * span's own attributes on a source are prefixed with the span's field ({@code cue.negated=true}).
     */
    static void tags(JsonArray body, java.util.Map<String, Object> attributes, String prefix) {
        new java.util.TreeMap<>(attributes).forEach((name, value) -> {
            if (value != null && !"".equals(value)) {
                body.add(textual(prefix + name + "=" + value, "tagging"));
            }
        });
    }

    static JsonObject annotation(String id, String motivation) {
        JsonObject o = new JsonObject();
        if (ASSESSING.equals(motivation)) {
            // The model allows further contexts after anno.jsonld; only annotations that use the term carry it.
            JsonArray context = new JsonArray();
            context.add(CONTEXT);
            JsonObject terms = new JsonObject();
            terms.addProperty(ASSESSING, "oa:assessing");
            context.add(terms);
            o.add("@context", context);
        } else {
            o.addProperty("@context", CONTEXT);
        }
        o.addProperty("id", id);
        o.addProperty("type", "Annotation");
        o.addProperty("motivation", motivation);
        return o;
    }

    /** A body that points at another resource: the purpose belongs to this SpecificResource, not to the resource. */
    static JsonObject link(String iri, String purpose) {
        JsonObject b = new JsonObject();
        b.addProperty("type", "SpecificResource");
        b.addProperty("source", iri);
        b.addProperty("purpose", purpose);
        return b;
    }

    static JsonObject textual(String value, String purpose) {
        JsonObject b = new JsonObject();
        b.addProperty("type", "TextualBody");
        b.addProperty("value", value);
        b.addProperty("purpose", purpose);
        return b;
    }

    /**
     * One target per fragment (a one-piece span is its own single fragment), each with its own
     * quote and position selectors, so a span in pieces is kept exactly (decision 0834).
     */
    private static JsonArray targets(String source, ArticleText text, Span s, String file, String id,
                                     Consumer<Problem> problems) {
        if (!Exports.usable(s, text.length())) {
            problems.accept(Problem.warning(file, id, "span outside the text; annotation left out"));
            return null;
        }
        JsonArray out = new JsonArray();
        List<Span> fragments = s.fragments();
        for (int i = 0; i < fragments.size(); i++) {
            Span f = fragments.get(i);
            if (!Exports.usable(f, text.length())) {
                problems.accept(Problem.warning(file, id, "fragment " + i + " outside the text; annotation left out"));
                return null;
            }
            out.add(target(source, text, f, file, s.isMultiFragment() ? id + " fragment " + i : id, problems));
        }
        return out;
    }

    private static JsonObject target(String source, ArticleText text, Span s, String file, String id,
                                     Consumer<Problem> problems) {
        String exact = text.slice(s.start(), s.end());
        if (!exact.equals(s.exact())) {
            problems.accept(Problem.warning(file, id, "stored quote \"" + s.exact() + "\" differs from the text at "
                    + s.start() + ".." + s.end() + "; the text is exported"));
        }
        JsonObject quote = new JsonObject();
        quote.addProperty("type", "TextQuoteSelector");
        quote.addProperty("exact", exact);
        quote.addProperty("prefix", text.slice(Math.max(0, s.start() - Span.CONTEXT), s.start()));
        quote.addProperty("suffix", text.slice(s.end(), Math.min(text.length(), s.end() + Span.CONTEXT)));
        JsonObject pos = new JsonObject();
        pos.addProperty("type", "TextPositionSelector");
        pos.addProperty("start", s.start());
        pos.addProperty("end", s.end());
        JsonArray selectors = new JsonArray();
        selectors.add(quote);
        selectors.add(pos);
        JsonObject t = new JsonObject();
        t.addProperty("source", source);
        t.add("selector", selectors);
        return t;
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
