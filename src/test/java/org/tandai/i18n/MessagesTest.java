package org.tandai.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void theOptionWinsOverTheSettingWhichWinsOverTheSystem() {
        assertEquals("id", Messages.choose("id", "en", Locale.ENGLISH).getLanguage());
        assertEquals("en", Messages.choose(null, "en", Locale.forLanguageTag("id-ID")).getLanguage());
        assertEquals("id", Messages.choose(" ", null, Locale.forLanguageTag("id-ID")).getLanguage());
        assertEquals("en", Messages.choose(null, null, Locale.GERMANY).getLanguage());
    }

    @Test
    void anUnknownLanguageIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Messages.choose("fr", null, Locale.ENGLISH));
        assertEquals("unknown language 'fr' (use en or id)", e.getMessage());
    }

    @Test
    void indonesianIsReadAsUtf8AndEnglishIsTheBase() {
        assertEquals("Indonesian", Messages.english().get("lang.id"));
        assertEquals("Indonesia", Messages.of(Locale.forLanguageTag("id")).get("lang.id"));
        assertEquals("Inggris", Messages.of(new Locale("in")).get("lang.en"));
        assertEquals("English", Messages.of(Locale.GERMAN).get("lang.en"));
    }
}
