package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Anchor;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Fragments;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.migrate.Migrations;

/** Format version 2 on disk: spans in fragments, attributes and relations, saved and read back losslessly. */
class SidecarV2Test {
    @TempDir
    Path tmp;

    private final SidecarStore store = new SidecarStore();

    private static int at(String text, String word) {
        return text.codePointCount(0, text.indexOf(word));
    }

    private static Span word(ArticleText t, String s, String w) {
        int a = at(s, w);
        return Span.of(t, a, a + w.codePointCount(0, w.length()));
    }

    /** The small fixture with every v2 feature added: split spans in each field, attributes, relations. */
    static AnnotatedDocument richDocument(Path article) throws Exception {
        ArticleText t = ArticleReader.read(article);
        String s = Files.readString(article, StandardCharsets.UTF_8);
        AnnotatedDocument doc = new SidecarStore().load(article, TagSet.defaults()).document();
        Entity budi = doc.entities().stream().filter(e -> e.name().contains("Budi")).findFirst().orElseThrow();
        budi.mentions().add(Span.ofFragments(List.of(word(t, s, "Budi"), word(t, s, "Jakarta")))
                .withAttributes(Map.of("negated", true)));
        Claim c = new Claim(doc.newId(org.tandai.model.Kind.CLAIM),
                Span.ofFragments(List.of(word(t, s, "Harga beras"), word(t, s, "Senin"))), "beras naik");
        c.attributes().put("sentiment", "negative");
        c.attributes().put("hedged", true);
        doc.add(c);
        Source src = new Source(doc.newId(org.tandai.model.Kind.SOURCE));
        src.setCue(Span.ofFragments(List.of(word(t, s, "kata"), word(t, s, "di Jakarta"))));
        src.setContent(Span.ofFragments(List.of(word(t, s, "naik"), word(t, s, "persen").withAnchor(Anchor.REVIEW))));
        src.claimIds().add(c.id());
        doc.add(src);
        Relation r10 = new Relation("r10", "supports", c.id(), doc.claims().get(0).id());
        r10.setNote("late one");
        r10.attributes().put("strength", "weak");
        r10.extras().put("futureField", JsonParser.parseString("{\"kept\": [1, 2]}"));
        doc.add(r10);
        Relation r2 = new Relation("r2", "part-of", budi.id(), doc.entities().get(0).id());
        r2.setCreatedBy("Ani");
        doc.add(r2);
        return doc;
    }

    @Test
    void splitSpansAttributesAndRelationsSurviveSaveLoadSaveByteForByte() throws Exception {
        Path article = TestFiles.copyFixture("small", tmp.resolve("c")).resolve("artikel.txt");
        AnnotatedDocument doc = richDocument(article);
        store.save(article, doc);
        byte[] first = Files.readAllBytes(DocumentFiles.curated(article).sidecar());
        SidecarStore.Loaded loaded = store.load(article, TagSet.defaults());
        assertNotNull(loaded.document());
        store.save(article, loaded.document());
        assertArrayEquals(first, Files.readAllBytes(DocumentFiles.curated(article).sidecar()));

        AnnotatedDocument back = loaded.document();
        assertEquals(doc.relations().size(), back.relations().size());
        Source src = back.sources().stream().filter(x -> x.cue() != null && x.cue().isMultiFragment()).findFirst().orElseThrow();
        assertEquals(2, src.cue().fragmentCount());
        assertEquals(Anchor.REVIEW, src.content().fragments().get(1).anchor());
        assertEquals(Map.of("hedged", true, "sentiment", "negative"), back.claim("c" + (back.claims().size())).attributes());
        Relation r10 = back.relation("r10");
        assertEquals("weak", r10.attributes().get("strength"));
        assertEquals("late one", r10.note());
        assertEquals(JsonParser.parseString("{\"kept\": [1, 2]}"), r10.extras().get("futureField"), "unknown fields of a relation are kept");
        assertEquals(11, back.nextIdNumber(org.tandai.model.Kind.RELATION));
    }

