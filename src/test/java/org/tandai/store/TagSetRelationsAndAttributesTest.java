package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.Kind;
import org.tandai.model.TagSet;

/** relationTypes and attributes in tagset.json (issue 10). */
class TagSetRelationsAndAttributesTest {
    @TempDir
    Path tmp;

    @Test
    void missingSectionsGiveTheDefaults() throws Exception {
        Files.writeString(tmp.resolve("tagset.json"), "{\"claimKinds\": [{\"name\": \"x\"}]}");
        TagSetStore.Result r = TagSetStore.load(tmp);
        assertEquals(List.of(), r.problems());
        assertEquals(TagSet.defaultRelationTypes(), r.tagSet().relationTypes());
        assertEquals(TagSet.defaultAttributes(), r.tagSet().attributes());
    }

    @Test
    void relationTypesAndAttributesAreReadAndSavedBack() throws Exception {
        Files.writeString(tmp.resolve("tagset.json"), """
                {"relationTypes": [
                   {"name": "cites", "label": "Cites", "from": ["source"], "to": ["source", "claim"]},
                   {"name": "same-as", "from": ["entity"], "to": ["entity"], "symmetric": true}],
                 "attributes": [
                   {"name": "sentiment", "label": "Sentiment", "on": ["claim", "mention"], "type": "choice",
                    "values": ["positive", "neutral", "negative"]},
                   {"name": "remark", "on": ["relation"], "type": "text"}]}
                """);
        TagSetStore.Result r = TagSetStore.load(tmp);
        assertEquals(List.of(), r.problems());
        TagSet t = r.tagSet();
        TagSet.RelationType cites = t.relationType("cites");
        assertEquals(EnumSet.of(Kind.SOURCE), cites.from());
        assertEquals(EnumSet.of(Kind.SOURCE, Kind.CLAIM), cites.to());
        assertTrue(t.relationType("same-as").symmetric());
        assertEquals("same-as", t.relationType("same-as").label());
        assertEquals(List.of("positive", "neutral", "negative"), t.attribute("mention", "sentiment").values());
        assertEquals(TagSet.AttributeType.TEXT, t.attribute("relation", "remark").type());
        assertEquals(null, t.attribute("claim", "hedged"), "a declared section replaces the defaults");

        TagSetStore.save(tmp, t, new SidecarStore());
        String saved = Files.readString(tmp.resolve("tagset.json"));
        assertTrue(saved.contains("\"symmetric\": true"), saved);
        TagSet back = TagSetStore.load(tmp).tagSet();
        assertEquals(t.relationTypes(), back.relationTypes());
        assertEquals(t.attributes(), back.attributes());
    }

    @Test
    void badEntriesAreReportedByPlaceTheGoodOnesKeptAndTheFileNeverOverwritten() throws Exception {
        String json = """
                {"relationTypes": [
                   {"name": "cites", "from": ["source"], "to": ["paragraph"]},
                   {"name": "ok", "from": ["claim"], "to": ["claim"]},
                   {"name": "ok", "from": ["claim"], "to": ["entity"]}],
                 "attributes": [
                   {"name": "mood", "on": ["claim"], "type": "choice"},
                   {"name": "tone", "on": ["claim"], "type": "colour"},
                   {"name": "where", "on": ["sentence"], "type": "text"},
                   {"name": "flag", "on": ["claim"], "type": "boolean"}]}
                """;
        Path file = tmp.resolve("tagset.json");
        Files.writeString(file, json);
        TagSetStore.Result r = TagSetStore.load(tmp);
        String all = r.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        assertTrue(all.contains(file + ": relationTypes[0].to: unknown kind \"paragraph\""), all);
        assertTrue(all.contains(file + ": relationTypes[2].name: duplicate name \"ok\""), all);
        assertTrue(all.contains(file + ": attributes[0].values: choice attribute \"mood\" needs a non-empty list"), all);
        assertTrue(all.contains(file + ": attributes[1].type: unknown attribute type \"colour\""), all);
        assertTrue(all.contains(file + ": attributes[2].on: unknown target \"sentence\""), all);
        assertEquals(List.of("ok"), r.tagSet().relationTypes().stream().map(TagSet.RelationType::name).toList());
        assertEquals(List.of("flag"), r.tagSet().attributes().stream().map(TagSet.Attribute::name).toList());

        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> TagSetStore.save(tmp,
                r.tagSet().withEntityTypes(List.of("GPE")), new SidecarStore()));
        assertTrue(e.getMessage().contains("not overwriting the tag set"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "a tag set with errors is never overwritten");
        assertEquals(Set.of(Kind.CLAIM), r.tagSet().relationType("ok").to());
    }
}
