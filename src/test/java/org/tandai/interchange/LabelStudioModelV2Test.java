package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Span;

/** Label Studio round trip of model v2: spans in pieces, attributes, relations. */
class LabelStudioModelV2Test {
    @TempDir
    Path dir;

    /** W3cModelV2Test's article plus an entity mention in two pieces. */
    private static Article article() {
        Article a = W3cModelV2Test.article();
        String t = W3cModelV2Test.TEXT;
        Imported imp = new Imported(a.name(), a.text());
        a.doc().all().forEach(imp.doc::add);
        Span ani = Span.ofFragments(List.of(imp.span(t.indexOf("Ani"), t.indexOf("Ani") + 3),
                imp.span(t.indexOf("disagreed"), t.indexOf("disagreed") + 9)));
        imp.entity("EVENT", ani.withAttributes(Map.of("negated", true)));
        return imp.article();
    }

    private JsonArray export(Article a, Fixtures.Collect problems) throws IOException {
        try (LabelStudioExporter ex = new LabelStudioExporter(dir)) {
            ex.write(a, problems);
            ex.finish();
        }
        return JsonParser.parseString(Files.readString(dir.resolve("tasks.json"))).getAsJsonArray().get(0).getAsJsonObject()
                .getAsJsonArray("annotations").get(0).getAsJsonObject().getAsJsonArray("result");
    }

    private static String fragments(Span s) {
        List<String> out = new ArrayList<>();
        s.fragments().forEach(f -> out.add(f.start() + ".." + f.end() + " " + f.exact()));
        return String.join(" | ", out);
    }

    @Test
    void aSpanInPiecesIsOneRegionPerPieceJoinedByFragmentRelations() throws IOException {
        Fixtures.Collect problems = new Fixtures.Collect();
        JsonArray result = export(article(), problems);
        assertTrue(problems.all.isEmpty(), problems.all.toString());
        List<String> claimRegions = new ArrayList<>();
        List<String> fragmentLinks = new ArrayList<>();
        List<String> choices = new ArrayList<>();
        for (JsonElement el : result) {
            JsonObject r = el.getAsJsonObject();
            if (r.get("value") instanceof JsonObject v && v.has("labels")
                    && v.getAsJsonArray("labels").get(0).getAsString().equals("Claim")) {
                claimRegions.add(r.get("id").getAsString() + " " + v.get("start") + ".." + v.get("end") + " " + v.get("text").getAsString());
            } else if (r.get("value") instanceof JsonObject v && v.has("choices")) {
                choices.add(r.get("id").getAsString() + " " + r.get("from_name").getAsString() + "=" + v.getAsJsonArray("choices").get(0).getAsString());
            } else if ("relation".equals(r.get("type").getAsString())) {
                fragmentLinks.add(r.get("from_id").getAsString() + "->" + r.get("to_id").getAsString() + " "
                        + r.getAsJsonArray("labels").get(0).getAsString());
            }
        }
        assertEquals(List.of("c1 10..21 prices rose", "c1~1 35..52 by twenty percent", "c2 54..67 Ani disagreed"), claimRegions);
        assertTrue(fragmentLinks.contains("c1->c1~1 fragment"), fragmentLinks.toString());
        assertTrue(fragmentLinks.contains("c2->c1 contradicts"), fragmentLinks.toString());
        assertTrue(choices.containsAll(List.of("c1 attr:hedged=true", "c1 attr:topic=economy", "e1-0 span:negated=true")),
                choices.toString());
        String config = Files.readString(dir.resolve("config.xml"));
        assertTrue(config.contains("<Relation value=\"fragment\"/>") && config.contains("<Choices name=\"attr:hedged\""), config);
    }

    @Test
    void exportThenImportGivesTheSameFragmentsAttributesAndRelations() throws IOException {
        Article original = article();
        Fixtures.Collect problems = new Fixtures.Collect();
        export(original, problems);
        Article back = Fixtures.importFile(new LabelStudioImporter(), dir.resolve("tasks.json"), problems).get(0);
        assertTrue(problems.all.isEmpty(), problems.all.toString());
        Claim c1 = back.doc().claims().stream().filter(c -> c.span().isMultiFragment()).findFirst().orElseThrow();
        assertEquals("10..21 prices rose | 35..52 by twenty percent", fragments(c1.span()));
        assertEquals(Map.of("hedged", true, "topic", "economy"), c1.attributes());
        Entity event = back.doc().entities().stream().filter(e -> e.type().equals("EVENT")).findFirst().orElseThrow();
        assertEquals("54..57 Ani | 58..67 disagreed", fragments(event.mentions().get(0)));
        assertEquals(Map.of("negated", true), event.mentions().get(0).attributes());
        Entity budi = back.doc().entities().stream().filter(e -> e.type().equals("PERSON")).findFirst().orElseThrow();
        assertEquals(Map.of("negated", true), budi.mentions().get(0).attributes());
        assertEquals(1, back.doc().relations().size());
        Relation r = back.doc().relations().get(0);
        assertEquals("contradicts", r.type());
        assertEquals("Ani disagreed", back.doc().claim(r.from()).span().exact());
        assertEquals(c1.id(), r.to());
        assertEquals(3, back.doc().claims().size() + back.doc().relations().size());
    }

    @Test
    void aPieceWhoseFirstRegionIsBrokenIsImportedOnItsOwnWithAWarning() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, """
                [{"data": {"text": "Ani said no, firmly."}, "annotations": [{"result": [
                  {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
                   "value": {"start": 90, "end": 99, "labels": ["Claim"]}},
                  {"id": "b", "from_name": "label", "to_name": "text", "type": "labels",
                   "value": {"start": 13, "end": 19, "text": "firmly", "labels": ["Claim"]}},
                  {"type": "relation", "from_id": "a", "to_id": "b", "direction": "right", "labels": ["fragment"]}]}]}]
                """);
        Fixtures.Collect problems = new Fixtures.Collect();
        Article back = Fixtures.importFile(new LabelStudioImporter(), file, problems).get(0);
        assertEquals(List.of("firmly"), back.doc().claims().stream().map(c -> c.span().exact()).toList());
        assertTrue(problems.mentions("result[1]: warning: fragment b belongs to region a, which was not imported; imported on its own"),
                problems.all.toString());
    }
}
