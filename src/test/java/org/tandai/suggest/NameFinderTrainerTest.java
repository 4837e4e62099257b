package org.tandai.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;

class NameFinderTrainerTest {
    @Test
    void aModelTrainedOnAcceptedMentionsFindsNamesInNewText() throws Exception {
        NameFinderTrainer trainer = new NameFinderTrainer();
        String[] people = {"Budi", "Ani", "Joko", "Siti", "Agus", "Dewi", "Rudi", "Sri"};
        for (String p : people) {
            ArticleText t = ArticleText.of(p + " datang ke pasar pagi ini.\nKemarin " + p + " pergi ke kantor.\n");
            AnnotatedDocument doc = SuggestFixtures.doc(t, "id");
            Entity e = new Entity("e1", p, "PERSON");
            e.mentions().add(Span(t, 0, p.length()));
            int second = t.text().indexOf("Kemarin ") + 8;
            e.mentions().add(Span(t, second, second + p.length()));
            doc.add(e);
            trainer.add(t, doc);
        }
        assertEquals(16, trainer.mentions());
        byte[] model = trainer.train("id", () -> false);

        ArticleText fresh = ArticleText.of("Kemarin Budi pergi ke kantor.\n");
        List<Suggestion> found = new NameFinderRecommender(NameFinderTrainer.read(model))
                .suggest(Recommender.Input.of(fresh, SuggestFixtures.doc(fresh, "id")));

        assertEquals(1, found.size());
        Entity e = (Entity) found.get(0).annotation();
        assertEquals("Budi", e.mentions().get(0).exact());
        assertEquals("PERSON", e.type());
        assertTrue(found.get(0).confidence() > 0 && found.get(0).confidence() <= 0.5);
    }

    @Test
    void nothingToLearnGivesNoModelAndConllTypesMapToTheTagSet() {
        assertNull(new NameFinderTrainer().train("id", () -> false));
        assertEquals("LOCATION", NameFinderTrainer.typeOf("PLACE"));
        assertEquals("ORGANIZATION", NameFinderTrainer.typeOf("ORGANISATION"));
        assertEquals("MEDIA", NameFinderTrainer.typeOf("MEDIA"));
    }

    private static org.tandai.model.Span Span(ArticleText t, int from, int to) {
        return org.tandai.model.Span.of(t, from, to);
    }
}
