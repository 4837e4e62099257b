package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.TagSet;

class TagSetStoreTest {
    @TempDir
    Path tmp;

    @Test
    void aCorpusWithoutTagSetUsesTheBuiltInOne() {
        TagSetStore.Result r = TagSetStore.load(tmp);
        assertEquals(List.of(), r.problems());
        assertEquals("PERSON", r.tagSet().entityTypeForKey("1").name());
        assertEquals(5, r.tagSet().bestRating());
    }

    @Test
    void overrideReplacesOnlyTheSectionsItHas() throws Exception {
        Files.writeString(tmp.resolve("tagset.json"), """
                {"entityTypes": [{"name": "PER", "color": "#112233", "key": "1"}],
                 "verdicts": [{"name": "hoaks", "label": "Hoaks", "rating": 1}]}
                """);
        TagSet t = TagSetStore.load(tmp).tagSet();
        assertEquals("PER", t.entityTypeForKey("1").name());
        assertEquals("PER", t.entityType("PER").label(), "label defaults to the name");
        assertNull(t.entityType("PERSON"));
        assertNotNull(t.verdict("hoaks"));
        assertTrue(t.hasSourceForm("direct"), "sections not overridden keep the defaults");
    }

    @Test
    void validateUsesTheFoldersTagSet() throws Exception {
        Path dir = TestFiles.copyFixture("small", tmp.resolve("c"));
        Files.writeString(dir.resolve("tagset.json"), "{\"entityTypes\": [{\"name\": \"PERSON\"}]}");
        List<Problem> problems = new java.util.ArrayList<>();
        new CorpusCheck(new SidecarStore()).visit(List.of(DocumentFiles.curated(dir.resolve("artikel.txt"))), v -> problems.addAll(v.problems()));
        assertTrue(problems.toString().contains("e2.type: type \"LOCATION\" is not in the tag set"), problems.toString());
    }

    @Test
    void malformedTagSetIsReportedAndTheBuiltInOneUsed() throws Exception {
        Files.writeString(tmp.resolve("tagset.json"), "{\"entityTypes\": [ {\"color\": 1} ]}");
        TagSetStore.Result r = TagSetStore.load(tmp);
        assertEquals(TagSet.defaults().entityTypes(), r.tagSet().entityTypes());
        assertTrue(r.problems().get(0).toString().startsWith(tmp.resolve("tagset.json") + ": "), r.problems().toString());
    }

    @Test
    void savedTagSetLoadsBackEqual() throws Exception {
        TagSet t = TagSet.defaults().withEntityTypes(List.of("GPE", "PERSON"));
        TagSetStore.save(tmp, t, new SidecarStore());
        TagSet back = TagSetStore.load(tmp).tagSet();
        assertEquals(t.entityTypes(), back.entityTypes());
        assertEquals(t.verdicts(), back.verdicts());
        assertEquals("8", back.entityType("GPE").key());
    }
}
