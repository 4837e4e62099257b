package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tandai.model.TagSet;

/**
 * Exported JSON is validated against the required fields of each format, written down as JSON
 * Schemas under src/test/resources/interchange/schemas; the same schemas accept the real
 * third-party examples, so they describe the formats and not just our output.
 */
class ExportSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema schema(String name) throws IOException {
        try (InputStream in = ExportSchemaTest.class.getResourceAsStream("/interchange/schemas/" + name + ".schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(in));
        }
    }

    private static void valid(JsonSchema schema, String json, String what) throws IOException {
        Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(json));
        assertEquals(Set.of(), errors, what);
    }

    private static Article rich() {
        Article a = Fixtures.emojiArticle();
        a.doc().info().setUrl("https://news.example.id/emoji");
        a.doc().claims().get(0).setUpdatedAt(java.time.Instant.parse("2025-03-12T10:00:00Z"));
        return a;
    }

    @Test
    void jsonlRecordsHaveDoccanosRequiredFields() throws IOException {
        JsonSchema s = schema("doccano-record");
        valid(s, JsonlExporter.toJson(rich()).toString(), "ours");
        for (String f : List.of("doccano/backend/data_export/pipeline/examples/sequence_labeling/example.jsonl",
                "doccano/backend/data_import/tests/data/relation_extraction/example.jsonl")) {
            for (String line : Files.readAllLines(Fixtures.shared(f))) {
                valid(s, line, f);
            }
        }
        assertFalse(s.validate(MAPPER.readTree("{\"label\": [[0, 1, \"X\"]]}")).isEmpty(), "text is required");
    }

    @Test
    void labelStudioTasksHaveTheRequiredResultFields() throws IOException {
        JsonSchema s = schema("labelstudio-task");
        Path tmp = Files.createTempDirectory("ls");
        try (LabelStudioExporter ex = new LabelStudioExporter(tmp)) {
            valid(s, ex.toJson(rich(), 1).toString(), "ours");
        }
        JsonNode examples = MAPPER.readTree(Fixtures.shared("label-studio-frontend-examples/examples/named_entity/tasks.json").toFile());
        for (JsonNode task : examples) {
            valid(s, task.toString(), "named_entity/tasks.json");
        }
        valid(s, Files.readString(Fixtures.shared("label-studio-frontend-examples/examples/named_entity/annotations/1.json")), "1.json");
    }

    @Test
    void w3cAnnotationsMeetTheModelsMusts() throws IOException {
        JsonSchema s = schema("w3c-annotation");
        JsonNode collection = MAPPER.readTree(W3cExporter.toJson(rich(), new Fixtures.Collect()).toString());
        int n = 0;
        for (JsonNode item : collection.get("first").get("items")) {
            valid(s, item.toString(), "ours");
            n++;
        }
        assertEquals(9, n);
        for (String ex : List.of("anno1.json", "anno17.json", "anno18.json", "anno26.json", "anno27.json")) {
            valid(s, Files.readString(Fixtures.shared("w3c-web-annotation/json/" + ex)), ex);
        }
        assertFalse(s.validate(MAPPER.readTree(Files.readString(
                Fixtures.shared("w3c-web-annotation/wd2-incorrect/anno3.json")))).isEmpty(), "a known-bad example fails");
    }

    @Test
    void claimReviewsHaveGooglesRequiredFields() throws IOException {
        JsonSchema s = schema("claimreview");
        ClaimReviewExporter ex = new ClaimReviewExporter(Path.of("."), TagSet.defaults(),
                new ClaimReviewSettings("Cek Fakta", "https://cekfakta.example.id", "https://cekfakta.example.id/r"));
        valid(s, ex.toJson(rich(), new Fixtures.Collect()).get(0).toString(), "ours");
        String page = Files.readString(Fixtures.shared("schemaorg-claimreview/sdo-ClaimReview-issue-1061-examples.txt"));
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        List<String> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(m.group(1));
        }
        valid(s, examples.get(0), "schema.org example 1");
        assertFalse(s.validate(MAPPER.readTree(examples.get(1))).isEmpty(), "example 2 has no reviewRating, which Google requires");
    }
}
