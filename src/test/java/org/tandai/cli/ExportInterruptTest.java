package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandai.store.DocumentFiles;
import org.tandai.store.SidecarStore;
import org.tandai.synth.SyntheticCorpus;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14, item 8: a real {@code tandai export} in a child JVM, stopped by a signal (as Ctrl-C
 * or {@code kill} stops it) while it waits on the last article, leaves whole files only, no
 * temporary file, and says which articles are complete. The last article's annotations are a
 * named pipe: the export blocks reading it exactly when the earlier articles are done, and the
 * test knows that moment because opening the pipe's other end returns then.
 */
class ExportInterruptTest {
    @TempDir
    Path tmp;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"brat", "labelstudio"})
    void aSignalMidExportLeavesWholeFilesNoTemporaryOnesAndSaysWhatIsComplete(String format) throws Exception {
        Path corpus = tmp.resolve("corpus");
        SyntheticCorpus.write(corpus, "a", 4, 9, 500, 10);
        Path out = tmp.resolve("out");
        // An earlier export in the same folder: its files are replaced (and recycled) by the interrupted one.
        assertEquals(0, CliRun.of("export", "--format", format, "--out", out.toString(), corpus.toString()).exit());
        byte[] previousTasks = format.equals("labelstudio") ? Files.readAllBytes(out.resolve("tasks.json")) : null;
        Object lastPairBefore = format.equals("brat") ? fileKey(out.resolve("a0003.ann")) : null;
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

        String cp = System.getProperty("surefire.test.class.path");
        cp = cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", cp, "org.tandai.Main", "export", "--format", format,
                "--out", out.toString(), corpus.toString())
                .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
        // Opening the writing end returns once the export opened the pipe to read it: every earlier article is done.
        CompletableFuture<FileOutputStream> writer = CompletableFuture.supplyAsync(() -> {
            try {
                return new FileOutputStream(pipe.toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (FileOutputStream held = writer.get(60, TimeUnit.SECONDS)) {
            if (format.equals("brat")) {
                // Articles are read a few ahead (decision 1210): z's sidecar may be opened before a0003 is
                // written. Interrupt once a0003's pair has replaced the earlier export's.
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !java.util.Objects.equals(lastPairBefore,
                        fileKey(out.resolve("a0003.ann"))));
            }
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the export stops");
        } finally {
            p.destroyForcibly();
        }
        String said = Files.readString(err);
        if (format.equals("brat")) {
            assertTrue(said.contains("tandai: export interrupted; 4 article(s) are written whole (a0000.txt \u2026 a0003.txt, "
                    + "in name order) with their annotation.conf; the others were not written"), said);
            assertEquals(List.of("a0000.ann", "a0000.txt", "a0001.ann", "a0001.txt", "a0002.ann", "a0002.txt", "a0003.ann",
                    "a0003.txt", "annotation.conf"), names(out), "whole pairs, no z.txt without z.ann, no temporary file");
        } else {
            assertTrue(said.contains("tandai: export interrupted; nothing was written: tasks.json and config.xml come(s) into "
                    + "place only when the export completes, so any previous one is unchanged"), said);
            assertEquals(List.of("config.xml", "tasks.json"), names(out), "no temporary file");
            assertArrayEquals(previousTasks, Files.readAllBytes(out.resolve("tasks.json")), "the previous export, whole");
        }
    }

    /** The file's identity (inode): a file moved into place over another has a new one. */
    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }
}
