package org.tandai.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonPrimitive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.store.DocumentFiles;
import org.tandai.TestFiles;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Conflict;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.store.SidecarReader;
import org.tandai.store.SidecarStore;
import org.tandai.store.SidecarWriter;

/** The three-way merge without git: the rules a git merge of a sidecar follows, case by case. */
class SidecarMergeTest {
    @TempDir
    Path tmp;

    private static AnnotatedDocument seed() throws Exception {
        return SidecarStore.readSidecar(DocumentFiles.curated(TestFiles.seedArticle()).sidecar()).document();
    }

    private static AnnotatedDocument edited(Consumer<AnnotatedDocument> edit) throws Exception {
        AnnotatedDocument d = seed();
        edit.accept(d);
        return d;
    }

    private static SidecarMerge.Result merge(Consumer<AnnotatedDocument> ours, Consumer<AnnotatedDocument> theirs)
            throws Exception {
        return SidecarMerge.merge(seed(), edited(ours), edited(theirs), "x");
    }

    @Test
    void nothingChangedOnEitherSideGivesTheSameBytes() throws Exception {
        SidecarMerge.Result r = merge(d -> { }, d -> { });
        assertTrue(r.clean());
        assertEquals(SidecarWriter.toJson(seed()), SidecarWriter.toJson(r.document()));
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() throws Exception {
        SidecarMerge.Result r = merge(d -> d.claim("c1").setVerdict("false"), d -> d.claim("c1").setVerdict("false"));
        assertTrue(r.clean());
        assertEquals("false", r.document().claim("c1").verdict());
    }

    @Test
    void mentionsAddedAndRemovedOnBothSidesCombine() throws Exception {
        SidecarMerge.Result r = merge(d -> {
            Entity e = d.entity("e2");
            e.mentions().remove(1);
        }, d -> {
            Entity e = d.entity("e2");
            e.mentions().add(e.mentions().get(0).withAttributes(Map.of("negated", true)));
        });
        assertTrue(r.clean(), r.document().conflicts().toString());
        List<Span> mentions = r.document().entity("e2").mentions();
        assertEquals(5, mentions.size(), "5 in base, one removed by ours, one added by theirs");
        assertTrue(mentions.stream().noneMatch(m -> m.start() == 971), "ours' removal holds");
    }

    @Test
    void unknownFieldsMergeLikeKnownOnes() throws Exception {
        SidecarMerge.Result r = merge(d -> d.extras().put("x-project", new JsonPrimitive("pilot")),
                d -> d.claim("c2").extras().put("x-review", new JsonPrimitive("done")));
        assertTrue(r.clean());
        assertEquals(new JsonPrimitive("pilot"), r.document().extras().get("x-project"));
        assertEquals(new JsonPrimitive("done"), r.document().claim("c2").extras().get("x-review"));
    }

    @Test
    void aDeletedEntityThatTheOtherSideStartedToReferIsAConflictOnIt() throws Exception {
        SidecarMerge.Result r = merge(d -> {
            d.referrersOf("e9").forEach(x -> x.annotation().removeReference(x.reference()));
            d.remove("e9");
        }, d -> d.claim("c1").setClaimant("e9"));
        assertEquals(List.of("e9"), r.document().conflicts().stream().map(Conflict::location).toList());
        Conflict c = r.document().conflicts().get(0);
        assertNull(c.ours());
        assertNotNull(c.theirs());
    }

    @Test
    void conflictsAlreadyInTheInputsAreCarriedAndOnesResolvedOnASideGo() throws Exception {
        Conflict open = new Conflict("c3", "verdict", new JsonPrimitive("unverified"), new JsonPrimitive("true"), new JsonPrimitive("false"));
        Conflict resolvedByTheirs = new Conflict("c6", "note", null, new JsonPrimitive("a"), new JsonPrimitive("b"));
        AnnotatedDocument base = seed();
        base.conflicts().add(resolvedByTheirs);
        AnnotatedDocument ours = seed();
        ours.conflicts().addAll(List.of(open, resolvedByTheirs));
        AnnotatedDocument theirs = seed();
        SidecarMerge.Result r = SidecarMerge.merge(base, ours, theirs, "x");
        assertEquals(List.of(open), r.document().conflicts());
    }

    @Test
    void clashingIdsAreRenumberedAboveEveryCounterAndReferencesFollow() throws Exception {
        SidecarMerge.Result r = merge(d -> d.add(source("s15", "e1", null)), d -> {
            d.add(source("s15", "e9", "s3"));
            d.add(source("s16", "e9", "s15"));
        });
        assertEquals(Map.of("s15", "s17"), r.renumbered());
        AnnotatedDocument m = r.document();
        assertEquals("e1", m.source("s15").speaker());
        assertEquals("e9", m.source("s17").speaker());
        assertEquals("s17", m.source("s16").via(), "theirs' own reference to the renumbered id follows it");
        assertEquals(18, m.nextIdNumber(org.tandai.model.Kind.SOURCE));
    }

    private static Source source(String id, String speaker, String via) {
        Source s = new Source(id);
        s.setSpeaker(speaker);
        s.setVia(via);
        s.setSpeakerDescription("someone " + id + speaker);
        return s;
    }

    @Test
    void anEntityLeftWithoutMentionsByTheTwoSidesIsAConflictNotABrokenFile() throws Exception {
        AnnotatedDocument base = seed();
        Entity one = base.entity("e3");
        one.mentions().subList(2, one.mentions().size()).clear();
        String baseJson = SidecarWriter.toJson(base);
        AnnotatedDocument ours = SidecarReader.read("o", baseJson).document();
        ours.entity("e3").mentions().remove(0);
        AnnotatedDocument theirs = SidecarReader.read("t", baseJson).document();
        theirs.entity("e3").mentions().remove(1);
        SidecarMerge.Result r = SidecarMerge.merge(SidecarReader.read("b", baseJson).document(), ours, theirs, "x");
        assertEquals(List.of("e3.mentions"), r.document().conflicts().stream().map(Conflict::location).toList());
        assertEquals(1, r.document().entity("e3").mentions().size(), "ours stays");
    }

    @Test
    void anUnreadableSideIsReportedWithItsPlaceAndOursIsNotWritten() throws Exception {
        Path base = Files.copy(DocumentFiles.curated(TestFiles.seedArticle()).sidecar(), tmp.resolve("b.json"));
        Path ours = Files.copy(base, tmp.resolve("o.json"));
        Path theirs = Files.writeString(tmp.resolve("t.json"), "{\"format\": \"tandai-annotations\", \"version\": 9}");
        byte[] before = Files.readAllBytes(ours);
        MergeDriver.Outcome o = new MergeDriver(new SidecarStore()).run(base, ours, theirs, "c/x.annotations.json");
        assertTrue(!o.written());
        assertEquals("c/x.annotations.json (theirs)", o.problems().get(0).file());
        assertEquals("version", o.problems().get(0).location());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(ours)));
    }

    @Test
    void anEmptyBaseMeansBothSidesAddedTheFile() throws Exception {
        Path base = Files.writeString(tmp.resolve("b.json"), "");
        Path ours = Files.copy(DocumentFiles.curated(TestFiles.seedArticle()).sidecar(), tmp.resolve("o.json"));
        Path theirs = Files.copy(ours, tmp.resolve("t.json"));
        MergeDriver.Outcome o = new MergeDriver(new SidecarStore()).run(base, ours, theirs, "x");
        assertTrue(o.written(), o.problems().toString());
        assertTrue(o.conflicts().isEmpty());
    }

    @Test
    void theDriverCommandPrefersTheLauncherThenTheJarThenTheClassPath() throws Exception {
        Path launcher = Files.writeString(tmp.resolve("tandai"), "#!/bin/sh\n");
        launcher.toFile().setExecutable(true);
        Path jar = Files.writeString(tmp.resolve("it's.jar"), "");
        assertEquals(DriverCommand.quote(launcher.toString()),
                DriverCommand.resolve(Map.of("TANDAI_LAUNCHER", launcher.toString()), jar, "/j", "cp"));
        assertEquals("'/j/bin/java' -jar '" + tmp + "/it'\\''s.jar'", DriverCommand.resolve(Map.of(), jar, "/j", "cp"));
        assertEquals("'/j/bin/java' -cp '" + Path.of("cp").toAbsolutePath() + "' org.tandai.Main",
                DriverCommand.resolve(Map.of(), tmp, "/j", "cp"));
    }
}
