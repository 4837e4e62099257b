package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.store.DocumentFiles;
import org.tandai.synth.SyntheticCorpus;

/**
 * Decision 1230 in real processes: Tandai started as plain {@code java ... org.tandai.Main} (no JVM
 * option, as {@code java -jar tandai.jar} starts it) runs a batch command in a child JVM with the batch
 * flags; the user sees the child's output and exit code, and a SIGTERM sent to the parent alone stops
 * the child cleanly.
 */
class BatchRelaunchTest {
    @TempDir
    Path tmp;

    private ProcessBuilder plain(String... args) {
        String cp = System.getProperty("surefire.test.class.path");
        cp = cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
        ProcessBuilder pb = new ProcessBuilder();
        pb.command().addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, "org.tandai.Main"));
        pb.command().addAll(List.of(args));
        Map<String, String> env = pb.environment();
        ChildJvm.JVM_OPTION_VARIABLES.forEach(env::remove);
        return pb.redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
    }

    @Test
    void theChildsProblemsSummaryAndExitCodeAreTheUsers() throws Exception {
        Path corpus = tmp.resolve("corpus");
        SyntheticCorpus.write(corpus, "a", 2, 3, 300, 5);
        Files.writeString(DocumentFiles.curated(corpus.resolve("a0001.txt")).sidecar(), "{ not json");
        Process p = plain("validate", corpus.toString()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue());
        assertTrue(Files.readString(tmp.resolve("err.txt")).contains("a0001.annotations.json"), Files.readString(tmp.resolve("err.txt")));
        assertEquals("2 document(s) checked, 1 error(s), 0 warning(s)", Files.readString(tmp.resolve("out.txt")).strip());
    }

    @Test
    void aSignalToTheParentStopsTheChildWhichCleansUp() throws Exception {
        Path corpus = tmp.resolve("corpus");
        SyntheticCorpus.write(corpus, "a", 3, 9, 300, 5);
        Files.copy(corpus.resolve("a0000.txt"), corpus.resolve("z.txt"));
        Path pipe = DocumentFiles.curated(corpus.resolve("z.txt")).sidecar();
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo works");
        Path out = tmp.resolve("out");
        Process p = plain("export", "--format", "labelstudio", "--out", out.toString(), corpus.toString()).start();
        // The writing end opens once the export reads the pipe: the run is under way, in the child.
        CompletableFuture<FileOutputStream> writer = CompletableFuture.supplyAsync(() -> {
            try {
                return new FileOutputStream(pipe.toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (FileOutputStream held = writer.get(120, TimeUnit.SECONDS)) {
            List<ProcessHandle> children = p.children().toList();
            assertEquals(1, children.size(), "one child JVM");
            ProcessHandle child = children.get(0);
            // Linux's record of the child's command line (ProcessHandle.Info drops long ones, such as the tests' class path).
            Path cmdline = Path.of("/proc", Long.toString(child.pid()), "cmdline");
            Assumptions.assumeTrue(Files.isReadable(cmdline), "a /proc file system");
            List<String> flags = List.of(Files.readString(cmdline).split("\0"));
            assertTrue(flags.containsAll(List.of("-XX:+UseSerialGC", "-Xmx256m")), flags.toString());
            p.destroy(); // SIGTERM to the parent only
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the parent stops");
            assertTrue(child.onExit().get(10, TimeUnit.SECONDS) != null && !child.isAlive(), "the parent waited for the child");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(143, p.exitValue());
        String said = Files.readString(tmp.resolve("err.txt"));
        assertTrue(said.contains("tandai: export interrupted; nothing was written"), said);
        if (Files.isDirectory(out)) {
            try (var files = Files.list(out)) {
                assertEquals(List.of(), files.toList(), "no temporary file");
            }
        }
    }
}
