package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandai.model.ArticleText;

class TokenizerTest {
    private static List<List<String>> split(String text) {
        return Tokenizer.sentences(ArticleText.of(text)).stream()
                .map(s -> s.stream().map(Tokenizer.Token::text).toList()).toList();
    }

    @Test
    void indonesianQuotesNumbersAndEnclitics() {
        assertEquals(List.of(List.of("“", "Harga", "naik", "Rp10.000", ",", "”", "ujarnya", "di", "Jakarta", ",",
                        "Senin", "(", "2/12/2024", ")", ".")),
                split("“Harga naik Rp10.000,” ujarnya di Jakarta, Senin (2/12/2024)."));
        assertEquals(List.of(List.of("Putin", "yang", "ke-72", "dan", "langkah-langkah", "5,93", "persen", ".")),
                split("Putin yang ke-72 dan langkah-langkah 5,93 persen."));
    }

    @Test
    void abbreviationsAndInitialsKeepTheirDotAndDoNotEndTheSentence() {
        assertEquals(List.of(List.of("Prof.", "Budi", "dan", "Dr.", "J.", "Smith", "dari", "U.S.", "tiba", "."),
                        List.of("Mereka", "pulang", ".")),
                split("Prof. Budi dan Dr. J. Smith dari U.S. tiba. Mereka pulang."));
    }

    @Test
    void quoteClosingAfterFinalPunctuationStaysInTheSentence() {
        assertEquals(List.of(List.of("\"", "Saya", "siap", ".", "\""), List.of("Kata", "dia", "."),
                        List.of("“", "Apa", "?", "”", "tanya", "Sri", ".")),
                split("\"Saya siap.\" Kata dia. “Apa?” tanya Sri."));
    }

    @Test
    void lineBreaksEndSentencesAndDashesSplit() {
        assertEquals(List.of(List.of("Perang", "Ukraina", "–", "dalam", "langkah"), List.of("Baru", "...")),
                split("Perang Ukraina – dalam langkah\nBaru ..."));
        assertEquals(List.of(List.of("Ukraina", "–", "dalam")), split("Ukraina–dalam"));
    }

    @Test
    void offsetsAreCodePointsAfterAnEmoji() {
        List<Tokenizer.Token> s = Tokenizer.sentences(ArticleText.of("😀 Budi")).get(0);
        assertEquals(new Tokenizer.Token(0, 1, "😀"), s.get(0));
        assertEquals(new Tokenizer.Token(2, 6, "Budi"), s.get(1));
    }
}
