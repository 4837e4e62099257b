package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.ChildJvm;
import org.tandai.store.DocumentFiles;
import org.tandai.store.RecoveryJournal;
import org.tandai.store.SidecarStore;

/**
 * The window's own crash promise, measured on the window (issue 14): a real Tandai window process
 * (headless Monocle) is edited with key presses, killed with SIGKILL while the edits go on, and
 * started again. It must offer the unsaved edits, and after Restore and Ctrl+S the file on disk must
 * hold every edit made more than {@value #MAX_LOSS_MS} ms before the kill (the window journals
 * from a one-second timer).
 */
class WindowKillNineTest {
    static final long MAX_LOSS_MS = 1500;
    /** Less than the window's two-second autosave delay, with a margin. */
    static final long AUTOSAVE_GAP_MS = 1700;
    static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Xmx512m");

    @TempDir
    Path tmp;

    @Test
    void aKilledWindowOffersItsUnsavedKeyboardEditsAndRestoresThem() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        String text = "Daftar nama.\n" + IntStream.range(0, 300).mapToObj(i -> WindowDriver.WORD + String.format("%03d", i))
                .collect(Collectors.joining(" ", "", " selesai.\n"));
        Files.writeString(corpus.resolve("kill.txt"), text, StandardCharsets.UTF_8);
        List<String> options = new java.util.ArrayList<>(HEADLESS);
        options.add("-Dtandai.config.dir=" + tmp.resolve("config"));

        Map<String, Long> edits = new LinkedHashMap<>();
        long killedAt;
        try (ChildJvm window = ChildJvm.start(WindowDriver.class, options, "edit", corpus.toString())) {
            window.expect("ready", 120);
            long streakStart = 0;
            long last = 0;
            int streak = 0;
            for (;;) {
                String line = window.expect("edit ", 60);
                String[] w = line.split(" ");
                long at = Long.parseLong(w[2]);
                edits.put(w[1], at);
                // Kill during a run of edits each less than the autosave delay (2 s) after the one
                // before, so the edits are unsaved and the journal must have them: on a loaded
                // machine a slow edit could otherwise let autosave save them first.
                if (at - last >= AUTOSAVE_GAP_MS) {
                    streakStart = at;
                    streak = 0;
                }
                last = at;
                streak++;
                if (streak >= 6 && at - streakStart >= MAX_LOSS_MS + 1500) {
                    killedAt = System.currentTimeMillis();
                    window.kill();
                    break;
                }
            }
        }
        List<String> mustSurvive = edits.entrySet().stream().filter(e -> e.getValue() <= killedAt - MAX_LOSS_MS)
                .map(Map.Entry::getKey).toList();
        assertFalse(mustSurvive.isEmpty(), "some edits are old enough to be checked: " + edits);
        assertTrue(Files.exists(DocumentFiles.curated(corpus.resolve("kill.txt")).journal()), "the killed window left its journal");

        String offered;
        try (ChildJvm window = ChildJvm.start(WindowDriver.class, options, "restore", corpus.toString())) {
            offered = window.expect("offered ", 120);
            window.expect("saved", 120);
            assertEquals(0, window.exitCode(60), window.output());
        }
        assertTrue(offered.contains("Tandai found unsaved edits to kill.txt from a session at "), offered);
        assertTrue(offered.contains("Restore them (the document opens unsaved), or discard them?"), offered);
        String onDisk = Files.readString(DocumentFiles.curated(corpus.resolve("kill.txt")).sidecar(), StandardCharsets.UTF_8);
        for (String name : mustSurvive) {
            assertTrue(onDisk.contains("\"name\": \"" + name + "\""), name + " was lost; on disk: " + onDisk);
        }
        assertFalse(Files.exists(DocumentFiles.curated(corpus.resolve("kill.txt")).journal()), "saved, so the journal is gone");
        System.out.printf("window kill -9: %d keyboard edits, %d older than %d ms checked and restored%n",
                edits.size(), mustSurvive.size(), MAX_LOSS_MS);
    }
}
