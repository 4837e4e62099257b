package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tandai open --report-timing --exit PATH} in a real child JVM (headless Monocle): it prints
 * both timing lines to stderr and exits 0 once the document is rendered.
 */
class ReportTimingTest {
    @TempDir
    Path tmp;

    @Test
    void openWithReportTimingPrintsPhasesAndExits() throws Exception {
        Files.copy(Path.of("src/test/resources/corpus/alpha.txt"), tmp.resolve("alpha.txt"));
        Files.copy(Path.of("src/test/resources/corpus/alpha.annotations.json"), tmp.resolve("alpha.annotations.json"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dtandai.config.dir=" + tmp.resolve("config"),
                "org.tandai.Main", "--annotator", "bench", "open", "--report-timing", "--exit", tmp.toString()));
        pb.redirectErrorStream(false);
        pb.redirectOutput(tmp.resolve("out.txt").toFile());
        pb.redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the window exits by itself");
        String err = Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        assertTrue(err.matches("(?s).*timing: first-frame \\d+\\R.*"), err);
        assertTrue(err.matches("(?s).*timing: document-rendered \\d+\\R.*"), err);
        // The start-up phases in order, each with the FX thread's CPU and the classes loaded so far.
        for (String phase : List.of("launch", "workbench", "shown", "first-frame")) {
            assertTrue(err.matches("(?s).*timing: fx-cpu-" + phase + " \\d+\\R.*"), err);
            assertTrue(err.matches("(?s).*timing: classes-" + phase + " \\d+\\R.*"), err);
        }
        assertTrue(err.indexOf("timing: launch ") < err.indexOf("timing: workbench ")
                && err.indexOf("timing: shown ") < err.indexOf("timing: first-frame "), err);
        if (Files.isReadable(Path.of("/proc/self/stat"))) {
            assertTrue(err.matches("(?s).*timing: cpu-first-frame \\d+\\R.*"), err);
        }
        assertTrue(!Files.exists(tmp.resolve("alpha.annotations.json.bak")), "opening alone writes nothing");
        assertTrue(!Files.exists(tmp.resolve(".alpha.annotations.json.open")), "the article is given up on exit");
    }
}
