package org.tandai.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tandai.suggest.SuggestFixtures.byCue;
import static org.tandai.suggest.SuggestFixtures.pieces;
import static org.tandai.suggest.SuggestFixtures.source;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.model.Source;
import org.tandai.model.Status;

class AttributionRecommenderTest {
    private ArticleText id;
    private AnnotatedDocument idDoc;
    private List<Suggestion> idSuggestions;

    @BeforeEach
    void suggestIndonesian() throws Exception {
        id = SuggestFixtures.text("id-example.txt");
        idDoc = SuggestFixtures.doc(id, "id");
        Entity budi = SuggestFixtures.entity(idDoc, id, "e1", "Budi Santoso", "PERSON", "Budi Santoso");
        int kata = id.text().indexOf("kata Budi") + 5;
        budi.mentions().add(Span.of(id, id.toCodePoint(kata), id.toCodePoint(kata + 4)));
        idSuggestions = new AttributionRecommender().suggest(Recommender.Input.of(id, idDoc));
    }

    @Test
    void speakerBeforeTheCueIsTheAcceptedEntityAndBahwaBelongsToTheCue() {
        Suggestion s = byCue(idSuggestions, "mengatakan bahwa", "harga");
        Source src = source(s);
        assertEquals("e1", src.speaker());
        assertEquals(List.of("harga beras akan turun bulan depan"), pieces(src.content()));
        assertEquals("indirect", src.form());
        assertEquals(Status.SUGGESTED, src.status());
        assertEquals(Suggestion.ATTRIBUTIONS, s.recommender());
        assertEquals(SuggestionKeys.source(src.cue(), src.content()), s.key());
    }

    @Test
    void aQuoteSplitAroundKataKeepsBothFragmentsAndTheSpeakerAfterTheCue() {
        Source src = source(byCue(idSuggestions, "kata"));
        assertEquals(List.of("Kami siap", "untuk bekerja sama dengan semua pihak."), pieces(src.content()));
        assertEquals("e1", src.speaker());
        assertEquals("direct", src.form());
    }

    @Test
    void tambahnyaRefersBackToThePreviousSpeaker() {
        Suggestion s = byCue(idSuggestions, "tambahnya");
        assertEquals("e1", source(s).speaker());
        assertEquals(List.of("Stok beras cukup sampai akhir tahun"), pieces(source(s).content()));
        assertEquals(Suggestion.QUOTES, s.recommender());
    }

    @Test
    void menurutXYangMengutipYMakesAViaChain() {
        Suggestion menurut = byCue(idSuggestions, "Menurut");
        Suggestion mengutip = byCue(idSuggestions, "mengutip");
        Suggestion said = byCue(idSuggestions, "mengatakan bahwa", "impor");
        assertEquals("Antara", source(menurut).speakerDescription());
        assertEquals("media", source(menurut).form());
        assertEquals("Reuters", source(mengutip).speakerDescription());
        assertNull(menurut.viaKey());
        assertEquals(menurut.key(), mengutip.viaKey());
        assertEquals(mengutip.key(), said.viaKey());
        assertEquals(List.of("impor akan dihentikan"), pieces(source(said).content()));
    }

    @Test
    void aQuoteOverTwoParagraphsIsOneContentInTwoPieces() {
        Source src = source(byCue(idSuggestions, "ujar"));
        assertEquals(List.of("Kami tidak akan mundur dari rencana ini apa pun yang terjadi di pasar.",
                "Petani harus mendapat harga yang adil untuk hasil panen mereka"), pieces(src.content()));
        assertEquals("Ani", src.speakerDescription());
    }

    @Test
    void englishCuesFindSpeakersOnEitherSideAndCitingRelays() throws Exception {
        ArticleText en = SuggestFixtures.text("en-example.txt");
        List<Suggestion> all = new AttributionRecommender().suggest(Recommender.Input.of(en, SuggestFixtures.doc(en, null)));
        Source first = source(byCue(all, "said", "the bill"));
        assertEquals("Senator Jane Smith", first.speakerDescription());
        assertEquals(List.of("the bill would pass next week"), pieces(first.content()));
        Suggestion quote = byCue(all, "said", "We are ready");
        assertEquals("Smith", source(quote).speakerDescription());
        assertEquals("direct", source(quote).form());
        assertEquals(Suggestion.QUOTES, quote.recommender());
        Source according = source(byCue(all, "According to"));
        assertEquals("Reuters", according.speakerDescription());
        assertEquals(List.of("the talks collapsed on Friday"), pieces(according.content()));
        Suggestion told = byCue(all, "told reporters");
        Suggestion citing = byCue(all, "citing");
        assertEquals("The minister", source(told).speakerDescription());
        assertEquals(told.key(), citing.viaKey());
    }

    @Test
    void aLanguageWithoutALexiconGetsNoAttributions() throws Exception {
        ArticleText t = ArticleText.of("Le ministre a dit que tout va bien.");
        assertEquals(List.of(), new AttributionRecommender().suggest(Recommender.Input.of(t, SuggestFixtures.doc(t, "fr"))));
    }
}
