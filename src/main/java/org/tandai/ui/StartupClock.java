package org.tandai.ui;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --report-timing} lines of the window's start-up phases. Wall-clock milliseconds since
 * JVM start say little on a loaded machine, so each phase also reports CPU time, which waiting for
 * a core does not inflate: {@code cpu-PHASE} is the whole process's CPU (every thread: the JIT
 * compilers, the collector, the toolkit's threads; read from {@code /proc/self/stat}, so Linux only,
 * 10 ms steps), {@code fx-cpu-PHASE} the FX thread's own, and {@code classes-PHASE} the number of
 * classes loaded so far. A clock made with {@code report = false} prints nothing and costs nothing.
 */
final class StartupClock {
    private static final Path PROC_STAT = Path.of("/proc/self/stat");
    /** USER_HZ: the unit of utime and stime in /proc/PID/stat, 100 on every Linux Java runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private final boolean report;
    private final PrintStream out;
    private final long jvmStart;

    StartupClock(boolean report, PrintStream out) {
        this.report = report;
        this.out = out;
        this.jvmStart = report ? ManagementFactory.getRuntimeMXBean().getStartTime() : 0;
    }

    boolean reporting() {
        return report;
    }

    /** Milliseconds since JVM start. */
    long sinceStart() {
        return System.currentTimeMillis() - jvmStart;
    }

    /** Prints the phase's wall time (unless {@code wall} is false), CPU times and class count. */
    void phase(String name, boolean wall) {
        if (!report) {
            return;
        }
        if (wall) {
            out.println("timing: " + name + " " + sinceStart());
        }
        long process = processCpuMillis();
        if (process >= 0) {
            out.println("timing: cpu-" + name + " " + process);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads.isCurrentThreadCpuTimeSupported()) {
            out.println("timing: fx-cpu-" + name + " " + threads.getCurrentThreadCpuTime() / 1_000_000);
        }
        out.println("timing: classes-" + name + " " + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
    }

    /** User plus system CPU of the whole process in milliseconds, or -1 where /proc cannot tell. */
    static long processCpuMillis() {
        try {
            return parseCpuMillis(new String(Files.readAllBytes(PROC_STAT), StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * utime + stime (fields 14 and 15) of a /proc/PID/stat line, in milliseconds. The command name
     * (field 2, in parentheses) may hold spaces, so fields are counted after its closing parenthesis.
     */
    static long parseCpuMillis(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // f[0] is field 3 (state): utime is field 14, f[11]; stime field 15, f[12].
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return ticks * 1000 / TICKS_PER_SECOND;
    }
}
