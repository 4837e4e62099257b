package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 1231 in real processes: the window started as plain {@code java ... org.tandai.Main} (no JVM
 * option, as {@code java -jar tandai.jar} starts it) opens in a child JVM with the launcher's window
 * flags, and {@code --report-timing} counts from the parent's start. The child needs a real display
 * (JavaFX's platform cannot be chosen without a JVM option, which would keep the window in the parent),
 * so this runs under {@code xvfb-run} and is skipped where there is none.
 */
class WindowRelaunchTest {
    @TempDir
    Path tmp;

    @Test
    void theWindowOpensInAChildWithTheWindowFlags() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/xvfb-run")), "xvfb-run is installed");
        Files.copy(Path.of("src/test/resources/corpus/alpha.txt"), tmp.resolve("alpha.txt"));
        Files.copy(Path.of("src/test/resources/corpus/alpha.annotations.json"), tmp.resolve("alpha.annotations.json"));
        String cp = System.getProperty("surefire.test.class.path");
        cp = cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
        ProcessBuilder pb = new ProcessBuilder(List.of("/usr/bin/xvfb-run", "-a",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp, "org.tandai.Main",
                "--annotator", "m", "open", "--report-timing", "--exit", tmp.toString()));
        ChildJvm.JVM_OPTION_VARIABLES.forEach(pb.environment()::remove);
        pb.environment().put("TANDAI_CONFIG_DIR", tmp.resolve("config").toString());
        pb.redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the window exits by itself");
        String err = Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8);
        Assumptions.assumeFalse(err.contains("xvfb-run: error"), "xvfb-run could start a server: " + err);
        assertEquals(0, p.exitValue(), err);
        Matcher options = Pattern.compile("timing: jvm-options (.*)").matcher(err);
        assertTrue(options.find(), err);
        List<String> flags = List.of(options.group(1).split(" "));
        assertTrue(flags.containsAll(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1")), flags.toString());
        assertTrue(flags.stream().anyMatch(f -> f.startsWith("-D" + ChildJvm.PARENT_PROPERTY + "=")), flags.toString());
        assertTrue(flags.stream().anyMatch(f -> f.startsWith("-D" + ChildJvm.STARTED_PROPERTY + "=")), flags.toString());
        assertTrue(err.matches("(?s).*timing: first-frame \\d+\\R.*"), err);
        assertTrue(!Files.exists(tmp.resolve(".alpha.annotations.json.open")), "the article is given up on exit");
    }
}