    @Test
    void theFileShowsFragmentsAttributesSortedAndRelationsInIdOrder() throws Exception {
        Path article = TestFiles.copyFixture("small", tmp.resolve("c")).resolve("artikel.txt");
        String json = SidecarWriter.toJson(richDocument(article));
        JsonObject top = JsonParser.parseString(json).getAsJsonObject();
        assertEquals(2, top.get("version").getAsInt());
        assertEquals(11, top.getAsJsonObject("nextIds").get("relation").getAsInt());
        // r2 before r10: natural id order, whatever the order of their ends.
        assertEquals("r2", top.getAsJsonArray("relations").get(0).getAsJsonObject().get("id").getAsString());
        assertTrue(json.indexOf("\"relations\"") > json.indexOf("\"sources\""), "relations come after sources");
        // Annotation attributes sorted by name, after the kind's fields and before status.
        assertTrue(json.contains("\"attributes\": {\n        \"hedged\": true,\n        \"sentiment\": \"negative\"\n      },\n      \"status\""), json);
        // A split mention: fragments, each a one-piece span, then the span's own attributes.
        assertTrue(json.contains("{\n          \"fragments\": [\n            {\n              \"start\": "), json);
        assertTrue(json.contains("\"anchor\": \"review\""), "a fragment keeps its own anchor");
        assertTrue(json.contains("],\n          \"attributes\": {\n            \"negated\": true\n          }\n        }"), json);
        // A relation: id, type, from, to, note, attributes, then the common fields and extras.
        int r10 = json.indexOf("\"id\": \"r10\"");
        String rel = json.substring(r10, json.indexOf('}', json.indexOf("\"futureField\"", r10)));
        assertTrue(rel.matches("(?s)\"id\": \"r10\",\\s*\"type\": \"supports\",\\s*\"from\": \"c\\d+\",\\s*\"to\": \"c\\d+\",\\s*"
                + "\"note\": \"late one\",\\s*\"attributes\": \\{\\s*\"strength\": \"weak\"\\s*},\\s*\"status\": \"accepted\",\\s*\"futureField\".*"), rel);
    }

    private static String withClaimSpan(String span) {
        return "{\"format\": \"tandai-annotations\", \"version\": 2, \"offsetUnit\": \"codepoint\","
                + " \"document\": {\"file\": \"a.txt\", \"sha256\": \"" + "0".repeat(64) + "\"},"
                + " \"entities\": [], \"claims\": [{\"id\": \"c3\", \"span\": " + span + "}], \"sources\": []}";
    }

    @Test
    void aFragmentListInTheWrongOrderIsKeptAsReadForTheValidator() {
        SidecarReader.Result r = SidecarReader.read("f.json", withClaimSpan("{\"fragments\": ["
                + "{\"start\": 10, \"end\": 14, \"exact\": \"abcd\"}, {\"start\": 2, \"end\": 5, \"exact\": \"xyz\"},"
                + " {\"start\": 7, \"end\": 7, \"exact\": \"\"}]}"));
        assertEquals(List.of(), r.problems());
        Span span = r.document().claim("c3").span();
        assertEquals(3, span.fragmentCount());
        assertEquals(List.of(10, 2, 7), span.fragments().stream().map(Span::start).toList(), "read in the file's order");
        assertNotNull(Fragments.problemsOf(span.fragments()));
    }

