package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Anchor;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.TagSet;

class ValidatorTest {
    private final ArticleText text = ArticleText.of("Kim 😀 berkata bahwa Rusia menang. Menurut KCNA, begitu.");
    private AnnotatedDocument doc;

    @BeforeEach
    void setUp() {
        doc = new AnnotatedDocument(new DocumentInfo("a.txt", text.sha256(), "id"));
        Entity kim = new Entity("e1", "Kim", "PERSON");
        kim.mentions().add(Span.of(text, 0, 3));
        doc.add(kim);
        Claim c = new Claim("c1", Span.of(text, 20, 32), "Rusia menang");
        c.setClaimant("e1");
        c.setVerdict("unverified");
        doc.add(c);
        Source s = new Source("s1");
        s.setSpeaker("e1");
        s.setCue(Span.of(text, 6, 13));
        s.claimIds().add("c1");
        s.setForm("indirect");
        doc.add(s);
    }

    private String validate() {
        return Validator.validate("a.json", text, doc, TagSet.defaults()).stream()
                .map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void aCorrectDocumentHasNoProblems() {
        assertEquals("", validate());
        assertEquals("berkata", text.slice(6, 13), "offsets count the emoji as one code point");
    }

    @Test
    void offsetsOutsideTheTextOrDisagreeingWithTheQuoteAreErrors() {
        Entity kim = doc.entity("e1");
        kim.mentions().add(new Span(-1, 2, "Ki", "", "", Anchor.OK));
        kim.mentions().add(new Span(50, 999, "x", "", "", Anchor.OK));
        kim.mentions().add(new Span(5, 3, "x", "", "", Anchor.OK));
        kim.mentions().add(new Span(1, 4, "Kim", "", "", Anchor.OK));
        String all = validate();
        assertTrue(all.contains("a.json: e1.mentions[1]: negative offset"), all);
        assertTrue(all.contains("a.json: e1.mentions[2]: end 999 is past the end of the text"), all);
        assertTrue(all.contains("a.json: e1.mentions[3]: reversed offsets"), all);
        assertTrue(all.contains("a.json: e1.mentions[4]: quote \"Kim\" does not match the text at 1..4 (\"im \")"), all);
    }

    @Test
    void danglingReferencesAreErrorsNamingTheField() {
        doc.claim("c1").setClaimant("e9");
        doc.source("s1").setVia("s7");
        doc.source("s1").claimIds().add("c5");
        String all = validate();
        assertTrue(all.contains("a.json: c1.claimant: refers to e9, which is not an existing entity"), all);
        assertTrue(all.contains("a.json: s1.via: refers to s7, which is not an existing source"), all);
        assertTrue(all.contains("a.json: s1.claims[1]: refers to c5, which is not an existing claim"), all);
    }

    @Test
    void duplicateIdsAndLabelsOutsideTheTagSetAreErrors() {
        Entity dup = new Entity("e1", "Kim again", "WIZARD");
        dup.mentions().add(Span.of(text, 0, 3));
        doc.add(dup);
        doc.claim("c1").setVerdict("pants-on-fire");
        doc.source("s1").setForm("telepathy");
        String all = validate();
        assertTrue(all.contains("a.json: e1: duplicate id"), all);
        assertTrue(all.contains("a.json: e1.type: type \"WIZARD\" is not in the tag set"), all);
        assertTrue(all.contains("a.json: c1.verdict: verdict \"pants-on-fire\" is not in the tag set"), all);
        assertTrue(all.contains("a.json: s1.form: source form \"telepathy\" is not in the tag set"), all);
    }

    @Test
    void viaCyclesAreReportedOnce() {
        Source s2 = new Source("s2");
        s2.setSpeakerDescription("KCNA");
        s2.setCue(Span.of(text, 34, 41));
        Source s3 = new Source("s3");
        s3.setSpeakerDescription("Yonhap");
        s3.setCue(Span.of(text, 34, 41));
        doc.add(s2);
        doc.add(s3);
        doc.source("s1").setVia("s2");
        s2.setVia("s3");
        s3.setVia("s1");
        List<Problem> problems = Validator.validate("a.json", text, doc, TagSet.defaults());
        List<Problem> cycles = problems.stream().filter(p -> p.message().contains("cycle")).toList();
        assertEquals(1, cycles.size(), problems.toString());
        assertTrue(cycles.get(0).message().contains("s1, s2, s3"));
    }

    @Test
    void aChangedTextIsReportedAsDrift() {
        ArticleText edited = ArticleText.of(text.text() + " Tambahan.");
        String all = Validator.validate("a.json", edited, doc, TagSet.defaults()).toString();
        assertTrue(all.contains("document.sha256: the article text has drifted"), all);
        assertTrue(all.contains("0 of 3 spans no longer match"), all);
    }
}
