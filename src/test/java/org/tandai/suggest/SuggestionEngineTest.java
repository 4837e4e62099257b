package org.tandai.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Status;

class SuggestionEngineTest {
    private static final ArticleText TEXT = ArticleText.of(
            "Menurut Antara yang mengutip Reuters, Budi mengatakan bahwa harga naik.\nBudi datang ke Jakarta.\n");

    private static SuggestionEngine engine(Gazetteer g) {
        // Rules and the corpus's names, without the name rules, so the gazetteer's part is seen alone.
        return new SuggestionEngine(List.of(new AttributionRecommender(), new GazetteerRecommender(g)));
    }

    @Test
    void aRejectedSuggestionIsNeverProposedAgain() {
        AnnotatedDocument doc = SuggestFixtures.doc(TEXT, "id");
        List<Suggestion> first = engine(new Gazetteer()).suggest(TEXT, doc, Set.of());
        Suggestions.apply(doc, first, null, Instant.EPOCH);
        Source rejected = doc.sources().get(0);
        rejected.setStatus(Status.REJECTED);
        doc.sources().removeIf(s -> s != rejected);

        List<Suggestion> again = engine(new Gazetteer()).suggest(TEXT, doc, Set.of());

        assertEquals(first.size() - 1, again.size());
        assertTrue(again.stream().noneMatch(s -> s.key().equals(SuggestionKeys.of(rejected))));
    }

    @Test
    void nothingIsProposedWhereAnAnnotationAlreadyIs() {
        AnnotatedDocument doc = SuggestFixtures.doc(TEXT, "id");
        Suggestions.apply(doc, engine(new Gazetteer()).suggest(TEXT, doc, Set.of()), null, Instant.EPOCH);
        assertEquals(List.of(), engine(new Gazetteer()).suggest(TEXT, doc, Set.of()));
    }

    @Test
    void applyGivesIdsStatusConfidenceAndResolvesTheViaChain() {
        AnnotatedDocument doc = SuggestFixtures.doc(TEXT, "id");
        int added = Suggestions.apply(doc, engine(new Gazetteer()).suggest(TEXT, doc, Set.of(Suggestion.ATTRIBUTIONS)),
                "Ani", Instant.EPOCH);
        assertEquals(3, added);
        Source menurut = doc.sources().get(0);
        Source mengutip = doc.sources().get(1);
        Source said = doc.sources().get(2);
        assertEquals(List.of("s1", "s2", "s3"), doc.sources().stream().map(Source::id).toList());
        assertEquals(null, menurut.via());
        assertEquals("s1", mengutip.via());
        assertEquals("s2", said.via());
        assertEquals(Status.SUGGESTED, said.status());
        assertEquals("Ani", said.createdBy());
        assertTrue(said.extras().containsKey(Suggestions.CONFIDENCE));
    }

    @Test
    void onlyLimitsTheKindsProposed() {
        Gazetteer g = new Gazetteer();
        g.learn("Budi", "PERSON", "Budi Santoso");
        AnnotatedDocument doc = SuggestFixtures.doc(TEXT, "id");
        List<Suggestion> entities = engine(g).suggest(TEXT, doc, Set.of(Suggestion.ENTITIES));
        assertEquals(2, entities.size());
        assertTrue(entities.stream().allMatch(s -> s.annotation() instanceof Entity));
        assertFalse(engine(g).suggest(TEXT, doc, Set.of(Suggestion.ATTRIBUTIONS)).stream()
                .anyMatch(s -> s.annotation() instanceof Entity));
    }

    @Test
    void theLanguageIsGuessedWhenTheDocumentDoesNotSayIt() {
        assertEquals("id", Languages.guess(TEXT.text()));
        assertEquals("en", Languages.guess("The minister said that the talks were over and the deal was off."));
    }
}
