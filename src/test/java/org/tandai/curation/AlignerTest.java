package org.tandai.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.Status;

/** The merge of hand-made layers into units: what is agreed, disagreed, incomplete and resolved. */
class AlignerTest {
    static final ArticleText TEXT = ArticleText.of("Kim Jong Un praised Putin. Budi said the talks were \"very warm\". Yonhap reported it.");

    static Span span(String quote) {
        int at = TEXT.text().indexOf(quote);
        return Span.of(TEXT, TEXT.toCodePoint(at), TEXT.toCodePoint(at + quote.length()));
    }

    static AnnotatedDocument doc() {
        return new AnnotatedDocument(new DocumentInfo("a.txt", TEXT.sha256(), null));
    }

    static Entity entity(AnnotatedDocument d, String id, String name, String type, String... mentions) {
        Entity e = new Entity(id, name, type);
        for (String m : mentions) {
            e.mentions().add(span(m));
        }
        d.add(e);
        return e;
    }

    static Claim claim(AnnotatedDocument d, String id, String quote, String verdict) {
        Claim c = new Claim(id, span(quote), quote);
        c.setVerdict(verdict);
        d.add(c);
        return c;
    }

    static Map<String, AnnotatedDocument> layers(AnnotatedDocument... docs) {
        Map<String, AnnotatedDocument> m = new LinkedHashMap<>();
        String[] names = {"ani", "budi", "citra"};
        for (int i = 0; i < docs.length; i++) {
            m.put(names[i], docs[i]);
        }
        return m;
    }

    private static Unit only(Alignment a, Unit.Kind kind) {
        List<Unit> us = a.units().stream().filter(u -> u.kind() == kind).toList();
        assertEquals(1, us.size(), us.toString());
        return us.get(0);
    }

    @Test
    void identicalMentionsInDifferentIdsAreOneAgreedUnit() {
        AnnotatedDocument ani = doc();
        entity(ani, "e1", "Kim Jong Un", "PERSON", "Kim Jong Un");
        AnnotatedDocument budi = doc();
        entity(budi, "e7", "Kim Jong Un", "PERSON", "Kim Jong Un");
        Alignment a = Aligner.align(layers(ani, budi));
        Unit u = only(a, Unit.Kind.MENTION);
        assertEquals(Unit.State.AGREED, u.state());
        assertEquals(List.of("ani", "budi"), List.copyOf(u.versions().keySet()));
        assertEquals("0\u201311 \u201cKim Jong Un\u201d", u.first().field("span"));
        assertEquals(Set.of(), u.differing());
        assertEquals(u, a.unitOf("budi", "e7", span("Kim Jong Un")));
    }

    @Test
    void aTypeDisagreementOnOverlappingSpansRecordsWhoSaidWhatAndWhichFieldsDiffer() {
        AnnotatedDocument ani = doc();
        entity(ani, "e1", "Kim Jong Un", "PERSON", "Kim Jong Un");
        AnnotatedDocument budi = doc();
        entity(budi, "e1", "Kim", "ORG", "Kim Jong");
        Unit u = only(Aligner.align(layers(ani, budi)), Unit.Kind.MENTION);
        assertEquals(Unit.State.DISAGREED, u.state());
        assertEquals(Set.of("span", "type", "entity"), u.differing());
        assertEquals("PERSON", u.versions().get("ani").field("type"));
        assertEquals("ORG", u.versions().get("budi").field("type"));
        assertEquals("0\u20138 \u201cKim Jong\u201d", u.versions().get("budi").field("span"));
    }

    @Test
    void aMentionOnlyOneAnnotatorMadeIsIncompleteAndNamesWhoIsMissing() {
        AnnotatedDocument ani = doc();
        entity(ani, "e1", "Putin", "PERSON", "Putin");
        AnnotatedDocument budi = doc();
        Unit u = only(Aligner.align(layers(ani, budi)), Unit.Kind.MENTION);
        assertEquals(Unit.State.INCOMPLETE, u.state());
        assertEquals(List.of("budi"), u.missing());
    }

    @Test
    void withASingleAnnotatorNothingIsAgreed() {
        AnnotatedDocument ani = doc();
        entity(ani, "e1", "Putin", "PERSON", "Putin");
        assertEquals(Unit.State.INCOMPLETE, only(Aligner.align(layers(ani)), Unit.Kind.MENTION).state());
    }

    @Test
    void exactSpansPairBeforeMerelyOverlappingOnesAndEachAnnotatorAppearsOncePerUnit() {
        AnnotatedDocument ani = doc();
        entity(ani, "e1", "Kim Jong Un", "PERSON", "Kim Jong Un");
        AnnotatedDocument budi = doc();
        entity(budi, "e1", "Kim", "PERSON", "Kim");
        entity(budi, "e2", "Kim Jong Un", "PERSON", "Kim Jong Un");
        Alignment a = Aligner.align(layers(ani, budi));
        List<Unit> mentions = a.units().stream().filter(u -> u.kind() == Unit.Kind.MENTION).toList();
        assertEquals(2, mentions.size(), mentions.toString());
        Unit exact = a.unitOf("ani", "e1", span("Kim Jong Un"));
        assertEquals(Unit.State.AGREED, exact.state());
        assertEquals("e2", exact.versions().get("budi").annotation().id());
        assertEquals(Unit.State.INCOMPLETE, a.unitOf("budi", "e1", span("Kim")).state());
    }

