package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 11, in a real child JVM (headless Monocle) like {@link ReportTimingTest}:
 * {@code open --exit} on an article file opens it and exits 0; on an error (a broken annotation
 * file, a folder without articles) it prints the error and exits 1 instead of waiting for ever.
 */
class OpenExitTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String err) {
    }

    private Run open(String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dtandai.config.dir=" + tmp.resolve("config"), "org.tandai.Main", "--annotator", "bench", "open"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Path err = Files.createTempFile(tmp, "err", ".txt");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(err.toFile());
        Process p = pb.start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String text = Files.readString(err, StandardCharsets.UTF_8);
        assertTrue(ended, "the window exits by itself: " + text);
        return new Run(p.exitValue(), text);
    }

    private Path corpus() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        for (String f : List.of("alpha.txt", "alpha.annotations.json", "beta.txt")) {
            Files.copy(Path.of("src/test/resources/corpus", f), dir.resolve(f));
        }
        return dir;
    }

    @Test
    void openExitOnAnArticleFileRendersItAndExitsZero() throws Exception {
        Path dir = corpus();

        Run run = open("--report-timing", "--exit", dir.resolve("beta.txt").toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().matches("(?s).*timing: document-rendered \\d+\\R.*"), run.err());
        assertTrue(!run.err().contains("Cannot open"), run.err());
    }

    @Test
    void openExitEndsWithExitCodeOneOnAnError() throws Exception {
        Path dir = corpus();
        Files.writeString(dir.resolve("alpha.annotations.json"), "{\"format\": \"tandai-annotations\", \"version\": 1,");

        Run broken = open("--exit", dir.resolve("alpha.txt").toString());

        assertEquals(1, broken.exit(), broken.err());
        assertTrue(broken.err().contains("tandai: Opened read-only: ") && broken.err().contains("alpha.annotations.json: line 1, "),
                broken.err());

        Run empty = open("--exit", Files.createDirectories(tmp.resolve("empty")).toString());

        assertEquals(1, empty.exit(), empty.err());
        assertTrue(empty.err().contains("No articles (*.txt) in "), empty.err());
    }
}
