package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.TagSet;

/** brat and model v2: fragments as ; ranges, the PolNeAR attribution schema, relations and attributes. */
class BratModelV2Test {
    private static Path resource(String name) throws URISyntaxException {
        return Path.of(BratModelV2Test.class.getResource("/interchange/" + name).toURI());
    }

    @Test
    void polnearStyleFileWithSplitContentsImportsAsSourcesWithPieces() throws Exception {
        Fixtures.Collect problems = new Fixtures.Collect();
        Article a = Fixtures.importFile(new BratImporter(TagSet.defaults()), resource("attribution/split.ann"), problems).get(0);
        assertTrue(problems.errors().isEmpty(), problems.all.toString());
        // No entity named after a role: only the Person and the Organization.
        assertEquals(List.of("Person", "Organization"), a.doc().entities().stream().map(Entity::type).toList());
        Source budi = a.doc().sources().get(0);
        assertEquals("kata", budi.cue().exact());
        assertEquals("Budi", budi.speakerDescription());
        assertEquals(null, budi.speaker());
        assertEquals(List.of("Kami siap,", "untuk bekerja sama."), budi.content().fragments().stream().map(Span::exact).toList());
        assertEquals("High", budi.attributes().get("Confidence"));
        Source menteri = a.doc().sources().get(1);
        assertEquals(a.doc().entities().get(0).id(), menteri.speaker());
        assertEquals(2, menteri.content().fragmentCount());
        assertEquals("Harga beras naik", a.doc().sources().get(2).cue().exact());
        Relation about = a.doc().relations().get(0);
        assertEquals("About", about.type());
        assertEquals(a.doc().entities().get(1).id(), about.to());
        assertEquals(Boolean.TRUE, a.doc().entities().get(0).mentions().get(0).attributes().get("Negated"));
        assertEquals("negative", a.doc().entities().get(1).mentions().get(0).attributes().get("Sentiment"));
    }

    @Test
    void polnearStyleFileExportsBackToTheSameLines() throws Exception {
        Path ann = resource("attribution/split.ann");
        List<String> before = BratLineCensus.lines(Files.readString(ann));
        List<String> after = BratLineCensus.lines(BratLineCensus.roundTrip(ann));
        Map<String, int[]> counts = new TreeMap<>();
        BratLineCensus.count(before, after, counts);
        assertEquals(Map.of("A", 3, "E", 3, "R", 1, "T", 11), matched(counts), after.toString());
        assertEquals(before.size(), after.size(), after.toString());
        assertTrue(after.stream().anyMatch(l -> l.matches("T\\d+\tContent 1 11;25 44\tKami siap, untuk bekerja sama\\.")), after.toString());
    }

    @Test
    void tandaiSpansInPiecesAndAttributesExportAsRangesAndALines(@TempDir Path dir) throws Exception {
        String text = "“Kami siap,” kata Budi, “untuk bekerja sama.”";
        Imported imp = new Imported("pieces", ArticleText.of(text));
        Span content = Span.ofFragments(List.of(imp.span(Fixtures.at(text, "Kami"), Fixtures.end(text, "siap,")),
                imp.span(Fixtures.at(text, "untuk"), Fixtures.end(text, "sama."))));
        Claim c = imp.claim(content);
        c.attributes().put("hedged", true);
        Entity budi = imp.entity("PERSON", Fixtures.at(text, "Budi"), Fixtures.end(text, "Budi"));
        budi.mentions().set(0, budi.mentions().get(0).withAttributes(Map.of("negated", true)));
        Source s = imp.source();
        s.setCue(imp.span(Fixtures.at(text, "kata"), Fixtures.end(text, "kata")));
        s.setSpeaker(budi.id());
        s.setContent(content);
        imp.relation("supports", c.id(), c.id());
        BratExporter ex = new BratExporter(dir);
        ex.write(imp.article(), p -> { });
        ex.finish();
        String out = Files.readString(dir.resolve("pieces.ann"));
        assertTrue(out.contains("\tClaim 1 11;25 44\tKami siap, untuk bekerja sama.\n"), out);
        assertTrue(out.contains("\tContent 1 11;25 44\tKami siap, untuk bekerja sama.\n"), out);
        // Entities first (Budi is T1), then the claim (T2).
        assertTrue(out.contains("T2\tClaim 1 11;25 44"), out);
        assertTrue(out.matches("(?s).*A\\d+\thedged T2\n.*"), out);
        assertTrue(out.matches("(?s).*A\\d+\tnegated T1\n.*"), out);
        assertTrue(out.matches("(?s).*R1\tsupports Arg1:T2 Arg2:T2\t\n.*"), out);
        String conf = Files.readString(dir.resolve("annotation.conf"));
        assertTrue(conf.contains("supports\tArg1:Claim, Arg2:Claim"), conf);
        assertTrue(conf.contains("hedged\tArg:Claim"), conf);
        // And back: the pieces, the attributes and the relation survive.
        Fixtures.Collect problems = new Fixtures.Collect();
        Article back = Fixtures.importFile(new BratImporter(TagSet.defaults()), dir.resolve("pieces.ann"), problems).get(0);
        assertEquals(content.fragments().stream().map(Span::start).toList(),
                back.doc().claims().get(0).span().fragments().stream().map(Span::start).toList());
        assertEquals(Boolean.TRUE, back.doc().claims().get(0).attributes().get("hedged"));
        assertEquals(Boolean.TRUE, back.doc().entities().get(0).mentions().get(0).attributes().get("negated"));
        assertEquals(2, back.doc().sources().get(0).content().fragmentCount());
        assertEquals("supports", back.doc().relations().get(0).type());
    }

