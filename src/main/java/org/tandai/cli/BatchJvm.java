package org.tandai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Batch commands started as plain {@code java -jar tandai.jar} run in a child JVM with the batch flags
 * of the launcher {@code target/tandai} (decision 1230). A jar manifest cannot carry JVM options, and
 * with the JVM's defaults G1 sizes its heap from physical memory and lets eden grow into it (peak RSS
 * 300–700 MB for a live set under 10 MB; decision 0402). The child is started only when nobody chose
 * JVM options: none on the command line or in {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS} or
 * {@code _JAVA_OPTIONS}. The launcher, the installed app and a user's own {@code -Xmx} therefore run
 * in the JVM they started; so does the child itself, which also carries {@link #PARENT_PROPERTY}.
 * The window is not a batch command and never moves.
 *
 * <p>The child inherits standard input, output and error (the same files and terminal, not pipes), the
 * working folder and the environment; its exit code becomes ours. Ctrl-C reaches both processes (the
 * terminal signals the whole group) and the parent waits for the child to finish its own cleanup; a
 * SIGTERM sent to the parent alone is passed on. A parent killed outright (SIGKILL) cannot pass
 * anything on, so the child ends itself when it sees its parent gone ({@link #watchParent()}).
 */
public final class BatchJvm {
    /** The commands the launchers give the batch flags (src/main/launcher; a test keeps the lists equal). */
    static final Set<String> BATCH_COMMANDS = Set.of("validate", "stats", "reanchor", "export", "import", "generate",
            "merge-driver", "git-setup", "agree");
    /** Set on the child JVM to the parent's process id: the child never starts another one. */
    static final String PARENT_PROPERTY = "tandai.batch.parent";
    /** Options of the root command that take a value, which is not the command word. */
    private static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--annotator", "--lang", "--theme");
    /** Environment variables through which a user gives the JVM options. */
    static final List<String> JVM_OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    private static final String MAIN_CLASS = "org.tandai.Main";
    /** How long a parent told to stop waits for the child's own cleanup before killing it. */
    private static final long CHILD_CLEANUP_SECONDS = 30;

    private BatchJvm() {
    }

    /** The command word of {@code args}: the first that is not an option or a root option's value; null for none. */
    static String command(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return null;
            } else if (ROOT_OPTIONS_WITH_VALUE.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    private static boolean isBatch(String[] args) {
        String command = command(args);
        return command != null && BATCH_COMMANDS.contains(command);
    }

    /**
     * The child's command line for {@code args}, or null when they run in this JVM: not a batch command,
     * no batch flags built in, JVM options chosen by someone, already a child, or no class path.
     *
     * @param jvmOptions this JVM's options (its input arguments)
     * @param env the environment, for the variables that carry JVM options
     * @param system this JVM's system properties ({@code java.home}, {@code java.class.path})
     * @param flags the batch flags, space-separated (null when the build did not write them)
     */
    static List<String> childCommand(String[] args, List<String> jvmOptions, Map<String, String> env, Properties system,
                                     String flags, long pid) {
        if (!isBatch(args) || flags == null || flags.isBlank() || !jvmOptions.isEmpty()
                || system.getProperty(PARENT_PROPERTY) != null) {
            return null;
        }
        for (String variable : JVM_OPTION_VARIABLES) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return null;
            }
        }
        String classPath = system.getProperty("java.class.path");
        String home = system.getProperty("java.home");
        if (classPath == null || classPath.isEmpty() || home == null) {
            return null;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(home, "bin", "java").toString());
        cmd.addAll(Arrays.asList(flags.trim().split("\\s+")));
        cmd.add("-D" + PARENT_PROPERTY + "=" + pid);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(MAIN_CLASS);
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /**
     * Runs {@code args} in a child JVM with the batch flags when {@link #childCommand} says so, and
     * returns its exit code; empty when they should run in this JVM (also when the child cannot start).
     */
    public static OptionalInt relaunch(String[] args) {
        if (!isBatch(args)) {
            return OptionalInt.empty(); // the window and --help: no management classes loaded
        }
        List<String> cmd = childCommand(args, ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getenv(),
                System.getProperties(), builtInFlags(), ProcessHandle.current().pid());
        if (cmd == null || !Files.isRegularFile(Path.of(cmd.get(0))) && !Files.isRegularFile(Path.of(cmd.get(0) + ".exe"))) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        // Asked to stop (SIGTERM, Ctrl-C): pass it on and wait for the child's own cleanup (an export
        // removes its temporary file and says what is complete), then end with the signal's code.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "tandai-batch-child-stop"));
        while (true) {
            try {
                return OptionalInt.of(child.waitFor());
            } catch (InterruptedException e) {
                // Nobody interrupts main; keep waiting for the child, which owns the run.
            }
        }
    }

    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(CHILD_CLEANUP_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
        }
    }

    /**
     * In a child started by {@link #relaunch}: ends this JVM (running its shutdown hooks, as a SIGTERM
     * would) when the parent is gone, so that killing the parent outright does not leave the batch run
     * going on unseen. Does nothing in any other JVM.
     */
    public static void watchParent() {
        String parent = System.getProperty(PARENT_PROPERTY);
        if (parent == null) {
            return;
        }
        Optional<ProcessHandle> handle = ProcessHandle.current().parent();
        if (handle.isEmpty() || !Long.toString(handle.get().pid()).equals(parent)) {
            System.exit(143); // already gone (we were reparented)
        }
        handle.get().onExit().thenRun(() -> System.exit(143));
    }

    /** The batch flags the build wrote into the jar (resource filtering, pom.xml), or null. */
    static String builtInFlags() {
        try (InputStream in = BatchJvm.class.getResourceAsStream("batch-jvm.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            String flags = p.getProperty("flags");
            // Unfiltered (a build that skipped resource filtering): no flags rather than a literal ${...}.
            return flags == null || flags.contains("${") ? null : flags;
        } catch (IOException e) {
            return null;
        }
    }
}
