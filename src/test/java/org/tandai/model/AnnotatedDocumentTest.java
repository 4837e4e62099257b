package org.tandai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class AnnotatedDocumentTest {
    private final AnnotatedDocument doc = new AnnotatedDocument(new DocumentInfo("a.txt", "h", "id"));

    @Test
    void idsAreNeverReusedAfterDeletion() {
        String first = doc.newId(Kind.ENTITY);
        doc.add(new Entity(first, "Kim", "PERSON"));
        String second = doc.newId(Kind.ENTITY);
        doc.add(new Entity(second, "Putin", "PERSON"));
        doc.remove(second);
        assertEquals("e1", first);
        assertEquals("e3", doc.newId(Kind.ENTITY));
        assertEquals("c1", doc.newId(Kind.CLAIM));
    }

    @Test
    void addingAForeignNumberedIdMovesTheCounterPastIt() {
        doc.add(new Entity("e41", "Kim", "PERSON"));
        assertEquals("e42", doc.newId(Kind.ENTITY));
    }

    @Test
    void findReplaceAndRemoveWorkById() {
        Claim c = new Claim("c1", null, "x");
        doc.add(c);
        Claim edited = c.copy();
        edited.setVerdict("false");
        assertSame(c, doc.replace(edited));
        assertEquals("false", doc.claim("c1").verdict());
        assertNull(doc.entity("c1"));
        assertEquals(0, doc.remove("c1"));
        assertNull(doc.find("c1"));
    }

    @Test
    void copyIsDeep() {
        Entity e = new Entity("e1", "Kim", "PERSON");
        e.mentions().add(new Span(0, 3, "Kim", "", "", Anchor.OK));
        Entity copy = e.copy();
        copy.mentions().clear();
        copy.setName("Other");
        assertEquals(1, e.mentions().size());
        assertEquals("Kim", e.name());
    }
}
