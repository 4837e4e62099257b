package org.tandai.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Status;

class GazetteerTest {
    private static final ArticleText TEXT = ArticleText.of("Kim Jong Un bertemu Putin. Kim kembali ke Pyongyang.\n");

    private static List<Suggestion> entities(Gazetteer g, AnnotatedDocument doc) {
        // The corpus's names alone: the name rules (NameRuleRecommenderTest) would propose these too.
        return new SuggestionEngine(List.of(new GazetteerRecommender(g))).suggest(TEXT, doc, Set.of(Suggestion.ENTITIES));
    }

    @Test
    void anAcceptedNameIsProposedWhereverItRecursAndJoinsItsEntity() {
        AnnotatedDocument doc = SuggestFixtures.doc(TEXT, "id");
        Entity kim = SuggestFixtures.entity(doc, TEXT, "e1", "Kim Jong Un", "PERSON", "Kim Jong Un");
        Gazetteer g = new Gazetteer();
        g.learn(doc);
        assertEquals(List.of(), entities(g, doc), "the only mention is annotated already");

        g.learn("Kim", "PERSON", "Kim Jong Un");
        List<Suggestion> found = entities(g, doc);

        assertEquals(1, found.size());
        Entity e = (Entity) found.get(0).annotation();
        assertEquals("Kim", e.mentions().get(0).exact());
        assertEquals(27, e.mentions().get(0).start());
        assertEquals("PERSON", e.type());
        assertEquals("Kim Jong Un", e.name());
        assertEquals(Status.SUGGESTED, e.status());
        assertEquals(new com.google.gson.JsonPrimitive(kim.id()), e.extras().get(Suggestions.JOINS));
    }

    @Test
    void theLongestNameWinsAndCaseMatters() {
        Gazetteer g = new Gazetteer();
        g.learn("Kim", "PERSON", "Kim Jong Un");
        g.learn("Kim Jong Un", "PERSON", "Kim Jong Un");
        g.learn("pyongyang", "LOCATION", "Pyongyang");
        List<String> found = entities(g, SuggestFixtures.doc(TEXT, "id")).stream()
                .map(s -> ((Entity) s.annotation()).mentions().get(0).exact()).toList();
        assertEquals(List.of("Kim Jong Un", "Kim"), found);
    }

    @Test
    void tsvRoundTripsAndTheCommonestReadingWins() throws Exception {
        Gazetteer g = new Gazetteer();
        g.read(new StringReader("# names\nPutin\tPERSON\tVladimir Putin\t3\nPutin\tLOCATION\tPutin (town)\n\n"), "names.tsv");
        StringWriter w = new StringWriter();
        g.write(w);
        Gazetteer back = new Gazetteer();
        back.read(new StringReader(w.toString()), "back.tsv");
        assertEquals(1, back.entries().size());
        assertEquals("PERSON", back.entries().get(0).type());
        assertEquals(3, back.entries().get(0).count());
        assertEquals(w.toString(), writeOf(back));
    }

    private static String writeOf(Gazetteer g) throws Exception {
        StringWriter w = new StringWriter();
        g.write(w);
        return w.toString();
    }

    @Test
    void aBadLineIsReportedWithFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Gazetteer().read(new StringReader("Putin\tPERSON\tVladimir Putin\nonly-one-column\n"), "names.tsv"));
        assertEquals("names.tsv: line 2: expected surface<TAB>type<TAB>entity[<TAB>count]", e.getMessage());
    }
}
