package org.tandai.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandai.curation.AlignerTest.claim;
import static org.tandai.curation.AlignerTest.doc;
import static org.tandai.curation.AlignerTest.entity;
import static org.tandai.curation.AlignerTest.layers;
import static org.tandai.curation.AlignerTest.span;
import static org.tandai.curation.AlignerTest.withSource;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Source;

/** Taking versions into the curated document: fresh ids, remapped references, cleared who-and-when. */
class AdopterTest {
    private static void apply(AnnotatedDocument curated, Adopter.Plan plan) {
        for (Adopter.Edit e : plan.edits()) {
            if (e.before() == null) {
                curated.add(e.after());
            } else {
                curated.replace(e.after());
            }
        }
    }

    private static List<Adopter.Choice> all(Alignment a, String layer) {
        return a.units().stream().filter(u -> u.versions().containsKey(layer)).map(u -> new Adopter.Choice(u, layer)).toList();
    }

    @Test
    void takingASourceGivesItAndItsSpeakerFreshIdsAndPointsItsReferencesAtTheCuratedOnes() {
        AnnotatedDocument ani = withSource("e1", "indirect", "s9");
        AnnotatedDocument budi = withSource("e5", "direct", "s9");
        for (var a : ani.all()) {
            a.setCreatedBy("ani");
            a.setCreatedAt(Instant.parse("2026-11-01T00:00:00Z"));
        }
        Alignment al = Aligner.align(layers(ani, budi));
        AnnotatedDocument curated = doc();
        entity(curated, "e1", "Someone else", "ORG", "Yonhap"); // id e1 is taken in the curated layer
        Adopter.Plan plan = Adopter.plan(al, Resolution.of(al, curated), curated, all(al, "ani"), curated::newId);
        apply(curated, plan);
        assertEquals(List.of(), plan.notes());
        Entity budiEntity = curated.entities().stream().filter(e -> e.name().equals("Budi")).findFirst().orElseThrow();
        assertEquals("e2", budiEntity.id(), "a fresh id, not ani's e1");
        assertEquals(List.of(span("Budi")), budiEntity.mentions());
        Source said = curated.sources().stream().filter(s -> s.cue() != null && s.cue().equals(span("said"))).findFirst().orElseThrow();
        Source reported = curated.sources().stream().filter(s -> s.cue().equals(span("reported"))).findFirst().orElseThrow();
        Claim warm = curated.claims().get(0);
        assertEquals("e2", said.speaker());
        assertEquals(List.of(warm.id()), said.claimIds());
        assertEquals(reported.id(), said.via(), "via remapped to the curated copy taken in the same step");
        assertNull(said.createdBy(), "who-and-when cleared, for the window to stamp the curator");
        assertNull(said.createdAt());
        Resolution after = Resolution.of(al, curated);
        assertTrue(al.units().stream().allMatch(after::isResolved), "every unit taken is now resolved");
    }

    @Test
    void takingAnotherVersionOfAResolvedUnitReplacesTheCuratedOneUnderItsId() {
        AnnotatedDocument ani = doc();
        claim(ani, "c1", "Kim Jong Un praised Putin", "true");
        AnnotatedDocument budi = doc();
        claim(budi, "c1", "Kim Jong Un praised Putin", "false");
        Alignment al = Aligner.align(layers(ani, budi));
        AnnotatedDocument curated = doc();
        Claim mine = claim(curated, "c4", "Kim Jong Un praised Putin", "true");
        mine.setCreatedBy("curator");
        Unit u = al.units().get(0);
        Adopter.Plan plan = Adopter.plan(al, Resolution.of(al, curated), curated, List.of(new Adopter.Choice(u, "budi")), curated::newId);
        assertEquals(1, plan.edits().size());
        assertEquals(mine, plan.edits().get(0).before());
        Claim taken = (Claim) plan.edits().get(0).after();
        assertEquals("c4", taken.id());
        assertEquals("false", taken.verdict());
        assertEquals("curator", taken.createdBy(), "the curated creation is kept");
    }

    @Test
    void aMentionJoinsTheCuratedEntityThatHoldsAnotherOfItsMentions() {
        AnnotatedDocument ani = doc();
        entity(ani, "e1", "Kim Jong Un", "PERSON", "Kim Jong Un", "Budi");
        Alignment al = Aligner.align(layers(ani, doc()));
        AnnotatedDocument curated = doc();
        entity(curated, "e3", "Kim (renamed)", "PERSON", "Kim Jong Un");
        Unit second = al.unitOf("ani", "e1", span("Budi"));
        Adopter.Plan plan = Adopter.plan(al, Resolution.of(al, curated), curated, List.of(new Adopter.Choice(second, "ani")), curated::newId);
        apply(curated, plan);
        assertEquals(1, curated.entities().size());
        assertEquals(List.of(span("Kim Jong Un"), span("Budi")), curated.entity("e3").mentions());
    }

    @Test
    void aRelationWhoseEndIsNotCuratedIsNotTakenAndSaysWhy() {
        AnnotatedDocument ani = doc();
        claim(ani, "c1", "Kim Jong Un praised Putin", null);
        claim(ani, "c2", "Yonhap reported it", null);
        ani.add(new Relation("r1", "supports", "c2", "c1"));
        Alignment al = Aligner.align(layers(ani, doc()));
        AnnotatedDocument curated = doc();
        Unit rel = al.units().stream().filter(u -> u.kind() == Unit.Kind.RELATION).findFirst().orElseThrow();
        Adopter.Plan plan = Adopter.plan(al, Resolution.of(al, curated), curated, List.of(new Adopter.Choice(rel, "ani")), curated::newId);
        assertTrue(plan.isEmpty());
        assertEquals(1, plan.notes().size());
        assertTrue(plan.notes().get(0).endsWith("not taken: take its ends first"), plan.notes().get(0));
    }
}
