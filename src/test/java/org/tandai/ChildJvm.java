package org.tandai;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A test-only program in a real child JVM with the test class path, whose output lines the test
 * waits for (never sleeping) and whose stdin it can write to. {@link #kill()} is SIGKILL on Linux.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    private final Writer stdin;

    private ChildJvm(Process process) {
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = in.readLine()) != null; ) {
                    seen.add(l);
                    lines.add(l);
                }
            } catch (IOException ignored) {
                // The child was killed: its output simply ends.
            }
        }, "child output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code mainClass} with the JVM options, then the program arguments after a "--" entry. */
    public static ChildJvm start(Class<?> mainClass, List<String> jvmOptions, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-Duser.language=en");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(testClassPath());
        cmd.add(mainClass.getName());
        cmd.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(cmd).redirectErrorStream(true).start());
    }

    /** The test class path: surefire may hide it behind a manifest-only jar. */
    public static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        if (!cp.contains("test-classes")) {
            throw new IllegalStateException("test classes are not on the class path: " + cp);
        }
        return cp;
    }

    /** Waits for the next line that matches (earlier lines are skipped); null when none came in time. */
    public String await(Predicate<String> wanted, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (;;) {
            long left = deadline - System.nanoTime();
            String l = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (l == null || wanted.test(l)) {
                return l;
            }
        }
    }

    /** Waits for a line starting with {@code prefix}; fails with everything the child printed when none comes. */
    public String expect(String prefix, long seconds) throws InterruptedException {
        String l = await(s -> s.startsWith(prefix), seconds);
        if (l == null) {
            throw new AssertionError("the child did not print \"" + prefix + "\" within " + seconds + " s: " + output());
        }
        return l;
    }

    public void send(String line) throws IOException {
        stdin.write(line + "\n");
        stdin.flush();
    }

    /** Waits for the child to end by itself and returns its exit code. */
    public int exitCode(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the child did not end within " + seconds + " s: " + output());
        }
        return process.exitValue();
    }

    /** SIGKILL (on Linux), and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public long pid() {
        return process.pid();
    }

    public String output() {
        synchronized (seen) {
            return String.join("\n", seen);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
