package org.tandai.ui;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tandai.cli.ChildJvm;

/**
 * The {@code --report-timing} lines of the window's start-up phases. Wall-clock milliseconds since
 * JVM start say little on a loaded machine, so each phase also reports CPU time, which waiting for
 * a core does not inflate: {@code cpu-PHASE} is the whole process's CPU (every thread: the JIT
 * compilers, the collector, the toolkit's threads; read from {@code /proc/self/stat}, so Linux only,
 * 10 ms steps), {@code fx-cpu-PHASE} the FX thread's own, and {@code classes-PHASE} the number of
 * classes loaded so far; {@code jvm-options} names the JVM's options. A clock made with
 * {@code report = false} prints nothing and costs nothing.
 *
 * <p>A window that plain {@code java -jar} started in a child JVM (decision 1231) counts from the
 * parent's start, and its {@code cpu-PHASE} adds the parent's CPU: the figures are the user's whole
 * command, as they are for the launcher.
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
        this.jvmStart = report ? start(System.getProperty(ChildJvm.STARTED_PROPERTY),
                ManagementFactory.getRuntimeMXBean().getStartTime()) : 0;
        if (report) {
            // Which JVM this is and with what options: the launcher's flags, or a child's (decision 1231).
            out.println("timing: jvm-options " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        }
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

    /** The parent's start when a parent passed one (and it is earlier), else this JVM's. */
    static long start(String parentStarted, long jvmStart) {
        try {
            return parentStarted == null ? jvmStart : Math.min(jvmStart, Long.parseLong(parentStarted));
        } catch (NumberFormatException e) {
            return jvmStart;
        }
    }

    /**
     * User plus system CPU of the whole process in milliseconds, plus the parent JVM's for a child
     * (decision 1231), or -1 where /proc cannot tell.
     */
    static long processCpuMillis() {
        try {
            long cpu = parseCpuMillis(new String(Files.readAllBytes(PROC_STAT), StandardCharsets.US_ASCII));
            String parent = System.getProperty(ChildJvm.PARENT_PROPERTY);
            if (parent != null) {
                Path stat = Path.of("/proc", parent, "stat");
                cpu += parseCpuMillis(new String(Files.readAllBytes(stat), StandardCharsets.US_ASCII));
            }
            return cpu;
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
