package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The POSIX launcher (src/main/launcher/tandai) picks the batch flags from the command word, also
 * when root options with a value come first ("--lang id validate"). It runs here with a stand-in
 * {@code java} on JAVA_HOME that prints the arguments it was given.
 */
class LauncherScriptTest {
    @TempDir
    Path dir;

    private List<String> jvmArgs(String... args) throws Exception {
        Path jdk = Files.createDirectories(dir.resolve("jdk/bin"));
        Path java = jdk.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        String script = Files.readString(Path.of("src/main/launcher/tandai"))
                .replace("@COMMON_FLAGS@", "-Dcommon=1").replace("@BATCH_FLAGS@", "-Xmx256m -XX:+UseSerialGC")
                .replace("@WINDOW_FLAGS@", "-Xmx1g -XX:TieredStopAtLevel=1");
        Path launcher = dir.resolve("tandai");
        Files.writeString(launcher, script);
        List<String> cmd = new ArrayList<>(List.of("sh", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().remove("TANDAI_JAVA_OPTS");
        Process p = pb.start();
        List<String> out = new String(p.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, p.waitFor(), String.join("\n", out));
        return out;
    }

    @Test
    void batchFlagsFollowTheCommandWordAfterRootOptionsWithValues() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        List<String> lang = jvmArgs("--lang", "id", "validate", "x");
        assertTrue(lang.contains("-Xmx256m") && lang.contains("-XX:+UseSerialGC"), "batch flags: " + lang);
        List<String> theme = jvmArgs("--theme", "dark", "--annotator", "ani", "export", "x");
        assertTrue(theme.contains("-Xmx256m"), "batch flags: " + theme);
        List<String> window = jvmArgs("--lang", "id", "open", "x");
        assertTrue(window.contains("-Xmx1g") && !window.contains("-Xmx256m"), "the window's heap: " + window);
        assertEquals(List.of("--lang", "id", "open", "x"), window.subList(window.size() - 4, window.size()),
                "arguments reach Tandai unchanged");
    }
}
