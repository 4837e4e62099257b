package org.tandai.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tandai.i18n.Messages;
import org.tandai.model.TagSet;

class TagSetLabelsTest {
    private static final Messages ID = Messages.of(Locale.forLanguageTag("id"));

    @Test
    void builtInLabelsAreShownInTheWindowsLanguage() {
        TagSet t = TagSetLabels.localized(TagSet.defaults(), ID);
        assertEquals("Orang", t.entityType("PERSON").label());
        assertEquals("Sebagian besar benar", t.verdict("mostly-true").label());
        assertEquals("Kutipan langsung", t.sourceForms().get(0).label());
        assertEquals("Mendukung", t.relationType("supports").label());
        assertEquals("1", t.entityType("PERSON").key(), "keys, colours and names stay");
        assertEquals(TagSet.defaults().entityType("PERSON").color(), t.entityType("PERSON").color());
    }

    @Test
    void aLabelTheCorpusChoseItselfStays() {
        TagSet own = new TagSet(List.of(new TagSet.EntityType("PERSON", "Tokoh", "#d9534f", "1"),
                new TagSet.EntityType("PARTY", "Partai politik", "#2f7ed8", "2")), List.of(), List.of(), List.of(), List.of());
        TagSet t = TagSetLabels.localized(own, ID);
        assertEquals(List.of("Tokoh", "Partai politik"), t.entityTypes().stream().map(TagSet.EntityType::label).toList());
        assertEquals("Person", TagSetLabels.localized(TagSet.defaults(), Messages.english()).entityType("PERSON").label());
    }
}
