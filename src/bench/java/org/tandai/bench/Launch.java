package org.tandai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * How a probe starts Tandai as a child process: through the launcher the build writes next to the
 * jar ({@code target/tandai}, with its heap flags and AppCDS archive, as users run it), or with
 * plain {@code java -jar target/tandai.jar} and the JVM's defaults, for comparison.
 *
 * @param label   how the summary names it
 * @param command the command up to Tandai's own arguments
 * @param viaScript whether {@code command} is the launcher script (JVM options go through TANDAI_JAVA_OPTS)
 */
record Launch(String label, List<String> command, boolean viaScript) {
    static Path jar() throws IOException {
        Path jar = Paths.get(System.getProperty("tandai.bench.jar", "target/tandai.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing; run the bench profile through 'verify' so the jar is built");
        }
        return jar;
    }

    /** {@code target/tandai}, or null when the build wrote none (e.g. on Windows). */
    static Launch launcher() throws IOException {
        Path sh = jar().resolveSibling("tandai");
        if (!Files.isExecutable(sh)) {
            return null;
        }
        boolean cds = Files.isRegularFile(jar().resolveSibling("tandai.jsa"));
        return new Launch("`target/tandai` (launcher" + (cds ? ", AppCDS archive" : ", no AppCDS archive") + ")",
                List.of(sh.toString()), true);
    }

    static Launch plainJar() throws IOException {
        return new Launch("`java -jar target/tandai.jar` (no JVM options)",
                List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()), false);
    }

    /** A process builder for Tandai's {@code args}, with {@code jvmOpts} passed the way this launch takes them. */
    ProcessBuilder builder(List<String> jvmOpts, List<String> args) {
        List<String> cmd = new ArrayList<>();
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (viaScript) {
            cmd.addAll(command);
            // The launcher runs $JAVA_HOME/bin/java: the JDK running the benchmarks.
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().put("TANDAI_JAVA_OPTS", String.join(" ", jvmOpts));
        } else {
            cmd.add(command.get(0));
            cmd.addAll(jvmOpts);
            cmd.addAll(command.subList(1, command.size()));
        }
        cmd.addAll(args);
        return pb;
    }
}
