package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;

/**
 * Kills a real child JVM ({@link CrashEditor}) with SIGKILL while it edits and while it saves, several
 * times over the same corpus, and checks after every kill that the sidecar on disk parses whole (the
 * old or the new version, never torn or empty) and that sidecar plus recovery journal hold every edit
 * made more than {@value #MAX_LOSS_MS} ms before the kill.
 */
class KillNineTest {
    static final long MAX_LOSS_MS = 1500;
    static final int ROUNDS = 4;

    @TempDir
    Path dir;

    @Test
    void sidecarIsNeverTornAndJournalKeepsEditsAcrossKillNine() throws Exception {
        Path article = Fixtures.corpus(dir);
        // A few thousand annotations make each save take long enough to be killed in the middle.
        AnnotatedDocument big = Fixtures.document(ArticleText.of(Fixtures.TEXT));
        for (int i = 0; i < 800; i++) {
            ConflictAndExternalChangeTest.addEntity(big, "bulk-" + i);
        }
        Files.writeString(DocumentFiles.curated(article).sidecar(), SidecarWriter.toJson(big));
        Random rnd = new Random(20261124);
        Set<String> mustSurvive = new HashSet<>();
        int midSave = 0;
        for (int round = 0; round < ROUNDS; round++) {
            boolean killDuringSave = round % 2 == 1;
            Result r = runAndKill(article, round, 90 + rnd.nextInt(50), killDuringSave);
            midSave += r.killedAfterSaving ? 1 : 0;

            SidecarReader.Result onDisk = SidecarReader.read("sidecar",
                    Files.readString(DocumentFiles.curated(article).sidecar(), StandardCharsets.UTF_8));
            assertNotNull(onDisk.document(), "round " + round + ": sidecar must parse whole: " + onDisk.problems());
            assertFalse(onDisk.hasErrors(), "round " + round + ": " + onDisk.problems());
            int count = onDisk.document().entities().size();
            assertTrue(count == r.lastSaved || count == r.saving,
                    "round " + round + ": sidecar holds " + count + " entities, the old (" + r.lastSaved
                            + ") or the new (" + r.saving + ") version only");

            AnnotatedDocument recovered = onDisk.document();
            Path journal = DocumentFiles.curated(article).journal();
            if (Files.exists(journal)) {
                SidecarReader.Result j = SidecarReader.read("journal", Files.readString(journal, StandardCharsets.UTF_8));
                assertNotNull(j.document(), "round " + round + ": journal must parse whole: " + j.problems());
                if (j.document().entities().size() > count) {
                    recovered = j.document();
                }
            }
            Set<String> names = new HashSet<>();
            for (Entity e : recovered.entities()) {
                names.add(e.name());
            }
            r.editTimes.forEach((name, t) -> {
                if (t <= r.killedAt - MAX_LOSS_MS) {
                    mustSurvive.add(name);
                }
            });
            for (String name : mustSurvive) {
                assertTrue(names.contains(name), "round " + round + ": edit " + name + " was lost");
            }
        }
        assertTrue(midSave >= 1, "at least one kill landed during a save");
        assertTrue(mustSurvive.size() > 20, "enough edits were old enough to be checked: " + mustSurvive.size());
        System.out.printf("kill -9: %d rounds, %d kills during a save, %d edits checked to survive%n",
                ROUNDS, midSave, mustSurvive.size());
    }

    record Result(long killedAt, int lastSaved, int saving, boolean killedAfterSaving, Map<String, Long> editTimes) {
    }

    private Result runAndKill(Path article, int round, int killAfterEdits, boolean duringSave) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", testClassPath(), CrashEditor.class.getName(),
                article.toString(), String.valueOf(round), "150")
                .redirectErrorStream(true).start();
        Map<String, Long> edits = new LinkedHashMap<>();
        int lastSaved = -1;
        int saving = -1;
        boolean afterSaving = false;
        long killedAt = 0;
        List<String> seen = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                seen.add(line);
                String[] w = line.split(" ");
                if (w[0].equals("edit")) {
                    edits.put(w[1], Long.parseLong(w[2]));
                } else if (w[0].equals("saving")) {
                    saving = Integer.parseInt(w[1]);
                } else if (w[0].equals("saved")) {
                    lastSaved = Integer.parseInt(w[1]);
                }
                // Kill only after the child has edited for longer than the allowed loss, so that some
                // edits are old enough to be checked however fast (or slow) the machine runs.
                long editingFor = edits.isEmpty() ? 0
                        : System.currentTimeMillis() - edits.values().iterator().next();
                boolean due = edits.size() >= killAfterEdits && editingFor >= MAX_LOSS_MS + 1000;
                if (killedAt == 0 && due && (!duringSave || w[0].equals("saving"))) {
                    killedAt = System.currentTimeMillis();
                    afterSaving = w[0].equals("saving");
                    p.destroyForcibly();  // SIGKILL on Linux; also closes our end of the pipe
                    break;
                }
            }
        }
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertTrue(killedAt > 0, "child ended before it was killed: " + seen);
        assertFalse(seen.stream().anyMatch(l -> l.contains("Exception") || l.startsWith("journal-error")), seen.toString());
        if (lastSaved < 0) {
            // Nothing saved this round: the sidecar is the one the previous round left.
            lastSaved = SidecarReader.read("x", Files.readString(DocumentFiles.curated(article).sidecar())).document().entities().size();
            saving = saving < 0 ? lastSaved : saving;
        }
        return new Result(killedAt, lastSaved, saving < 0 ? lastSaved : saving, afterSaving, edits);
    }

    /** The test class path: surefire may hide it behind a manifest-only jar. */
    private static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        assertTrue(cp.contains("test-classes"), "test classes on the class path: " + cp);
        return cp;
    }
}