    @Test
    void structuralFragmentErrorsAreLocatedByIdAndFragmentIndex() {
        SidecarReader.Result missingEnd = SidecarReader.read("f.json", withClaimSpan("{\"fragments\": ["
                + "{\"start\": 1, \"end\": 2, \"exact\": \"a\"}, {\"start\": 4, \"exact\": \"b\"}]}"));
        assertTrue(missingEnd.problems().stream().anyMatch(p -> p.toString()
                .equals("f.json: c3.span.fragments[1].end: a span needs integer start and end and an exact quote")), missingEnd.problems().toString());
        assertTrue(missingEnd.document().claims().isEmpty(), "the broken claim is reported, not read half");

        SidecarReader.Result notArray = SidecarReader.read("f.json", withClaimSpan("{\"fragments\": {\"start\": 1}}"));
        assertTrue(notArray.problems().stream().anyMatch(p -> p.toString()
                .equals("f.json: c3.span.fragments: expected an array of fragments, found an object")), notArray.problems().toString());

        SidecarReader.Result wrongType = SidecarReader.read("f.json", withClaimSpan("{\"fragments\": ["
                + "{\"start\": 1, \"end\": 2, \"exact\": \"a\"}, {\"start\": 4, \"end\": \"5\", \"exact\": \"b\"}]}"));
        assertTrue(wrongType.problems().stream().anyMatch(p -> p.toString()
                .equals("f.json: c3.span.fragments[1].end: expected an integer, found a string")), wrongType.problems().toString());

        SidecarReader.Result badAttribute = SidecarReader.read("f.json", withClaimSpan(
                "{\"start\": 1, \"end\": 2, \"exact\": \"a\", \"attributes\": {\"negated\": 3}}"));
        assertTrue(badAttribute.problems().stream().anyMatch(p -> p.toString()
                .equals("f.json: c3.span.attributes.negated: an attribute value is true, false or a string, found the number 3")),
                badAttribute.problems().toString());
    }

    @Test
    void theMigrationChainEndsAtTheVersionTandaiWrites() {
        assertEquals(SidecarFormat.VERSION, Migrations.CURRENT);
    }

    @Test
    void aVersionOneFileWithItsOwnRelationsFieldKeepsItUnderAnotherName() {
        SidecarReader.Result r = SidecarReader.read("f.json", withClaimSpan("{\"start\": 1, \"end\": 2, \"exact\": \"a\"}")
                .replace("\"version\": 2", "\"version\": 1").replace("\"sources\": []", "\"sources\": [], \"relations\": \"mine\""));
        assertEquals(1, r.version());
        assertTrue(r.olderVersion());
        assertEquals(JsonParser.parseString("\"mine\""), r.document().extras().get("v1:relations"));
        assertTrue(r.document().relations().isEmpty());
        assertFalse(r.hasErrors(), r.problems().toString());
    }

    @Test
    void aVersionOneAnnotationsOwnAttributesFieldIsKeptNotReadAsTagSetAttributes() {
        SidecarReader.Result r = SidecarReader.read("f.json", withClaimSpan("{\"start\": 1, \"end\": 2, \"exact\": \"a\"}, \"attributes\": [1]")
                .replace("\"version\": 2", "\"version\": 1"));
        assertFalse(r.hasErrors(), r.problems().toString());
        Claim c = r.document().claim("c3");
        assertTrue(c.attributes().isEmpty());
        assertEquals(JsonParser.parseString("[1]"), c.extras().get("v1:attributes"));
        assertTrue(r.problems().stream().anyMatch(p -> p.toString().startsWith("f.json: c3.attributes: warning: a version 1 file's own")),
                r.problems().toString());
        // Written back as version 2 with the kept field, read again unchanged.
        String v2 = SidecarWriter.toJson(r.document());
        assertTrue(v2.contains("\"v1:attributes\": [\n        1\n      ]"), v2);
        assertEquals(v2, SidecarWriter.toJson(SidecarReader.read("f.json", v2).document()));
    }

    @Test
    void recoveryJournalCarriesFragmentsAttributesAndRelations() throws Exception {
        Path article = TestFiles.copyFixture("small", tmp.resolve("c")).resolve("artikel.txt");
        AnnotatedDocument doc = richDocument(article);
        RecoveryJournal journal = new RecoveryJournal(store, null, Runnable::run, java.time.Duration.ZERO, e -> { });
        journal.write(DocumentFiles.curated(article), doc, Fingerprint.of(DocumentFiles.curated(article).sidecar()));
        AnnotatedDocument restored = journal.restore(DocumentFiles.curated(article)).document();
        assertEquals(SidecarWriter.toJson(doc), SidecarWriter.toJson(restored));
        assertEquals(2, restored.relations().size());
        assertTrue(restored.sources().stream().anyMatch(x -> x.content() != null && x.content().isMultiFragment()));
    }
}
