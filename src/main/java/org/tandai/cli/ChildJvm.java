package org.tandai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
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
 * Plain {@code java -jar tandai.jar} runs a batch command or the window in a child JVM with the flags
 * the launcher {@code target/tandai} gives it (decisions 1230 and 1231). A jar manifest cannot carry JVM
 * options. With the JVM's defaults G1 sizes its heap from physical memory and lets eden grow into it
 * (peak RSS 300–700 MB for a batch live set under 10 MB; decision 0402), and the window starts without
 * the class-data-sharing archive and with C2 (first frame twice the launcher's; decision 1231). The
 * child is started only when nobody chose JVM options: none on the command line or in
 * {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS} or {@code _JAVA_OPTIONS}. The launcher, the
 * installed app and a user's own {@code -Xmx} therefore run in the JVM they started; so does the child
 * itself, which also carries {@link #PARENT_PROPERTY}. {@code --help}, {@code --version} and the other
 * commands ({@code suggest}, {@code train}) never move.
 *
 * <p>The child inherits standard input, output and error (the same files and terminal, not pipes), the
 * working folder and the environment; its exit code becomes ours. Ctrl-C reaches both processes (the
 * terminal signals the whole group) and the parent waits for the child to finish its own cleanup; a
 * SIGTERM sent to the parent alone is passed on. A parent killed outright (SIGKILL) cannot pass
 * anything on, so the child ends itself when it sees its parent gone ({@link #watchParent()}).
 */
public final class ChildJvm {
    /** The commands the launchers give the batch flags (src/main/launcher; a test keeps the lists equal). */
    static final Set<String> BATCH_COMMANDS = Set.of("validate", "stats", "reanchor", "export", "import", "generate",
            "merge-driver", "git-setup", "agree");
    /** Set on the child JVM to the parent's process id: the child never starts another one. */
    public static final String PARENT_PROPERTY = "tandai.jvm.parent";
    /**
     * Set on a window child to the time the parent JVM started (milliseconds since the epoch), so that
     * {@code --report-timing} counts from the user's command and not from the child's start.
     */
    public static final String STARTED_PROPERTY = "tandai.jvm.started";
    /**
     * Set by every launcher (pom property {@code tandai.launcher.commonFlags}): the JVM already has
     * Tandai's flags. Read before the management API, which costs 15–50 ms of a window's start.
     */
    static final String LAUNCHER_PROPERTY = "tandai.jvm.launcher";
    /** Options of the root command that take a value, which is not the command word. */
    private static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--annotator", "--lang", "--theme");
    /** picocli's standard help options: they print and exit, in this JVM. */
    private static final Set<String> INFO_OPTIONS = Set.of("-h", "--help", "-V", "--version");
    /** Environment variables through which a user gives the JVM options. */
    static final List<String> JVM_OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    private static final String MAIN_CLASS = "org.tandai.Main";
    /** How long a parent told to stop waits for the child's own cleanup before killing it. */
    private static final long CHILD_CLEANUP_SECONDS = 30;

    /** What a command line runs: a batch command, the window, or neither (it stays in this JVM). */
    enum Kind { BATCH, WINDOW }

    private ChildJvm() {
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

    /**
     * {@link Kind#BATCH} for a batch command, {@link Kind#WINDOW} for no command (and no {@code --}) or
     * {@code open}, else null; null too when a help or version option comes before any {@code --}.
     */
    static Kind kind(String[] args) {
        String command = command(args);
        for (String a : args) {
            if (a.equals("--")) {
                break;
            } else if (INFO_OPTIONS.contains(a)) {
                return null;
            }
        }
        if (command != null && BATCH_COMMANDS.contains(command)) {
            return Kind.BATCH;
        }
        boolean window = command == null ? !Arrays.asList(args).contains("--") : command.equals("open");
        return window ? Kind.WINDOW : null;
    }

    /**
     * The child's command line for {@code args}, or null when they run in this JVM: neither a batch
     * command nor the window, no flags built in for it, JVM options chosen by someone, already a child,
     * or no class path. The window's child also maps the AppCDS archive the build dumped next to the
     * jar, when it was dumped for this very jar ({@link #archive}).
     *
     * @param jvmOptions this JVM's options (its input arguments)
     * @param env the environment, for the variables that carry JVM options
     * @param system this JVM's system properties ({@code java.home}, {@code java.class.path})
     * @param built the flags the build wrote ({@code flags} for batch commands, {@code windowFlags})
     * @param started when this JVM started, in milliseconds since the epoch (passed to a window child)
     */
    static List<String> childCommand(String[] args, List<String> jvmOptions, Map<String, String> env, Properties system,
                                     Properties built, long pid, long started) {
        Kind kind = kind(args);
        String flags = kind == null ? null : built.getProperty(kind == Kind.BATCH ? "flags" : "windowFlags");
        if (flags == null || flags.isBlank() || !jvmOptions.isEmpty() || hasOwnFlags(system)) {
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
        if (kind == Kind.WINDOW) {
            Optional<Path> dumped = archive(classPath);
            if (dumped.isPresent()) {
                Path jar = dumped.get();
                cmd.addAll(List.of("-XX:SharedArchiveFile=" + jar.resolveSibling("tandai.jsa"), "-Xshare:auto",
                        "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
                classPath = jar.toString(); // the archive checks the class path it was dumped with
            }
        }
        cmd.addAll(Arrays.asList(flags.trim().split("\\s+")));
        cmd.add("-D" + PARENT_PROPERTY + "=" + pid);
        if (kind == Kind.WINDOW) {
            cmd.add("-D" + STARTED_PROPERTY + "=" + started);
        }
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(MAIN_CLASS);
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** A child of ours, or a JVM one of the launchers started: it runs where it is. */
    private static boolean hasOwnFlags(Properties system) {
        return system.getProperty(PARENT_PROPERTY) != null || system.getProperty(LAUNCHER_PROPERTY) != null;
    }

    /**
     * The jar the build dumped {@code tandai.jsa} for, as the build wrote it in {@code tandai.jsa.path},
     * when {@code classPath} is that one jar (the same file, through any link) and the archive is next to
     * it: the launcher's own test (src/main/launcher/tandai). Empty for anything else: a moved folder, a
     * deleted archive, a class path of several entries.
     */
    static Optional<Path> archive(String classPath) {
        if (classPath.contains(java.io.File.pathSeparator)) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(classPath).toAbsolutePath();
            Path folder = jar.getParent();
            if (folder == null || !Files.isRegularFile(folder.resolve("tandai.jsa"))) {
                return Optional.empty();
            }
            Path record = folder.resolve("tandai.jsa.path");
            if (!Files.isRegularFile(record)) {
                return Optional.empty();
            }
            Path dumped = Path.of(Files.readString(record).strip());
            return dumped.isAbsolute() && (dumped.equals(jar) || Files.isSameFile(dumped, jar))
                    ? Optional.of(dumped) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Runs {@code args} in a child JVM when {@link #childCommand} says so, and returns its exit code;
     * empty when they should run in this JVM (also when the child cannot start).
     */
    public static OptionalInt relaunch(String[] args) {
        Kind kind = kind(args);
        if (kind == null || hasOwnFlags(System.getProperties())) {
            // --help, --version, suggest, train; the launchers' JVMs and our children: no management classes loaded
            return OptionalInt.empty();
        }
        // The JVM's own start time, to the millisecond (ProcessHandle's is built on whole seconds of boot time).
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        List<String> cmd = childCommand(args, runtime.getInputArguments(), System.getenv(), System.getProperties(),
                builtInFlags(), ProcessHandle.current().pid(), runtime.getStartTime());
        if (cmd == null) {
            return OptionalInt.empty();
        }
        String java = executable(cmd.get(0), kind);
        if (java == null) {
            return OptionalInt.empty();
        }
        cmd.set(0, java);
        Process child;
        try {
            child = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        // Asked to stop (SIGTERM, Ctrl-C): pass it on and wait for the child's own cleanup (an export
        // removes its temporary file and says what is complete), then end with the signal's code.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "tandai-child-jvm-stop"));
        while (true) {
            try {
                return OptionalInt.of(child.waitFor());
            } catch (InterruptedException e) {
                // Nobody interrupts main; keep waiting for the child, which owns the run.
            }
        }
    }

    /**
     * The java executable at {@code java} ({@code bin/java}, or {@code java.exe}); null when there is
     * none. On Windows a window started without a console (a double-clicked jar runs {@code javaw})
     * runs in {@code javaw.exe}, so that no console window opens beside it (not checked here).
     */
    private static String executable(String java, Kind kind) {
        if (kind == Kind.WINDOW && System.console() == null && Files.isRegularFile(Path.of(java + "w.exe"))) {
            return java + "w.exe";
        }
        if (Files.isRegularFile(Path.of(java))) {
            return java;
        }
        return Files.isRegularFile(Path.of(java + ".exe")) ? java + ".exe" : null;
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
     * would) when the parent is gone, so that killing the parent outright does not leave the run
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

    /**
     * The flags the build wrote into the jar (resource filtering, pom.xml): {@code flags} for batch
     * commands and {@code windowFlags}; empty when there are none.
     */
    static Properties builtInFlags() {
        Properties flags = new Properties();
        try (InputStream in = ChildJvm.class.getResourceAsStream("child-jvm.properties")) {
            if (in != null) {
                flags.load(in);
            }
        } catch (IOException e) {
            return new Properties();
        }
        // Unfiltered (a build that skipped resource filtering): no flags rather than a literal ${...}.
        flags.values().removeIf(v -> v.toString().contains("${"));
        return flags;
    }
}
