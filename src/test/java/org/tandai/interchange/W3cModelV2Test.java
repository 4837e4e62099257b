package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.rdf.RdfNQuad;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Span;

/** W3C export of model v2: spans in pieces as several targets, attributes as tagging bodies, relations as annotations. */
class W3cModelV2Test {
    static final String TEXT = "Budi said prices rose, he claimed, by twenty percent. Ani disagreed.";

    @TempDir
    Path dir;

    static int at(String s) {
        return TEXT.indexOf(s);
    }

    /** A claim in two pieces (hedged), a negated mention, and a second claim contradicting the first. */
    static Article article() {
        Imported imp = new Imported("pieces", ArticleText.of(TEXT));
        Entity budi = imp.entity("PERSON", at("Budi"), at("Budi") + 4);
        budi.mentions().set(0, budi.mentions().get(0).withAttributes(Map.of("negated", true)));
        Span two = Span.ofFragments(List.of(imp.span(at("prices rose"), at("prices rose") + 11),
                imp.span(at("by twenty percent"), at("by twenty percent") + 17)));
        Claim c1 = imp.claim(two);
        c1.attributes().put("hedged", true);
        c1.attributes().put("topic", "economy");
        Claim c2 = imp.claim(at("Ani disagreed"), at("Ani disagreed") + 13);
        imp.relation("contradicts", c2.id(), c1.id());
        return imp.article();
    }

    private JsonObject export(Article a, Fixtures.Collect problems) throws IOException {
        try (Exporter ex = new W3cExporter(dir)) {
            ex.write(a, problems);
            ex.finish();
        }
        return JsonParser.parseString(Files.readString(dir.resolve(a.name() + ".jsonld"))).getAsJsonObject();
    }

    private static JsonObject item(JsonObject coll, String idSuffix) {
        for (JsonElement e : coll.getAsJsonObject("first").getAsJsonArray("items")) {
            if (e.getAsJsonObject().get("id").getAsString().endsWith(idSuffix)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no annotation " + idSuffix + " in " + coll);
    }

    private static List<String> tags(JsonObject anno) {
        List<String> out = new ArrayList<>();
        for (JsonElement b : anno.getAsJsonArray("body")) {
            JsonObject o = b.getAsJsonObject();
            if ("tagging".equals(o.get("purpose").getAsString()) && o.has("value")) {
                out.add(o.get("value").getAsString());
            }
        }
        return out;
    }

    @Test
    void aClaimInTwoPiecesHasOneTargetPerPieceWithItsOwnSelectors() throws IOException {
        Fixtures.Collect problems = new Fixtures.Collect();
        JsonObject claim = item(export(article(), problems), ":c1");
        assertTrue(problems.all.isEmpty(), "no quote-differs warning for a span in pieces: " + problems.all);
        JsonArray targets = claim.getAsJsonArray("target");
        assertEquals(2, targets.size());
        List<String> got = new ArrayList<>();
        for (JsonElement t : targets) {
            JsonArray sel = t.getAsJsonObject().getAsJsonArray("selector");
            JsonObject quote = sel.get(0).getAsJsonObject();
            JsonObject pos = sel.get(1).getAsJsonObject();
            got.add(pos.get("start").getAsInt() + ".." + pos.get("end").getAsInt() + " " + quote.get("exact").getAsString()
                    + " [" + quote.get("prefix").getAsString().length() + "]");
        }
        assertEquals(List.of("10..21 prices rose [10]", "35..52 by twenty percent [32]"), got);
        assertEquals(List.of("claim", "hedged=true", "topic=economy"), tags(claim));
    }

    @Test
    void mentionAttributesAreTaggingBodies() throws IOException {
        JsonObject mention = item(export(article(), new Fixtures.Collect()), ":e1:0");
        assertEquals(List.of("negated=true"), tags(mention));
        assertTrue(mention.get("target").isJsonObject(), "a one-piece span keeps its single target object");
    }

    @Test
    void aRelationIsALinkingAnnotationFromItsFromEndToItsToEnd() throws IOException {
        JsonObject rel = item(export(article(), new Fixtures.Collect()), ":r1");
        assertEquals("linking", rel.get("motivation").getAsString());
        assertTrue(rel.get("target").getAsString().endsWith(":c2"), rel.toString());
        assertEquals(List.of("contradicts"), tags(rel));
        JsonObject link = rel.getAsJsonArray("body").get(1).getAsJsonObject();
        assertEquals("SpecificResource", link.get("type").getAsString());
        assertTrue(link.get("source").getAsString().endsWith(":c1"), link.toString());
    }

    @Test
    void theExportStaysValidJsonLdWithBothTargetsAndTheTagsAsTriples() throws IOException, JsonLdError {
        export(article(), new Fixtures.Collect());
        String json = Files.readString(dir.resolve("pieces.jsonld"), StandardCharsets.UTF_8);
        List<RdfNQuad> quads = new LocalJsonLd().toRdf(json, null);
        String oa = "http://www.w3.org/ns/oa#";
        Set<String> claimTargets = quads.stream().filter(q -> q.getSubject().getValue().equals("urn:tandai:pieces:c1")
                && q.getPredicate().getValue().equals(oa + "hasTarget")).map(q -> q.getObject().getValue()).collect(Collectors.toSet());
        assertEquals(2, claimTargets.size(), quads.toString());
        Set<String> starts = quads.stream().filter(q -> q.getPredicate().getValue().equals(oa + "start"))
                .map(q -> q.getObject().getValue()).collect(Collectors.toSet());
        assertTrue(starts.containsAll(Set.of("10", "35")), starts.toString());
        Set<String> values = quads.stream().filter(q -> q.getPredicate().getValue().equals("http://www.w3.org/1999/02/22-rdf-syntax-ns#value"))
                .map(q -> q.getObject().getValue()).collect(Collectors.toSet());
        assertTrue(values.containsAll(Set.of("hedged=true", "negated=true", "contradicts")), values.toString());
        assertTrue(quads.stream().anyMatch(q -> q.getSubject().getValue().equals("urn:tandai:pieces:r1")
                && q.getPredicate().getValue().equals(oa + "hasTarget") && q.getObject().getValue().equals("urn:tandai:pieces:c2")));
    }
}
