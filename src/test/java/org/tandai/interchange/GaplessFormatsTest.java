package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;

/** CoNLL and doccano JSONL cannot carry a span in pieces: each degraded annotation is reported by id. */
class GaplessFormatsTest {
    private static final String TEXT = "“Kami siap,” kata Budi Santoso, “untuk bekerja sama.”";

    private static Article article() {
        Imported imp = new Imported("gaps", ArticleText.of(TEXT));
        Entity budi = imp.entity("PERSON", Span.ofFragments(List.of(
                imp.span(Fixtures.at(TEXT, "Budi"), Fixtures.end(TEXT, "Budi")),
                imp.span(Fixtures.at(TEXT, "Santoso"), Fixtures.end(TEXT, "Santoso")))));
        Source s = imp.source();
        s.setCue(imp.span(Fixtures.at(TEXT, "kata"), Fixtures.end(TEXT, "kata")));
        s.setSpeaker(budi.id());
        s.setContent(Span.ofFragments(List.of(imp.span(Fixtures.at(TEXT, "Kami"), Fixtures.end(TEXT, "siap,")),
                imp.span(Fixtures.at(TEXT, "untuk"), Fixtures.end(TEXT, "sama.")))));
        return imp.article();
    }

    @Test
    void conllWritesEachPieceAsAChunkAndNamesTheMention(@TempDir Path dir) throws Exception {
        Fixtures.Collect problems = new Fixtures.Collect();
        try (ConllExporter ex = new ConllExporter(dir)) {
            ex.write(article(), problems);
            ex.finish();
        }
        assertTrue(problems.mentions("gaps.txt: e1.mentions[0]: warning: span in 2 pieces exported as 2 separate chunks"),
                problems.all.toString());
        String conll = Files.readString(dir.resolve("corpus.conll"));
        assertTrue(conll.contains("Budi\tB-PERSON\nSantoso\tB-PERSON\n") || conll.matches("(?s).*Budi\\S*\\s+B-PERSON\\s+Santoso\\S*\\s+B-PERSON.*"),
                conll);
    }

    @Test
    void jsonlWritesTheFirstPieceAndNamesEachSpanInPieces(@TempDir Path dir) throws Exception {
        Fixtures.Collect problems = new Fixtures.Collect();
        try (JsonlExporter ex = new JsonlExporter(dir)) {
            ex.write(article(), problems);
            ex.finish();
        }
        assertTrue(problems.mentions("gaps.txt: e1.mentions[0]: warning: span in 2 pieces exported as its first piece \"Budi\""),
                problems.all.toString());
        assertTrue(problems.mentions("gaps.txt: s1.content: warning: span in 2 pieces exported as its first piece \"Kami siap,\""),
                problems.all.toString());
        JsonObject o = JsonlExporter.toJson(article());
        JsonObject content = o.getAsJsonArray("entities").asList().stream().map(e -> e.getAsJsonObject())
                .filter(e -> e.get("label").getAsString().equals("CONTENT")).findFirst().orElseThrow();
        assertEquals(Fixtures.end(TEXT, "siap,"), content.get("end_offset").getAsInt());
    }
}
