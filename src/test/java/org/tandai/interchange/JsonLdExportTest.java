package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.rdf.RdfNQuad;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.Claim;
import org.tandai.model.Source;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;
import org.tandai.synth.SyntheticCorpus;

/**
 * The W3C and ClaimReview exports read back by a real JSON-LD processor with the official W3C and
 * schema.org 30.0 contexts (local copies, no network): no motivation, purpose or link is dropped,
 * collapsed or resolved against the file's location, as jsonld.js, pyld and rdflib would do it.
 */
class JsonLdExportTest {
    /** The motivations (and purposes) the W3C Web Annotation vocabulary defines, §3.3.5. */
    private static final Set<String> W3C_MOTIVATIONS = Set.of("assessing", "bookmarking", "classifying", "commenting",
            "describing", "editing", "highlighting", "identifying", "linking", "moderating", "questioning", "replying",
            "tagging");

    @TempDir
    Path dir;

    private final LocalJsonLd jsonLd = new LocalJsonLd();

    private Article seed() throws IOException {
        SidecarStore.Loaded l = new SidecarStore().load(TestFiles.seed(dir.resolve("corpus")), TagSet.defaults());
        assertTrue(l.problems().isEmpty(), l.problems().toString());
        return new Article("seed", l.text(), l.document());
    }

    private List<Article> articles() throws IOException {
        List<Article> out = new ArrayList<>(List.of(seed(), Fixtures.emojiArticle()));
        for (long s : new long[] {7, 11}) {
            SyntheticCorpus.Article syn = SyntheticCorpus.article("synth-" + s, s, 2_500, 40);
            out.add(new Article(syn.name(), syn.text(), syn.document()));
        }
        return out;
    }

    /** Exports through the real exporter and returns the written file. */
    private Path exportW3c(Article a) throws IOException {
        Path out = Files.createDirectories(dir.resolve("w3c"));
        try (Exporter ex = new W3cExporter(out)) {
            ex.write(a, p -> { });
            ex.finish();
        }
        return out.resolve(a.name() + ".jsonld");
    }

    private static List<JsonObject> items(JsonObject collection) {
        List<JsonObject> out = new ArrayList<>();
        collection.getAsJsonObject("first").getAsJsonArray("items").forEach(i -> out.add(i.getAsJsonObject()));
        return out;
    }

    private static List<JsonObject> bodies(JsonObject annotation) {
        List<JsonObject> out = new ArrayList<>();
        JsonElement b = annotation.get("body");
        if (b.isJsonArray()) {
            b.getAsJsonArray().forEach(x -> out.add(x.getAsJsonObject()));
        } else {
            out.add(b.getAsJsonObject());
        }
        return out;
    }

    private static List<RdfNQuad> with(List<RdfNQuad> quads, String predicate) {
        return quads.stream().filter(q -> q.getPredicate().getValue().equals(predicate)).toList();
    }

    private static Set<String> objectsOf(List<RdfNQuad> quads, String subject, String predicate) {
        return quads.stream().filter(q -> q.getSubject().getValue().equals(subject)
                && q.getPredicate().getValue().equals(predicate)).map(q -> q.getObject().getValue()).collect(Collectors.toSet());
    }

    @Test
    void w3cMotivationsAndPurposesSurviveAsW3cVocabularyIris() throws IOException, JsonLdError {
        Article a = seed();
        String json = Files.readString(exportW3c(a), StandardCharsets.UTF_8);
        JsonObject collection = JsonParser.parseString(json).getAsJsonObject();
        int annotations = items(collection).size();
        int purposes = 0;
        for (JsonObject item : items(collection)) {
            purposes += (int) bodies(item).stream().filter(b -> b.has("purpose")).count();
        }
        // No base IRI, as jsonld.js and pyld process a document given to them as data.
        List<RdfNQuad> quads = jsonLd.toRdf(json, null);

        List<RdfNQuad> motivations = with(quads, LocalJsonLd.OA + "motivatedBy");
        assertEquals(annotations, motivations.size(), "one oa:motivatedBy per annotation");
        long assessing = motivations.stream().filter(q -> q.getObject().getValue().equals(LocalJsonLd.OA + "assessing")).count();
        assertEquals(Exports.claims(a.doc()).size(), assessing, "every claim is motivated by oa:assessing");
        List<RdfNQuad> hasPurpose = with(quads, LocalJsonLd.OA + "hasPurpose");
        assertEquals(purposes, hasPurpose.size(), "one oa:hasPurpose per body with a purpose");
        long verdicts = Exports.claims(a.doc()).stream().filter(c -> c.verdict() != null).count();
        assertEquals(verdicts, hasPurpose.stream().filter(q -> q.getObject().getValue().equals(LocalJsonLd.OA + "assessing")).count(),
                "every verdict body has purpose oa:assessing");
        for (RdfNQuad q : motivations) {
            assertW3cMotivation(q);
        }
        for (RdfNQuad q : hasPurpose) {
            assertW3cMotivation(q);
        }
    }

