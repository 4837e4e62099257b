package org.tandai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Target 7 (memory): peak resident set size of a real {@code validate --quiet DIR} child process on
 * the 10,000-article corpus, started as users start it: through the launcher {@code target/tandai}
 * (which sets the batch heap flags, decision 0407), and, for comparison, with plain
 * {@code java -jar target/tandai.jar} and the JVM's defaults. The peak is VmHWM from
 * /proc/PID/status, polled every few milliseconds until the process exits (the launcher execs java,
 * so the PID is the JVM's; VmHWM only grows, so the last reading is the peak up to a few
 * milliseconds before exit). Plain {@code java -jar} runs a batch command in a child JVM (decision
 * 1230): the peak is then the sum of each process's VmHWM (the parent and every descendant seen), an
 * upper bound of what both held at once.
 */
final class RssProbe {
    record Result(long peakKb, long wallMs, int exitCode) {
    }

    private RssProbe() {
    }

    static Result run(Launch how, Path dir) throws IOException, InterruptedException {
        return run(how, List.of("validate", "--quiet", dir.toString()));
    }

    /** The same for any command line (output discarded), e.g. {@code agree --json DIR}. */
    static Result run(Launch how, List<String> args) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = how.builder(List.of(), args)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<Long, Long> hwm = new HashMap<>();
        while (p.isAlive()) {
            hwm.merge(p.pid(), readHwm(p.pid()), Math::max);
            p.descendants().forEach(d -> hwm.merge(d.pid(), readHwm(d.pid()), Math::max));
            Thread.sleep(5);
        }
        long wall = (System.nanoTime() - t0) / 1_000_000;
        long peak = hwm.values().stream().mapToLong(Long::longValue).sum();
        return new Result(peak, wall, p.waitFor());
    }

    private static long readHwm(long pid) {
        Path status = Paths.get("/proc", Long.toString(pid), "status");
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
