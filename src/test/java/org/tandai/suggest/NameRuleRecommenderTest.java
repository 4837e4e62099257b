package org.tandai.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParseException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;

/** The Indonesian name rules of names-id.json on sentences that are not the seed's. */
class NameRuleRecommenderTest {
    private static Map<String, String> names(String text) {
        ArticleText t = ArticleText.of(text);
        AnnotatedDocument doc = SuggestFixtures.doc(t, "id");
        Map<String, String> out = new LinkedHashMap<>();
        for (Suggestion s : new SuggestionEngine(List.of(new NameRuleRecommender())).suggest(t, doc, Set.of())) {
            Entity e = (Entity) s.annotation();
            out.put(t.slice(e.mentions().get(0).start(), e.mentions().get(0).end()), e.type() + "|" + e.name());
        }
        return out;
    }

    @Test
    void titlesPlacesAndHeadWordsCutAndTypeCapitalisedRuns() {
        Map<String, String> n = names("Menteri Luar Negeri Retno Marsudi bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo. "
                + "Retno mengatakan bahwa Kementerian Luar Negeri akan mengirim bantuan ke Jawa Barat.\n");
        assertEquals("LOCATION|Jepang", n.get("Jepang"));
        assertEquals("PERSON|Fumio Kishida", n.get("Fumio Kishida"));
        assertEquals("LOCATION|Tokyo", n.get("Tokyo"));
        assertEquals("ORGANIZATION|Kementerian Luar Negeri", n.get("Kementerian Luar Negeri"));
        assertEquals("LOCATION|Jawa Barat", n.get("Jawa Barat"), "a known place with its qualifier");
        assertTrue(n.keySet().stream().noneMatch(k -> k.startsWith("Menteri") || k.startsWith("Perdana")), n.toString());
    }

    @Test
    void aLoneWordIsThePersonWhoseLongerNameItIsAndSentenceOpenersAreNotNames() {
        Map<String, String> n = names("Joko Widodo tiba di Bandung. Setelah itu Joko berpidato. Widodo tersenyum. "
                + "Sebelumnya Presiden menolak. Kunjungan itu singkat, kata kunjungan resmi. Ia menyapa Budi.\n");
        assertEquals("PERSON|Joko Widodo", n.get("Joko Widodo"));
        assertEquals("PERSON|Joko Widodo", n.get("Joko"), "the lone word names the longer person");
        assertEquals("PERSON|Joko Widodo", n.get("Widodo"), "a sentence opener kept: capitalised and a known person's word");
        assertNull(n.get("Setelah"));
        assertNull(n.get("Sebelumnya"));
        assertNull(n.get("Presiden"), "a title alone is not a name");
        assertNull(n.get("Kunjungan"), "written in lower case elsewhere in the article");
        assertNull(n.get("Budi"), "a lone word that is not part of a longer name is not proposed");
        assertEquals("LOCATION|Bandung", n.get("Bandung"));
    }

    @Test
    void datesEventsAndOrganisationsOfAPlace() {
        Map<String, String> n = names("Pada hari Jumat, pemerintah Malaysia menyinggung perang Gaza. "
                + "Pemilu digelar pada 14 Februari 2024 dan bulan Maret.\n");
        assertEquals("DATE|hari Jumat", n.get("hari Jumat"));
        assertEquals("ORGANIZATION|pemerintah Malaysia", n.get("pemerintah Malaysia"));
        assertEquals("EVENT|perang Gaza", n.get("perang Gaza"));
        assertEquals("DATE|14 Februari 2024", n.get("14 Februari 2024"));
        assertEquals("DATE|bulan Maret", n.get("bulan Maret"));
        assertNull(n.get("Malaysia"), "inside the organisation, not a second mention");
    }

    @Test
    void aLanguageWithoutRulesGetsNoneAndABadFileNamesItself() {
        ArticleText t = ArticleText.of("Barack Obama visited Jakarta.\n");
        assertEquals(List.of(), new NameRuleRecommender().suggest(Recommender.Input.of(t, SuggestFixtures.doc(t, "en"))));
        JsonParseException e = org.junit.jupiter.api.Assertions.assertThrows(JsonParseException.class,
                () -> NameRules.read(new StringReader("{\"titles\": []}"), "names-xx.json"));
        assertEquals("names-xx.json: dates: missing", e.getMessage());
    }
}
