package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.store.DocumentFiles;
import org.tandai.TestFiles;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Conflict;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.store.ArticleReader;
import org.tandai.store.SidecarReader;
import org.tandai.store.SidecarStore;
import org.tandai.store.SidecarWriter;

/**
 * The merge driver as git runs it: a real repository in a temporary folder, the seed's sidecar
 * committed, {@code git-setup}, two branches that edit the sidecar and a real {@code git merge},
 * which starts the driver as a separate process from the command that git-setup registered.
 */
class GitMergeDriverTest {
    @TempDir
    Path tmp;
    Path repo;
    Path article;
    Path sidecar;

    @BeforeEach
    void repository() throws Exception {
        Assumptions.assumeTrue(gitAvailable(), "git is not installed");
        repo = tmp.resolve("repo");
        article = TestFiles.seed(repo.resolve("corpus"));
        sidecar = DocumentFiles.curated(article).sidecar();
        git("init", "-q", "-b", "main");
        git("config", "user.name", "Test");
        git("config", "user.email", "test@example.org");
        git("config", "commit.gpgsign", "false");
        CliRun setup = CliRun.of("git-setup", repo.resolve("corpus").toString());
        assertEquals(0, setup.exit(), setup.err());
        git("add", ".");
        git("commit", "-q", "-m", "seed");
    }

    @Test
    void gitSetupTwiceChangesNothingAndKeepsOtherLines() throws Exception {
        Path attributes = repo.resolve("corpus/.gitattributes");
        assertEquals("*.annotations.json merge=tandai\n", Files.readString(attributes));
        Files.writeString(attributes, "*.txt text eol=lf\n*.annotations.json merge=tandai\n");
        byte[] before = Files.readAllBytes(attributes);
        String config = Files.readString(repo.resolve(".git/config"));
        CliRun again = CliRun.of("git-setup", repo.resolve("corpus").toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("already has"), again.out());
        assertTrue(again.out().contains("already registered"), again.out());
        assertArrayEquals(before, Files.readAllBytes(attributes));
        assertEquals(config, Files.readString(repo.resolve(".git/config")));
        assertTrue(git("config", "merge.tandai.driver").endsWith(" merge-driver %O %A %B %P\n"));
    }