    private static void assertW3cMotivation(RdfNQuad q) {
        String o = q.getObject().getValue();
        assertTrue(q.getObject().isIRI() && o.startsWith(LocalJsonLd.OA) && W3C_MOTIVATIONS.contains(o.substring(LocalJsonLd.OA.length())),
                "not a W3C motivation: " + q);
    }

    @Test
    void w3cLinksAreSpecificResourcesWhoseSourceIsTheLinkedAnnotation() throws IOException, JsonLdError {
        Article a = seed();
        String json = Files.readString(exportW3c(a), StandardCharsets.UTF_8);
        List<RdfNQuad> quads = jsonLd.toRdf(json, null);
        String base = "urn:tandai:seed:";
        Set<String> exportedClaims = Exports.claims(a.doc()).stream().map(Claim::id).collect(Collectors.toSet());
        List<String> expected = new ArrayList<>();
        for (Source s : Exports.sources(a.doc())) {
            for (String cid : s.claimIds()) {
                if (exportedClaims.contains(cid)) {
                    expected.add(base + s.id() + " -> " + base + cid);
                }
            }
            if (s.via() != null) {
                expected.add(base + s.id() + " -> " + base + s.via());
            }
        }
        assertEquals(22, expected.size(), "the seed's links (claims attributed to a source, and via)");

        Set<String> annotationIris = quads.stream().filter(q -> q.getPredicate().getValue().equals(LocalJsonLd.RDF_TYPE)
                && q.getObject().getValue().equals(LocalJsonLd.OA + "Annotation")).map(q -> q.getSubject().getValue())
                .collect(Collectors.toSet());
        List<String> found = new ArrayList<>();
        for (RdfNQuad hasBody : with(quads, LocalJsonLd.OA + "hasBody")) {
            String body = hasBody.getObject().getValue();
            if (!objectsOf(quads, body, LocalJsonLd.OA + "hasPurpose").contains(LocalJsonLd.OA + "linking")) {
                continue;
            }
            assertTrue(hasBody.getObject().isBlankNode(), "a link body is a resource of its own, not the linked annotation: " + body);
            assertEquals(Set.of(LocalJsonLd.OA + "SpecificResource"), objectsOf(quads, body, LocalJsonLd.RDF_TYPE), body);
            Set<String> sources = objectsOf(quads, body, LocalJsonLd.OA + "hasSource");
            assertEquals(1, sources.size(), "one oa:hasSource per link body");
            String target = sources.iterator().next();
            assertTrue(annotationIris.contains(target), "the link points at an exported annotation: " + target);
            found.add(hasBody.getSubject().getValue() + " -> " + target);
        }
        assertEquals(new TreeSet<>(expected), new TreeSet<>(found), "the links, as RDF");
        assertEquals(expected.size(), found.size(), "no two links collapse into one statement");
        assertEquals(expected.size(), new HashSet<>(found).size(), "distinct link statements");
    }

    @Test
    void w3cExportResolvesNothingAgainstTheFilesLocation() throws IOException, JsonLdError {
        for (Article a : articles()) {
            Path file = exportW3c(a);
            String json = Files.readString(file, StandardCharsets.UTF_8);
            // rdflib parses a file with the file's own URI as base: a relative value becomes file:///…/value,
            // and so does a file: IRI without a path root, such as file:seed.txt (Python's lenient urljoin).
            for (RdfNQuad q : jsonLd.toRdf(json, file.toUri())) {
                for (var v : List.of(q.getSubject(), q.getPredicate(), q.getObject())) {
                    assertFalse(v.isIRI() && v.getValue().startsWith("file:"), a.name() + ": a file IRI, which readers resolve "
                            + "against wherever the export lies: " + q);
                }
            }
        }
    }

    @Test
    void w3cExpansionKeepsEveryValueAndOnlyAbsoluteIris() throws IOException, JsonLdError {
        for (Article a : articles()) {
            String json = Files.readString(exportW3c(a), StandardCharsets.UTF_8);
            jakarta.json.JsonArray expanded = jsonLd.expand(json, null);
            assertEquals(inputValues(JsonParser.parseString(json)), expandedValues(expanded), a.name() + ": values in and out");
            List<String> relative = new ArrayList<>();
            iris(expanded, relative);
            relative.removeIf(iri -> iri.startsWith("_:") || URI.create(iri).isAbsolute());
            assertEquals(List.of(), relative, a.name() + ": IRIs a processor cannot resolve (jsonld.js and pyld drop them)");
        }
    }

