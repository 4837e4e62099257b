package org.tandai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Target 7 (memory): peak resident set size of a real {@code java -jar target/tandai.jar validate DIR}
 * child process on the 10,000-article corpus, with the JVM's default settings, as a user runs it.
 * The peak is VmHWM from /proc/PID/status, polled every few milliseconds until the process exits
 * (VmHWM only grows, so the last reading is the peak up to a few milliseconds before exit).
 */
final class RssProbe {
    /** The heap cap of the second measurement: the live set is a few MB, so this is ample. */
    static final String CAPPED_HEAP = "-Xmx128m";

    record Result(long peakKb, long wallMs, int exitCode) {
    }

    private RssProbe() {
    }

    static Result run(Path dir, List<String> jvmArgs) throws IOException, InterruptedException {
        String jar = System.getProperty("tandai.bench.jar", "target/tandai.jar");
        if (!Files.isRegularFile(Paths.get(jar))) {
            throw new IOException(jar + " is missing; run the bench profile through 'verify' so the jar is built");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-jar", jar, "validate", "--quiet", dir.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path status = Paths.get("/proc", Long.toString(p.pid()), "status");
        long peak = 0;
        while (p.isAlive()) {
            peak = Math.max(peak, readHwm(status));
            Thread.sleep(5);
        }
        long wall = (System.nanoTime() - t0) / 1_000_000;
        return new Result(peak, wall, p.waitFor());
    }

    private static long readHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process exited between isAlive() and the read: keep the last reading.
        }
        return 0;
    }
}
