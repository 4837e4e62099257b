package org.tandai.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandai.model.TagSet;
import org.tandai.store.Problem;
import org.tandai.store.SidecarWriter;
import org.tandai.store.Validator;

class SyntheticCorpusTest {
    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot() {
        SyntheticCorpus.Article a = SyntheticCorpus.article("x", 42, 20_000, 300);
        SyntheticCorpus.Article b = SyntheticCorpus.article("x", 42, 20_000, 300);
        SyntheticCorpus.Article c = SyntheticCorpus.article("x", 43, 20_000, 300);
        assertEquals(a.text().text(), b.text().text());
        assertEquals(SidecarWriter.toJson(a.document()), SidecarWriter.toJson(b.document()));
        assertNotEquals(a.text().text(), c.text().text());
    }

    @Test
    void generatedArticleIsValidDenseAndHasAstralCharactersAndViaChains() {
        SyntheticCorpus.Article a = SyntheticCorpus.article("x", 7, 50_000, 1_000);
        List<Problem> problems = Validator.validate("x", a.text(), a.document(), TagSet.defaults());
        assertEquals(List.of(), problems);
        int total = a.document().mentionCount() + a.document().claims().size() + a.document().sources().size();
        assertEquals(1_000, total);
        assertTrue(a.text().text().length() > a.text().length(), "contains astral characters");
        assertTrue(a.document().sources().stream().anyMatch(s -> s.via() != null), "has via chains");
        assertTrue(a.text().length() >= 50_000);
    }
}
