package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tandai.TestFiles;

/** docs/annotations.schema.json accepts what Tandai writes, rejects what it must not, and names every field. */
class SchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;
    private static JsonNode schemaJson;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("docs/annotations.schema.json"))) {
            schemaJson = MAPPER.readTree(in);
        }
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);
    }

    private static Path file(String which) {
        return which.equals("seed") ? DocumentFiles.curated(TestFiles.seedArticle()).sidecar()
                : TestFiles.resource("fixtures/small/artikel.annotations.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "fixture"})
    void filesTandaiWritesMatchTheSchema(String which) throws Exception {
        Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(file(which).toFile()));
        assertEquals(Set.of(), errors);
    }

    @Test
    void schemaRejectsAFileWithoutTextHashOrWithAPathAsFileName() throws Exception {
        JsonNode doc = MAPPER.readTree(file("fixture").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("document")).remove("sha256");
        assertFalse(schema.validate(doc).isEmpty());
        JsonNode doc2 = MAPPER.readTree(file("fixture").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc2.get("document")).put("file", "../etc/passwd");
        assertFalse(schema.validate(doc2).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "fixture"})
    void everyKeyTandaiWritesIsDescribedInTheSchema(String which) throws Exception {
        Set<String> described = new TreeSet<>();
        collectPropertyNames(schemaJson, described);
        Set<String> written = new TreeSet<>();
        collectKeys(MAPPER.readTree(file(which).toFile()), written);
        written.removeAll(described);
        assertTrue(written.isEmpty(), "keys missing from the schema: " + written);
    }

    @Test
    void aVersionTwoFileWithFragmentsAttributesAndRelationsMatchesAndIsFullyDescribed(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path article = TestFiles.copyFixture("small", tmp.resolve("c")).resolve("artikel.txt");
        JsonNode doc = MAPPER.readTree(SidecarWriter.toJson(SidecarV2Test.richDocument(article)));
        assertEquals(Set.of(), schema.validate(doc));
        Set<String> described = new TreeSet<>();
        collectPropertyNames(schemaJson, described);
        Set<String> written = new TreeSet<>();
        collectKeys(doc, written);
        // Attribute names come from the tag set, and futureField {kept} is an unknown field Tandai keeps.
        written.removeAll(Set.of("hedged", "negated", "sentiment", "strength", "futureField", "kept"));
        written.removeAll(described);
        assertTrue(written.isEmpty(), "keys missing from the schema: " + written);
    }

    @Test
    void schemaRejectsASpanWithBothFragmentsAndOffsetsAndAnAttributeThatIsANumber(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path article = TestFiles.copyFixture("small", tmp.resolve("c")).resolve("artikel.txt");
        String json = SidecarWriter.toJson(SidecarV2Test.richDocument(article));
        assertFalse(schema.validate(MAPPER.readTree(json.replaceFirst("\\{\\s*\"fragments\"", "{\"start\": 1, \"fragments\""))).isEmpty());
        assertFalse(schema.validate(MAPPER.readTree(json.replace("\"hedged\": true", "\"hedged\": 1"))).isEmpty());
        assertFalse(schema.validate(MAPPER.readTree(json.replace("\"type\": \"supports\",", ""))).isEmpty(), "a relation needs a type");
    }

    @Test
    void aFileLeftWithMergeConflictsMatchesAndAnEntryWithoutIdOrFieldDoesNot() throws Exception {
        org.tandai.model.AnnotatedDocument d = SidecarStore.readSidecar(file("seed")).document();
        d.conflicts().add(new org.tandai.model.Conflict("c4", "verdict", new com.google.gson.JsonPrimitive("unverified"),
                new com.google.gson.JsonPrimitive("true"), new com.google.gson.JsonPrimitive("false")));
        d.conflicts().add(new org.tandai.model.Conflict("c5", null, com.google.gson.JsonParser.parseString(
                SidecarWriter.annotationJson(d.claim("c5"))), null, null));
        JsonNode doc = MAPPER.readTree(SidecarWriter.toJson(d));
        assertEquals(Set.of(), schema.validate(doc));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("conflicts").get(0)).remove(List.of("id", "field"));
        assertFalse(schema.validate(doc).isEmpty());
    }

    private static void collectPropertyNames(JsonNode node, Set<String> out) {
        if (node.isObject()) {
            JsonNode props = node.get("properties");
            if (props != null && props.isObject()) {
                props.fieldNames().forEachRemaining(out::add);
            }
            node.elements().forEachRemaining(n -> collectPropertyNames(n, out));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(n -> collectPropertyNames(n, out));
        }
    }

    private static void collectKeys(JsonNode node, Set<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(e.getKey());
                collectKeys(e.getValue(), out);
            }
        } else if (node.isArray()) {
            node.elements().forEachRemaining(n -> collectKeys(n, out));
        }
    }
}
