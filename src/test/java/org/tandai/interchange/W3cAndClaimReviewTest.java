package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tandai.TestFiles;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;

class W3cAndClaimReviewTest {

    private static List<JsonObject> targets(JsonObject collection) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement item : collection.getAsJsonObject("first").getAsJsonArray("items")) {
            JsonElement t = item.getAsJsonObject().get("target");
            if (t.isJsonArray()) {
                t.getAsJsonArray().forEach(x -> out.add(x.getAsJsonObject()));
            } else if (t.isJsonObject()) {
                // A relation's target is the IRI of its from end's annotation (decision 0834), not a text target.
                out.add(t.getAsJsonObject());
            }
        }
        return out;
    }

    /** Checks every selector: exact is the text at the code-point position; required fields present. */
    private static int checkSelectors(JsonObject collection, String text) {
        int n = 0;
        for (JsonElement item : collection.getAsJsonObject("first").getAsJsonArray("items")) {
            JsonObject a = item.getAsJsonObject();
            assertEquals("Annotation", a.get("type").getAsString());
            assertTrue(a.has("@context") && a.has("id") && a.has("body") && a.has("target"), a.toString());
        }
        for (JsonObject t : targets(collection)) {
            assertTrue(t.has("source"));
            JsonArray sel = t.getAsJsonArray("selector");
            JsonObject quote = sel.get(0).getAsJsonObject();
            JsonObject pos = sel.get(1).getAsJsonObject();
            assertEquals("TextQuoteSelector", quote.get("type").getAsString());
            assertEquals("TextPositionSelector", pos.get("type").getAsString());
            int start = pos.get("start").getAsInt();
            int end = pos.get("end").getAsInt();
            assertTrue(start >= 0 && end >= start);
            // Independent code-point slicing, not ArticleText.
            String atPosition = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            assertEquals(atPosition, quote.get("exact").getAsString());
            String before = text.substring(0, text.offsetByCodePoints(0, start));
            assertTrue(before.endsWith(quote.get("prefix").getAsString()));
            assertTrue(text.substring(text.offsetByCodePoints(0, end)).startsWith(quote.get("suffix").getAsString()));
            n++;
        }
        return n;
    }

    @Test
    void everyW3cSelectorQuotesTheTextAtItsCodePointPosition() {
        Article a = Fixtures.emojiArticle();
        Fixtures.Collect problems = new Fixtures.Collect();
        JsonObject c = W3cExporter.toJson(a, problems);
        assertTrue(problems.all.isEmpty(), problems.all.toString());
        assertEquals(a.doc().mentionCount() + a.doc().claims().size() + 4, checkSelectors(c, Fixtures.EMOJI_TEXT));
        assertEquals("AnnotationCollection", c.get("type").getAsString());
    }

    @Test
    void theSeedExportsToW3cWithExactSelectors() throws Exception {
        Path article = TestFiles.seedArticle();
        SidecarStore.Loaded l = new SidecarStore().load(article, TagSet.defaults());
        JsonObject c = W3cExporter.toJson(new Article("seed", l.text(), l.document()), new Fixtures.Collect());
        assertTrue(checkSelectors(c, l.text().text()) > 0);
    }

    /** Every key we emit is one the W3C model's own (correct) examples use. */
    @Test
    void w3cOutputUsesOnlyTheVocabularyOfTheSpecExamples() throws IOException {
        Path dir = Fixtures.shared("w3c-web-annotation/json");
        Set<String> vocabulary = new HashSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                keys(JsonParser.parseString(Files.readString(p)), vocabulary);
            }
        }
        Set<String> ours = new HashSet<>();
        keys(W3cExporter.toJson(Fixtures.emojiArticle(), new Fixtures.Collect()), ours);
        ours.removeAll(vocabulary);
        assertEquals(Set.of(), ours);
    }

    private static void keys(JsonElement el, Set<String> out) {
        if (el.isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : el.getAsJsonObject().entrySet()) {
                out.add(e.getKey());
                if (!e.getKey().equals("@context")) {
                    // A context's keys define terms (our "assessing"); they are not properties of the annotation.
                    keys(e.getValue(), out);
                }
            }
        } else if (el.isJsonArray()) {
            el.getAsJsonArray().forEach(x -> keys(x, out));
        }
    }

    private static JsonObject claimReview() {
        Article a = Fixtures.emojiArticle();
        a.doc().info().setUrl("https://news.example.id/artikel-001");
        a.doc().info().setPublished("2024-12-02");
        a.doc().claims().get(0).setUpdatedAt(java.time.Instant.parse("2025-03-12T10:00:00Z"));
        ClaimReviewExporter ex = new ClaimReviewExporter(Path.of("."), TagSet.defaults(),
                new ClaimReviewSettings("Cek Fakta Contoh", "https://cekfakta.example.id", "https://cekfakta.example.id/review"));
        Fixtures.Collect problems = new Fixtures.Collect();
        JsonArray out = ex.toJson(a, problems);
        assertTrue(problems.all.isEmpty(), problems.all.toString());
        assertEquals(1, out.size());
        return out.get(0).getAsJsonObject();
    }

    @Test
    void claimReviewHasGooglesRequiredFieldsAndTheDocumentedRating() {
        JsonObject r = claimReview();
        assertEquals("ClaimReview", r.get("@type").getAsString());
        assertEquals("Harga beras naik 20 persen", r.get("claimReviewed").getAsString());
        assertEquals("https://cekfakta.example.id/review/emoji#c1", r.get("url").getAsString());
        JsonObject rating = r.getAsJsonObject("reviewRating");
        assertEquals("Mostly false", rating.get("alternateName").getAsString());
        assertEquals(2, rating.get("ratingValue").getAsInt());
        assertEquals(5, rating.get("bestRating").getAsInt());
        JsonObject item = r.getAsJsonObject("itemReviewed");
        assertEquals("Claim", item.get("@type").getAsString());
        assertEquals("Budi Santoso", item.getAsJsonObject("author").get("name").getAsString());
        assertEquals("https://news.example.id/artikel-001", item.getAsJsonObject("appearance").get("url").getAsString());
        assertEquals("Cek Fakta Contoh", r.getAsJsonObject("author").get("name").getAsString());
    }

    @Test
    void schemaOrgExamplesParseAsTheSameStructureWeEmit() throws IOException {
        String page = Files.readString(Fixtures.shared("schemaorg-claimreview/sdo-ClaimReview-issue-1061-examples.txt"));
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        List<JsonObject> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(JsonParser.parseString(m.group(1)).getAsJsonObject());
        }
        assertEquals(2, examples.size());
        JsonObject ours = claimReview();
        JsonObject rated = examples.get(0);
        assertEquals(rated.keySet(), ours.keySet(), "top-level ClaimReview keys");
        for (JsonObject ex : examples) {
            assertEquals("ClaimReview", ex.get("@type").getAsString());
            sameShape(ex, ours, "$");
        }
        Set<String> ratingKeys = new HashSet<>(ours.getAsJsonObject("reviewRating").keySet());
        ratingKeys.removeAll(rated.getAsJsonObject("reviewRating").keySet());
        assertEquals(Set.of("worstRating"), ratingKeys, "only worstRating (recommended by Google) is extra");
    }

    /** Where both have a key, both values are of the same JSON kind, recursively. */
    private static void sameShape(JsonElement theirs, JsonElement ours, String path) {
        assertEquals(kind(theirs), kind(ours), path);
        if (theirs.isJsonObject()) {
            for (String k : theirs.getAsJsonObject().keySet()) {
                if (ours.getAsJsonObject().has(k) && !k.equals("sameAs")) {
                    sameShape(theirs.getAsJsonObject().get(k), ours.getAsJsonObject().get(k), path + "." + k);
                }
            }
        }
    }

    private static String kind(JsonElement e) {
        if (e.isJsonObject()) {
            return "object";
        }
        if (e.isJsonArray()) {
            return "array";
        }
        return e.getAsJsonPrimitive().isNumber() ? "number" : "string";
    }

    @Test
    void claimsWithoutAVerdictOrUnverifiedGetNoClaimReview() {
        Article a = Fixtures.emojiArticle();
        a.doc().claims().get(0).setVerdict("unverified");
        ClaimReviewExporter ex = new ClaimReviewExporter(Path.of("."), TagSet.defaults(), ClaimReviewSettings.EMPTY);
        Fixtures.Collect problems = new Fixtures.Collect();
        assertEquals(0, ex.toJson(a, problems).size());
        assertFalse(problems.errors().size() > 0);
    }
}
