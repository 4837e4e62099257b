package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.tandai.TestFiles;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Conflict;
import org.tandai.model.TagSet;

/** The sidecar's conflicts field: kept exactly through a load and a save, checked on reading, reported by validation. */
class SidecarConflictsTest {
    private static String seedWith(String conflicts) throws Exception {
        String json = Files.readString(DocumentFiles.curated(TestFiles.seedArticle()).sidecar());
        int end = json.lastIndexOf('}');
        return json.substring(0, end).stripTrailing() + ",\n  \"conflicts\": " + conflicts + "\n}\n";
    }

    private static final String TWO = "[\n    {\n      \"id\": \"c4\",\n      \"field\": \"verdict\",\n      \"base\": \"unverified\",\n"
            + "      \"ours\": \"true\",\n      \"theirs\": \"false\"\n    },\n    {\n      \"id\": \"c5\",\n      \"base\": {\n"
            + "        \"id\": \"c5\"\n      },\n      \"theirs\": {\n        \"id\": \"c5\",\n        \"verdict\": \"false\"\n      }\n    }\n  ]";

    @Test
    void conflictsAreKeptByteForByteThroughALoadAndASave() throws Exception {
        String json = seedWith(TWO);
        SidecarReader.Result r = SidecarReader.read("x", json);
        assertFalse(r.hasErrors(), r.problems().toString());
        assertEquals(2, r.document().conflicts().size());
        Conflict whole = r.document().conflicts().get(1);
        assertTrue(whole.wholeAnnotation());
        assertNull(whole.ours(), "a side without a value is left out");
        assertEquals(json, SidecarWriter.toJson(r.document()));
    }

    @Test
    void aFileWithoutConflictsHasNoConflictsField() throws Exception {
        AnnotatedDocument d = SidecarReader.read("x", seedWith(TWO)).document();
        d.conflicts().clear();
        assertFalse(SidecarWriter.toJson(d).contains("\"conflicts\""));
    }

    @Test
    void aMalformedConflictIsAnErrorAtItsPlace() throws Exception {
        SidecarReader.Result r = SidecarReader.read("x", seedWith("[{\"base\": 1}]"));
        assertTrue(r.problems().stream().anyMatch(p -> p.isError() && p.location().equals("conflicts[0]")), r.problems().toString());
    }

    @Test
    void validationReportsEachUnresolvedConflictAtItsField() throws Exception {
        AnnotatedDocument d = SidecarReader.read("x", seedWith(TWO)).document();
        var problems = Validator.validate("x", ArticleReader.read(TestFiles.seedArticle()), d, TagSet.defaults());
        assertEquals(java.util.List.of("c4.verdict", "c5"), problems.stream()
                .filter(p -> p.message().startsWith("unresolved merge conflict")).map(Problem::location).toList());
    }
}