    @Test
    void claimsDifferingInVerdictAreADisagreementOnThatFieldOnly() {
        AnnotatedDocument ani = doc();
        claim(ani, "c1", "Kim Jong Un praised Putin", "true");
        AnnotatedDocument budi = doc();
        claim(budi, "c4", "Kim Jong Un praised Putin", "false");
        Unit u = only(Aligner.align(layers(ani, budi)), Unit.Kind.CLAIM);
        assertEquals(Unit.State.DISAGREED, u.state());
        assertEquals(Set.of("verdict"), u.differing());
    }

    @Test
    void rejectedSuggestionsTakeNoPart() {
        AnnotatedDocument ani = doc();
        claim(ani, "c1", "Kim Jong Un praised Putin", "true").setStatus(Status.REJECTED);
        assertTrue(Aligner.align(layers(ani, doc())).units().isEmpty());
    }

    /** Sources are matched by cue; their speakers compare by entity name, their claims by unit. */
    static AnnotatedDocument withSource(String speakerId, String form, String via) {
        AnnotatedDocument d = doc();
        entity(d, speakerId, "Budi", "PERSON", "Budi");
        claim(d, "c" + speakerId.substring(1), "the talks were \"very warm\"", null);
        Source yonhap = new Source("s9");
        yonhap.setCue(span("reported"));
        d.add(yonhap);
        Source s = new Source("s" + speakerId.substring(1));
        s.setSpeaker(speakerId);
        s.setCue(span("said"));
        s.setContent(span("the talks were \"very warm\""));
        s.claimIds().add("c" + speakerId.substring(1));
        s.setForm(form);
        s.setVia(via);
        d.add(s);
        return d;
    }

    @Test
    void sourcesWithTheSameCueSpeakerAndClaimAgreeWhateverTheirIds() {
        Alignment a = Aligner.align(layers(withSource("e1", "indirect", "s9"), withSource("e5", "indirect", "s9")));
        Unit said = a.unitOf("ani", "s1", null);
        assertEquals(Unit.State.AGREED, said.state(), said.versions().toString());
        assertEquals("\u201cBudi\u201d", said.first().field("speaker"));
        assertEquals("\u201cthe talks were \"very warm\"\u201d at 37", said.first().field("claims"));
        assertEquals("\u201creported\u201d at 72", said.first().field("via"));
    }

    @Test
    void aSourceDifferingInFormAndViaIsADisagreementOnThoseFields() {
        Alignment a = Aligner.align(layers(withSource("e1", "indirect", "s9"), withSource("e5", "direct", null)));
        Unit said = a.unitOf("ani", "s1", null);
        assertEquals(Unit.State.DISAGREED, said.state());
        assertEquals(Set.of("form", "via"), said.differing());
        assertEquals(FieldText.NONE, said.versions().get("budi").field("via"));
    }

    @Test
    void relationsAreMatchedByTheirEndsAndCompareTheirType() {
        AnnotatedDocument ani = withSource("e1", "indirect", null);
        AnnotatedDocument budi = withSource("e5", "indirect", null);
        claim(ani, "c8", "Yonhap reported it", null);
        claim(budi, "c8", "Yonhap reported it", null);
        ani.add(new Relation("r1", "supports", "c8", "c1"));
        budi.add(new Relation("r3", "contradicts", "c8", "c5"));
        Alignment a = Aligner.align(layers(ani, budi));
        Unit r = only(a, Unit.Kind.RELATION);
        assertEquals(Unit.State.DISAGREED, r.state());
        assertEquals(Set.of("type"), r.differing());
        assertTrue(r.label().startsWith("Relation supports: claim \u201cYonhap reported it\u201d at 65"), r.label());
    }

    @Test
    void theCuratedLayerResolvesTheUnitsItHasAndItsVersionComparesLikeTheOthers() {
        AnnotatedDocument ani = doc();
        entity(ani, "e1", "Kim Jong Un", "PERSON", "Kim Jong Un");
        claim(ani, "c1", "Kim Jong Un praised Putin", "true");
        AnnotatedDocument budi = doc();
        entity(budi, "e1", "Kim Jong Un", "PERSON", "Kim Jong Un");
        claim(budi, "c1", "Kim Jong Un praised Putin", "false");
        Alignment a = Aligner.align(layers(ani, budi));
        AnnotatedDocument curated = doc();
        claim(curated, "c3", "Kim Jong Un praised Putin", "false");
        Resolution r = Resolution.of(a, curated);
        Unit claim = only(a, Unit.Kind.CLAIM);
        assertTrue(r.isResolved(claim));
        assertEquals("false", r.curated(claim).field("verdict"));
        assertEquals("c3", r.curated(claim).annotation().id());
        assertFalse(r.isResolved(only(a, Unit.Kind.MENTION)));
        assertNull(r.unitOfCurated("c9", null));
        assertEquals(new Progress(0, 0, 1, 1), r.progress(a));
    }
}