    @Test
    void fragmentsOutOfTextOrderArePutInOrderWithAWarningNamingTheLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("o.txt"), "alpha beta gamma");
        Files.writeString(dir.resolve("o.ann"), "T1\tPerson 11 16;0 5\tgamma alpha\nT2\tPerson 0 6;3 9\tx\n");
        Fixtures.Collect problems = new Fixtures.Collect();
        Article a = Fixtures.importFile(new BratImporter(TagSet.defaults()), dir.resolve("o.ann"), problems).get(0);
        assertEquals(List.of("alpha", "gamma"), a.doc().entities().get(0).mentions().get(0).fragments().stream().map(Span::exact).toList());
        assertTrue(problems.mentions("line 1: warning: T1 fragments are not in text order; put in order"), problems.all.toString());
        assertTrue(problems.all.stream().anyMatch(p -> p.isError() && p.toString().contains("line 2") && p.toString().contains("T2")),
                problems.all.toString());
        assertEquals(1, a.doc().entities().size());
    }

    @Test
    void importAddsRelationTypesAndAttributesToTheTagSet() throws Exception {
        Fixtures.Collect problems = new Fixtures.Collect();
        Article a = Fixtures.importFile(new BratImporter(TagSet.defaults()), resource("attribution/split.ann"), problems).get(0);
        ImportedTags found = new ImportedTags();
        found.collect(a.doc(), TagSet.defaults());
        TagSet tags = found.addTo(TagSet.defaults());
        assertEquals("About", tags.relationType("About").name());
        assertEquals(TagSet.AttributeType.BOOLEAN, tags.attribute(TagSet.MENTION, "Negated").type());
        assertEquals(TagSet.AttributeType.CHOICE, tags.attribute(TagSet.MENTION, "Sentiment").type());
        assertEquals(List.of("negative"), tags.attribute(TagSet.MENTION, "Sentiment").values());
        assertEquals(List.of("High"), tags.attribute("source", "Confidence").values());
        assertFalse(tags.entityTypes().stream().anyMatch(t -> List.of("Cue", "Content", "Source").contains(t.name())));
    }

    @Test
    void sharedBratTutorialsAndPolnearTrainingRoundTripEveryLine() throws Exception {
        for (String dir : List.of("brat-example-data/example-data/tutorials", "polnear/data/annotator-training")) {
            Map<String, int[]> counts = BratLineCensus.census(Fixtures.shared(dir));
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                assertEquals(e.getValue()[0], e.getValue()[1], dir + ": " + e.getKey() + " lines that came back");
            }
            assertTrue(counts.get("T")[0] > 200, dir);
        }
    }

    private static Map<String, Integer> matched(Map<String, int[]> counts) {
        Map<String, Integer> m = new TreeMap<>();
        counts.forEach((k, v) -> {
            assertEquals(v[0], v[1], k);
            m.put(k, v[1]);
        });
        return m;
    }
}