    /** Counts every value in the compacted document but the context and the ids. */
    private static int inputValues(JsonElement e) {
        int n = 0;
        if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                n += inputValues(x);
            }
        } else if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
                if (m.getKey().equals("@context") || m.getKey().equals("id") || m.getKey().equals("@id")) {
                    continue;
                }
                JsonElement v = m.getValue();
                n += v.isJsonArray() ? v.getAsJsonArray().size() : 1;
                n += nested(v);
            }
        }
        return n;
    }

    private static int nested(JsonElement v) {
        int n = 0;
        if (v.isJsonObject()) {
            n += inputValues(v);
        } else if (v.isJsonArray()) {
            for (JsonElement x : v.getAsJsonArray()) {
                n += x.isJsonObject() ? inputValues(x) : 0;
            }
        }
        return n;
    }

    /** Counts the values of node objects in expanded form: each property value, list item and type. */
    private static int expandedValues(JsonValue v) {
        int n = 0;
        if (v instanceof jakarta.json.JsonArray arr) {
            for (JsonValue x : arr) {
                n += expandedValues(x);
            }
        } else if (v instanceof jakarta.json.JsonObject o && !o.containsKey("@value")) {
            if (o.containsKey("@list")) {
                return expandedValues(o.get("@list"));
            }
            for (Map.Entry<String, JsonValue> m : o.entrySet()) {
                if (m.getKey().equals("@id")) {
                    continue;
                }
                JsonValue val = m.getValue();
                n += val instanceof jakarta.json.JsonArray a ? count(a) : 1;
                n += expandedValues(val);
            }
        }
        return n;
    }

    /** A list counts its items, as the compacted array it came from did. */
    private static int count(jakarta.json.JsonArray a) {
        if (a.size() == 1 && a.get(0) instanceof jakarta.json.JsonObject o && o.containsKey("@list")) {
            return o.getJsonArray("@list").size();
        }
        return a.size();
    }

    private static void iris(JsonValue v, List<String> out) {
        if (v instanceof jakarta.json.JsonArray arr) {
            arr.forEach(x -> iris(x, out));
        } else if (v instanceof jakarta.json.JsonObject o) {
            for (Map.Entry<String, JsonValue> m : o.entrySet()) {
                if (!m.getKey().startsWith("@")) {
                    out.add(m.getKey());
                }
                if ((m.getKey().equals("@id") || m.getKey().equals("@type")) && !o.containsKey("@value")) {
                    collectStrings(m.getValue(), out);
                } else {
                    iris(m.getValue(), out);
                }
            }
        }
    }

    private static void collectStrings(JsonValue v, List<String> out) {
        if (v instanceof jakarta.json.JsonString s) {
            out.add(s.getString());
        } else if (v instanceof jakarta.json.JsonArray arr) {
            arr.forEach(x -> collectStrings(x, out));
        }
    }

    @Test
    void claimReviewUsesOnlyTermsTheSchemaOrgContextDefines() throws IOException, JsonLdError {
        JsonObject context = JsonParser.parseString(Files.readString(Fixtures.shared("jsonld-contexts/schemaorgcontext.jsonld")))
                .getAsJsonObject().getAsJsonObject("@context");
        ClaimReviewSettings settings = new ClaimReviewSettings("Cek Fakta", "https://cek.example", "https://cek.example/r/");
        Path out = Files.createDirectories(dir.resolve("claimreview"));
        int files = 0;
        try (Exporter ex = new ClaimReviewExporter(out, TagSet.defaults(), settings)) {
            for (Article a : articles()) {
                ex.write(a, p -> { });
            }
            ex.finish();
        }
        for (Path file : Files.list(out).sorted().toList()) {
            files++;
            String json = Files.readString(file, StandardCharsets.UTF_8);
            JsonElement parsed = JsonParser.parseString(json);
            assertEquals(List.of(), undefinedTerms(parsed, context), file.getFileName() + ": keys and types the context does not define");
            assertEquals(inputValues(parsed), expandedValues(jsonLd.expand(json, null)), file.getFileName() + ": values in and out");
            for (RdfNQuad q : jsonLd.toRdf(json, null)) {
                String p = q.getPredicate().getValue();
                assertTrue(p.startsWith(LocalJsonLd.SCHEMA) || p.equals(LocalJsonLd.RDF_TYPE), "not a schema.org property: " + q);
                if (p.equals(LocalJsonLd.RDF_TYPE)) {
                    assertTrue(q.getObject().getValue().startsWith(LocalJsonLd.SCHEMA), "not a schema.org type: " + q);
                }
            }
        }
        assertTrue(files >= 3, "ClaimReview files written: " + files);
        // The check sees a term schema.org does not define, although "@vocab" would still expand it.
        JsonObject bogus = new JsonObject();
        bogus.addProperty("@type", "ClaimReview");
        bogus.addProperty("verdict", "false");
        assertEquals(List.of("verdict"), undefinedTerms(bogus, context));
    }

    /** Keys and {@code @type} values that are not terms of the context. */
    private static List<String> undefinedTerms(JsonElement e, JsonObject context) {
        List<String> out = new ArrayList<>();
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> out.addAll(undefinedTerms(x, context)));
        } else if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
                String key = m.getKey();
                if (key.equals("@context")) {
                    continue;
                }
                if (key.equals("@type")) {
                    if (!context.has(m.getValue().getAsString())) {
                        out.add(m.getValue().getAsString());
                    }
                    continue;
                }
                if (!key.startsWith("@") && !context.has(key)) {
                    out.add(key);
                }
                out.addAll(undefinedTerms(m.getValue(), context));
            }
        }
        return out;
    }
}