    @Test
    void gitSetupRefusesAFolderOutsideAGitWorkTree() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        CliRun run = CliRun.of("git-setup", plain.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(plain + ": git: not inside a git work tree"), run.err());
        assertFalse(Files.exists(plain.resolve(".gitattributes")));
        assertFalse(run.hasStackTrace(), run.err());
    }

    @Test
    void editsToDifferentAnnotationsCombine() throws Exception {
        branch("a", d -> claim(d, "c1").setVerdict("false"));
        branch("b", d -> claim(d, "c3").setVerdict("true"));
        assertEquals(0, merge("b", "a"), lastMergeOutput);
        AnnotatedDocument merged = onDisk();
        assertEquals("false", claim(merged, "c1").verdict());
        assertEquals("true", claim(merged, "c3").verdict());
        assertTrue(merged.conflicts().isEmpty());
        assertFalse(Files.readString(sidecar).contains("\"conflicts\""));
    }

    @Test
    void editsToDifferentFieldsOfOneAnnotationCombine() throws Exception {
        branch("a", d -> {
            claim(d, "c2").setVerdict("mostly-false");
            claim(d, "c2").setUpdatedAt(java.time.Instant.parse("2026-12-01T10:00:00Z"));
        });
        branch("b", d -> {
            claim(d, "c2").setNote("checked against the KCNA text");
            claim(d, "c2").setUpdatedAt(java.time.Instant.parse("2026-12-01T11:00:00Z"));
            claim(d, "c2").setUpdatedBy("Ani");
        });
        assertEquals(0, merge("b", "a"), lastMergeOutput);
        Claim c2 = claim(onDisk(), "c2");
        assertEquals("mostly-false", c2.verdict());
        assertEquals("checked against the KCNA text", c2.note());
        assertEquals("2026-12-01T11:00:00Z", c2.updatedAt().toString(), "the later change's stamp");
        assertEquals("Ani", c2.updatedBy());
    }

    @Test
    void theSameIdCreatedOnBothSidesIsRenumberedInTheirsWithEveryReference() throws Exception {
        ArticleText text = ArticleReader.read(article);
        branch("a", d -> {
            Entity e = new Entity("e24", "Budi", "PERSON");
            e.mentions().add(Span.of(text, 300, 305));
            d.add(e);
            Source s = new Source("s15");
            s.setSpeaker("e24");
            s.setCue(Span.of(text, 310, 318));
            d.add(s);
        });
        branch("b", d -> {
            Entity e = new Entity("e24", "Ani", "PERSON");
            e.mentions().add(Span.of(text, 400, 403));
            d.add(e);
            Claim c = new Claim("c23", Span.of(text, 410, 430), "a claim");
            c.setClaimant("e24");
            d.add(c);
            Source s = new Source("s15");
            s.setSpeaker("e24");
            s.setVia("s3");
            s.claimIds().add("c23");
            s.setCue(Span.of(text, 405, 409));
            d.add(s);
            d.add(new Relation("r1", "supports", "c23", "e24"));
            Source kept = d.source("s3");
            kept.setNote("relayed by " + "s15");
        });
        assertEquals(0, merge("a", "b"), lastMergeOutput);
        AnnotatedDocument merged = onDisk();
        assertEquals("Budi", ((Entity) merged.find("e24")).name(), "ours keeps its id");
        assertEquals("Ani", ((Entity) merged.find("e25")).name(), "theirs gets the next free id");
        assertEquals("e25", claim(merged, "c23").claimant());
        Source theirs = merged.source("s16");
        assertEquals("e25", theirs.speaker());
        assertEquals("s3", theirs.via());
        assertEquals(List.of("c23"), theirs.claimIds());
        assertEquals("e24", merged.source("s15").speaker());
        Relation r1 = merged.relation("r1");
        assertEquals("c23", r1.from());
        assertEquals("e25", r1.to());
        assertEquals(26, merged.nextIdNumber(org.tandai.model.Kind.ENTITY));
        assertEquals(17, merged.nextIdNumber(org.tandai.model.Kind.SOURCE));
        assertTrue(merged.conflicts().isEmpty());
    }

    @Test
    void deletionAgainstAnEditIsAConflictKeptInsideAValidFile() throws Exception {
        branch("a", d -> delete(d, "c5"));
        branch("b", d -> claim(d, "c5").setVerdict("false"));
        assertNotEquals(0, merge("a", "b"), "git reports the conflict");
        String json = Files.readString(sidecar);
        assertFalse(json.contains("<<<<<<<"), json);
        SidecarReader.Result read = SidecarReader.read(sidecar.toString(), json);
        assertFalse(read.hasErrors(), read.problems().toString());
        AnnotatedDocument merged = read.document();
        assertNull(merged.find("c5"), "ours (deleted) stays in place");
        assertEquals(1, merged.conflicts().size());
        Conflict c = merged.conflicts().get(0);
        assertEquals("c5", c.id());
        assertNull(c.field());
        assertNull(c.ours());
        assertNotNull(c.base());
        assertTrue(c.theirs().toString().contains("\"verdict\":\"false\""), c.theirs().toString());
        CliRun validate = CliRun.of("validate", article.toString());
        assertEquals(1, validate.exit());
        assertTrue(validate.err().contains(sidecar + ": c5: unresolved merge conflict"), validate.err());
    }

    @Test
    void theSameFieldChangedDifferentlyIsAConflictAtTheField() throws Exception {
        branch("a", d -> claim(d, "c4").setVerdict("false"));
        branch("b", d -> claim(d, "c4").setVerdict("true"));
        assertNotEquals(0, merge("b", "a"));
        AnnotatedDocument merged = onDisk();
        assertEquals("true", claim(merged, "c4").verdict(), "ours stays");
        Conflict c = merged.conflicts().get(0);
        assertEquals("c4.verdict", c.location());
        assertEquals("\"unverified\"", c.base().toString());
        assertEquals("\"true\"", c.ours().toString());
        assertEquals("\"false\"", c.theirs().toString());
        CliRun validate = CliRun.of("validate", article.toString());
        assertTrue(validate.err().contains(sidecar + ": c4.verdict: unresolved merge conflict"), validate.err());
    }

    @Test
    void theMergeIsTheSameBytesWhicheverWayItRuns() throws Exception {
        ArticleText text = ArticleReader.read(article);
        branch("a", d -> {
            claim(d, "c1").setVerdict("false");
            claim(d, "c2").setNote("note from a");
            ((Entity) d.find("e2")).mentions().add(Span.of(text, 500, 504));
            d.info().setTitle("A new title");
            delete(d, "c9");
            claim(d, "c2").setUpdatedAt(java.time.Instant.parse("2026-12-01T09:00:00Z"));
        });
        branch("b", d -> {
            claim(d, "c3").setVerdict("true");
            claim(d, "c2").setCheckWorthiness("high");
            ((Entity) d.find("e2")).mentions().add(Span.of(text, 600, 604));
            d.info().setOutlet("Antara");
            claim(d, "c2").setUpdatedAt(java.time.Instant.parse("2026-12-01T08:00:00Z"));
        });
        git("checkout", "-q", "-b", "a-into-b", "b");
        assertEquals(0, gitExit("merge", "-q", "--no-edit", "a"), lastMergeOutput);
        byte[] aIntoB = Files.readAllBytes(sidecar);
        git("checkout", "-q", "-b", "b-into-a", "a");
        assertEquals(0, gitExit("merge", "-q", "--no-edit", "b"), lastMergeOutput);
        byte[] bIntoA = Files.readAllBytes(sidecar);
        assertEquals(new String(aIntoB, StandardCharsets.UTF_8), new String(bIntoA, StandardCharsets.UTF_8));
        AnnotatedDocument merged = onDisk();
        List<Integer> starts = ((Entity) merged.find("e2")).mentions().stream().map(Span::start).toList();
        assertEquals(List.of(64, 500, 600, 971, 1323, 1478, 1857), starts, "both sides' new mentions are there");
        assertNull(merged.find("c9"));
        assertEquals("A new title", merged.info().title());
        assertEquals("Antara", merged.info().outlet());
        assertEquals("high", claim(merged, "c2").checkWorthiness());
        assertEquals("note from a", claim(merged, "c2").note());
    }

    @Test
    void anUnreadableSideLeavesOursUntouchedAndSaysWhere() throws Exception {
        Path base = Files.writeString(tmp.resolve("base.json"), Files.readString(sidecar));
        Path ours = Files.writeString(tmp.resolve("ours.json"), Files.readString(sidecar));
        Path theirs = Files.writeString(tmp.resolve("theirs.json"), "{\"format\": \"tandai-annotations\",\n  oops}");
        byte[] before = Files.readAllBytes(ours);
        CliRun run = CliRun.of("merge-driver", base.toString(), ours.toString(), theirs.toString(), "corpus/x.annotations.json");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("corpus/x.annotations.json (theirs): line 2"), run.err());
        assertArrayEquals(before, Files.readAllBytes(ours));
        assertFalse(run.hasStackTrace(), run.err());
    }

    @Test
    void aConflictCommittedEarlierIsKeptAndNamedButDoesNotFailTheNextMerge() throws Exception {
        AnnotatedDocument withConflict = onDisk();
        withConflict.conflicts().add(new Conflict("c4", "verdict", null, new com.google.gson.JsonPrimitive("true"),
                new com.google.gson.JsonPrimitive("false")));
        String carried = SidecarWriter.toJson(withConflict);
        Path base = Files.writeString(tmp.resolve("base.json"), carried);
        withConflict.claim("c1").setVerdict("false");
        Path ours = Files.writeString(tmp.resolve("ours.json"), SidecarWriter.toJson(withConflict));
        withConflict.claim("c1").setVerdict("unverified");
        withConflict.claim("c3").setVerdict("true");
        Path theirs = Files.writeString(tmp.resolve("theirs.json"), SidecarWriter.toJson(withConflict));
        CliRun run = CliRun.of("merge-driver", base.toString(), ours.toString(), theirs.toString(), "corpus/x.annotations.json");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("1 earlier conflict(s) still unresolved"), run.err());
        AnnotatedDocument merged = SidecarStore.readSidecar(ours).document();
        assertEquals(List.of("c4.verdict"), merged.conflicts().stream().map(Conflict::location).toList());
        assertEquals("false", merged.claim("c1").verdict());
        assertEquals("true", merged.claim("c3").verdict());
    }

    // --- helpers ---

    private String lastMergeOutput = "";

    /** A branch off main whose one commit edits the sidecar through the model and the deterministic writer. */
    private void branch(String name, Consumer<AnnotatedDocument> edit) throws Exception {
        git("checkout", "-q", "-b", name, "main");
        AnnotatedDocument d = onDisk();
        edit.accept(d);
        Files.writeString(sidecar, SidecarWriter.toJson(d));
        git("commit", "-q", "-am", "edit on " + name);
        git("checkout", "-q", "main");
    }

    /** Checks out {@code into} and merges {@code other} into it; returns git's exit code. */
    private int merge(String into, String other) throws Exception {
        git("checkout", "-q", into);
        return gitExit("merge", "-q", "--no-edit", other);
    }

    private AnnotatedDocument onDisk() throws Exception {
        SidecarReader.Result r = SidecarStore.readSidecar(sidecar);
        assertFalse(r.hasErrors(), r.problems().toString());
        return r.document();
    }

    /** Deletes as the window does: references to it are dropped first. */
    private static void delete(AnnotatedDocument d, String id) {
        for (AnnotatedDocument.Referrer r : d.referrersOf(id)) {
            r.annotation().removeReference(r.reference());
        }
        d.remove(id);
    }

    private static Claim claim(AnnotatedDocument d, String id) {
        return d.claim(id);
    }

    private String git(String... args) throws Exception {
        List<String> out = new ArrayList<>();
        int exit = run(out, args);
        if (exit != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " failed: " + out);
        }
        return out.get(0);
    }

    private int gitExit(String... args) throws Exception {
        List<String> out = new ArrayList<>();
        int exit = run(out, args);
        lastMergeOutput = String.join("\n", out);
        return exit;
    }

    private int run(List<String> out, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", repo.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        out.add(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "git finished");
        return p.exitValue();
    }

    private static boolean gitAvailable() {
        try {
            Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
