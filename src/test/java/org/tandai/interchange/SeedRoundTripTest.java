package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Evidence;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;

/** Our annotated seed article through each two-way format and back. */
class SeedRoundTripTest {
    private Article seed;

    @BeforeEach
    void loadSeed() throws IOException {
        Path article = TestFiles.seedArticle();
        SidecarStore.Loaded l = new SidecarStore().load(article, TagSet.defaults());
        assertTrue(l.problems().isEmpty(), l.problems().toString());
        seed = new Article("seed", l.text(), l.document());
    }

    private static String span(Span s) {
        return s == null ? "-" : s.start() + ".." + s.end();
    }

    private static String oneLine(String s) {
        return s == null ? null : s.replace('\n', ' ').strip();
    }

    /** Everything brat can carry, with ids replaced by what they point at. */
    static List<String> fingerprint(AnnotatedDocument d) {
        Function<String, String> ent = id -> d.entity(id) == null ? null : d.entity(id).name();
        List<String> out = new ArrayList<>();
        for (Entity e : d.entities()) {
            List<String> m = e.mentions().stream().map(SeedRoundTripTest::span).sorted().toList();
            out.add("E " + e.type() + " " + e.name() + " " + e.externalId() + " " + oneLine(e.note()) + " " + m);
        }
        for (Claim c : d.claims()) {
            String statement = c.statement() == null ? c.span().exact() : c.statement();
            List<String> ev = c.evidence().stream().map(Evidence::toString).toList();
            out.add("C " + span(c.span()) + " " + statement + " " + ent.apply(c.claimant()) + " " + c.claimKind() + " "
                    + c.checkWorthiness() + " " + c.verdict() + " " + oneLine(c.note()) + " " + ev);
        }
        for (Source s : d.sources()) {
            List<String> claims = s.claimIds().stream().map(id -> span(d.claim(id).span())).sorted().toList();
            Source via = d.source(s.via());
            out.add("S " + ent.apply(s.speaker()) + " " + oneLine(s.speakerDescription()) + " " + span(s.cue()) + " "
                    + span(s.content()) + " " + claims + " " + s.form() + " " + (via == null ? "-" : span(via.cue()))
                    + " " + oneLine(s.note()));
        }
        Collections.sort(out);
        return out;
    }

    @Test
    void seedThroughBratKeepsEveryEntityClaimAndSourceField(@TempDir Path dir) throws IOException {
        Fixtures.Collect problems = new Fixtures.Collect();
        BratExporter ex = new BratExporter(dir);
        ex.write(seed, problems);
        ex.finish();
        assertTrue(problems.all.isEmpty(), problems.all.toString());
        Article back = Fixtures.importFile(new BratImporter(TagSet.defaults()), dir.resolve("seed.ann"), problems).get(0);
        assertTrue(problems.all.isEmpty(), problems.all.toString());
        assertEquals(fingerprint(seed.doc()), fingerprint(back.doc()));
        assertTrue(seed.doc().sources().size() > 10, "the seed has its attributions");
    }

    private static List<String> spans(AnnotatedDocument d) {
        List<String> out = new ArrayList<>();
        d.entities().forEach(e -> e.mentions().forEach(m -> out.add(e.type() + " " + span(m))));
        d.claims().forEach(c -> out.add("claim " + span(c.span())));
        d.sources().forEach(s -> out.add("source " + span(s.cue()) + " " + span(s.content()) + " "
                + (d.entity(s.speaker()) == null ? "-" : d.entity(s.speaker()).type())));
        Collections.sort(out);
        return out;
    }

    @Test
    void seedThroughJsonlAndLabelStudioKeepsEverySpanAndAttribution(@TempDir Path dir) throws IOException {
        Fixtures.Collect problems = new Fixtures.Collect();
        try (JsonlExporter j = new JsonlExporter(dir); LabelStudioExporter ls = new LabelStudioExporter(dir)) {
            j.write(seed, problems);
            ls.write(seed, problems);
            j.finish();
            ls.finish();
        }
        Article fromJsonl = Fixtures.importFile(new JsonlImporter(), dir.resolve("corpus.jsonl"), problems).get(0);
        Article fromLs = Fixtures.importFile(new LabelStudioImporter(), dir.resolve("tasks.json"), problems).get(0);
        assertTrue(problems.all.isEmpty(), problems.all.toString());
        // Mentions come back one entity each (no coreference in these formats): compare spans, not entities.
        assertEquals(spans(seed.doc()), spans(fromJsonl.doc()));
        assertEquals(spans(seed.doc()), spans(fromLs.doc()));
    }
}
