package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandai.model.Anchor;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Span;
import org.tandai.model.TagSet;

/** The validator's rules for spans in pieces, relations and attributes (issue 10). */
class ValidatorModelV2Test {
    private final ArticleText text = ArticleText.of("Kim berkata bahwa Rusia menang. Menurut KCNA, Putin setuju.");
    private AnnotatedDocument doc;

    @BeforeEach
    void setUp() {
        doc = new AnnotatedDocument(new DocumentInfo("a.txt", text.sha256(), "id"));
        Entity kim = new Entity("e1", "Kim", "PERSON");
        kim.mentions().add(Span.of(text, 0, 3));
        doc.add(kim);
        Entity kcna = new Entity("e2", "KCNA", "MEDIA");
        kcna.mentions().add(Span.of(text, 40, 44));
        doc.add(kcna);
        // "Rusia menang" and "Putin setuju" as one claim in two pieces.
        doc.add(new Claim("c1", Span.ofFragments(List.of(Span.of(text, 18, 30), Span.of(text, 46, 58))), "x"));
        doc.add(new Claim("c2", Span.of(text, 4, 11), "berkata"));
    }

    private String validate() {
        return Validator.validate("a.json", text, doc, TagSet.defaults()).stream()
                .map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void aCorrectDocumentWithFragmentsRelationsAndAttributesHasNoProblems() {
        doc.add(new Relation("r1", "supports", "c2", "c1"));
        doc.claim("c1").attributes().put("hedged", true);
        doc.entity("e1").mentions().set(0, Span.of(text, 0, 3).withAttributes(Map.of("negated", false)));
        assertEquals("", validate());
    }

    @Test
    void aFragmentWhoseQuoteDisagreesIsAnErrorLocatedByFragmentIndex() {
        Span good = Span.of(text, 18, 30);
        doc.claim("c1").setSpan(Span.ofFragments(List.of(good, new Span(46, 58, "Putin menolak", "", "", Anchor.OK))));
        String all = validate();
        assertTrue(all.contains("a.json: c1.span.fragments[1]: quote \"Putin menolak\" does not match the text at 46..58"
                + " (\"Putin setuju\")"), all);
        assertFalse(all.contains("c1.span.fragments[0]"), all);
    }

    @Test
    void fragmentsOutOfOrderOverlappingOrEmptyAreErrors() {
        doc.claim("c1").setSpan(Span.ofFragmentsAsRead(List.of(Span.of(text, 46, 58), Span.of(text, 18, 30))));
        doc.claim("c2").setSpan(Span.ofFragmentsAsRead(List.of(Span.of(text, 4, 11), Span.of(text, 8, 16))));
        String all = validate();
        assertTrue(all.contains("a.json: c1.span.fragments[1]: fragment 18..30 is before fragments[0] 46..58"), all);
        assertTrue(all.contains("a.json: c2.span.fragments[1]: fragment 8..16 overlaps fragments[0] 4..11"), all);

        doc.claim("c2").setSpan(Span.ofFragmentsAsRead(List.of(Span.of(text, 4, 11), new Span(20, 20, "", "", "", null))));
        all = validate();
        assertTrue(all.contains("a.json: c2.span.fragments[1]: empty fragment at 20"), all);
    }

    @Test
    void anOrphanedFragmentIsNotCheckedAgainstTheText() {
        Span stale = new Span(46, 58, "Putin menolak", "", "", Anchor.ORPHANED);
        doc.claim("c1").setSpan(Span.ofFragmentsAsRead(List.of(Span.of(text, 18, 30), stale)));
        String all = validate();
        assertFalse(all.contains("does not match"), all);
        assertTrue(all.contains("a.json: c1.span.fragments[1]: warning: orphaned: \"Putin menolak\""), all);
    }

    @Test
    void relationsWithUnknownTypesMissingEndsWrongKindsOrThemselvesAreErrors() {
        doc.add(new Relation("r1", "inspires", "c1", "c2"));
        doc.add(new Relation("r2", "supports", "c1", "e2"));
        doc.add(new Relation("r3", "supports", "c1", "c9"));
        doc.add(new Relation("r4", "supports", null, "c1"));
        doc.add(new Relation("r5", "contradicts", "c2", "c2"));
        String all = validate();
        assertTrue(all.contains("a.json: r1.type: relation type \"inspires\" is not in the tag set"), all);
        assertTrue(all.contains("a.json: r2.to: e2 is an entity; \"supports\" goes from claim to claim"), all);
        assertTrue(all.contains("a.json: r3.to: refers to c9, which is not an existing annotation"), all);
        assertTrue(all.contains("a.json: r4.from: missing: a relation needs a from end"), all);
        assertTrue(all.contains("a.json: r5.to: a relation cannot go from c2 to itself"), all);
    }

    @Test
    void attributesNotDeclaredOrOfTheWrongValueAreErrorsNamingTheAttribute() {
        doc.claim("c1").attributes().put("hedged", "yes");
        doc.claim("c2").attributes().put("sarcasm", true);
        doc.entity("e1").attributes().put("hedged", true);
        doc.entity("e2").mentions().set(0, Span.of(text, 40, 44).withAttributes(Map.of("negated", "no")));
        TagSet tags = TagSet.defaults().withAttributes(List.of(new TagSet.Attribute("sentiment", "Sentiment",
                java.util.Set.of("claim"), TagSet.AttributeType.CHOICE, List.of("positive", "negative"))));
        doc.claim("c2").attributes().put("sentiment", "angry");
        String all = Validator.validate("a.json", text, doc, tags).stream()
                .map(Problem::toString).collect(Collectors.joining("\n"));
        assertTrue(all.contains("a.json: c1.attributes.hedged: value \"yes\" must be true or false"), all);
        assertTrue(all.contains("a.json: c2.attributes.sarcasm: attribute \"sarcasm\" is not declared for claims in the tag set"), all);
        assertTrue(all.contains("a.json: e1.attributes.hedged: attribute \"hedged\" is not declared for entities"), all);
        assertTrue(all.contains("a.json: e2.mentions[0].attributes.negated: value \"no\" must be true or false"), all);
        assertTrue(all.contains("a.json: c2.attributes.sentiment: value \"angry\" must be one of positive, negative"), all);
    }

    @Test
    void driftIsCountedOverFragments() {
        ArticleText changed = ArticleText.of(text.text().replace("Putin setuju", "Putin menolak"));
        String all = Validator.validate("a.json", changed, doc, TagSet.defaults()).stream()
                .map(Problem::toString).collect(Collectors.joining("\n"));
        assertTrue(all.contains("1 of 5 spans no longer match"), all);
    }
}
