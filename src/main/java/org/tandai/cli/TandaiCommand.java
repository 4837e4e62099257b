package org.tandai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import org.tandai.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The root command: with no subcommand it opens the window on ./seeds. */
@Command(name = "tandai", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Tandai: a desktop workbench for annotating news articles.",
                "With no command, opens the window on ./seeds."},
        footer = {"", "Exit codes: 0 success, 1 problems found or error, 2 usage error, 3 reanchor kept orphaned spans."})
public final class TandaiCommand implements Callable<Integer> {
    /**
     * The subcommands, in the order help lists them. Added by {@link #commandLine(WindowLauncher, Messages, String[])}
     * rather than declared on the annotation, so that {@code tandai validate ...} builds the model of one
     * command, not of twelve (decision 1211).
     */
    private static final java.util.Map<String, Class<?>> SUBCOMMANDS = subcommands(OpenCommand.class, ValidateCommand.class,
            StatsCommand.class, ReanchorCommand.class, ExportCommand.class, ImportCommand.class, GenerateCommand.class,
            GitSetupCommand.class, MergeDriverCommand.class, AgreeCommand.class, SuggestCommand.class, TrainCommand.class);

    private static java.util.Map<String, Class<?>> subcommands(Class<?>... classes) {
        java.util.Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
        for (Class<?> c : classes) {
            m.put(c.getAnnotation(Command.class).name(), c);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    @Option(names = "--annotator", scope = CommandLine.ScopeType.INHERIT, paramLabel = "NAME",
            description = "Annotator name recorded in createdBy; skips the first-start question.")
    String annotator;

    @Option(names = "--lang", scope = CommandLine.ScopeType.INHERIT, paramLabel = "id|en",
            description = "Language of the window and the messages (default: the saved choice, else the system's).")
    String lang;

    @Option(names = "--theme", scope = CommandLine.ScopeType.INHERIT, paramLabel = "light|dark",
            description = "Theme of the window (default: the saved choice, else the system's).")
    String theme;

    @Spec
    CommandSpec spec;

    final WindowLauncher launcher;
    /** The language of the messages commands print, chosen from --lang before parsing (see {@link #messagesFor}). */
    final Messages messages;

    public TandaiCommand(WindowLauncher launcher, Messages messages) {
        this.launcher = launcher;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        String problem = windowOptionsProblem();
        if (problem != null) {
            return usageError(problem);
        }
        return launcher.launch(new WindowLauncher.Options(Path.of("seeds"), annotator, false, false, lang, theme));
    }

    /** The messages of the command line, in the language of {@code args}' --lang, else of {@code system}. */
    public static Messages messagesFor(String[] args, Locale system) {
        String lang = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            } else if (args[i].equals("--lang") && i + 1 < args.length) {
                lang = args[++i];
            } else if (args[i].startsWith("--lang=")) {
                lang = args[i].substring("--lang=".length());
            }
        }
        return Messages.of(Messages.choose(lang, null, system));
    }

    /** The messages of the command whose spec is {@code spec}: the root command's. */
    static Messages messages(CommandSpec spec) {
        return ((TandaiCommand) spec.root().userObject()).messages;
    }

    /** What is wrong with --theme (--lang was checked before parsing), or null. */
    String windowOptionsProblem() {
        if (theme != null && !theme.equals("light") && !theme.equals("dark")) {
            return messages.get("cli.theme.unknown", theme);
        }
        return null;
    }

    int usageError(String problem) {
        spec.commandLine().getErr().println("tandai: " + problem);
        return 2;
    }

    /**
     * Runs the command line as {@code Main} does: in the language of --lang (else {@code system}'s), exit 2 for a
     * language Tandai does not have. {@code out} and {@code err} null mean the console; both are flushed.
     */
    public static int execute(String[] args, WindowLauncher launcher, Locale system, PrintWriter out, PrintWriter err) {
        PrintWriter errors = err != null ? err : new PrintWriter(System.err, true);
        Messages messages;
        try {
            messages = messagesFor(args, system);
        } catch (IllegalArgumentException e) {
            errors.println("tandai: " + e.getMessage());
            errors.flush();
            return 2;
        }
        CommandLine cl = commandLine(launcher, messages, args);
        if (out != null) {
            cl.setOut(out);
        }
        if (err != null) {
            cl.setErr(err);
        }
        try {
            return cl.execute(args);
        } finally {
            // A command's last print() is not flushed by an autoflush writer; System.exit comes next.
            cl.getOut().flush();
            cl.getErr().flush();
        }
    }

    /** The command line in English (tests, tools). */
    public static CommandLine commandLine(WindowLauncher launcher) {
        return commandLine(launcher, Messages.english());
    }

    /** Builds the picocli command line with messages instead of stack traces for every failure. */
    public static CommandLine commandLine(WindowLauncher launcher, Messages messages) {
        return commandLine(launcher, messages, new String[0]);
    }

    /**
     * As above, for {@code args}: when they start with a subcommand's name only that subcommand is
     * built (its parsing, help and errors are the same either way); otherwise all of them are, for
     * the root's help, its "did you mean" and options given before the command.
     */
    static CommandLine commandLine(WindowLauncher launcher, Messages messages, String[] args) {
        TandaiCommand root = new TandaiCommand(launcher, messages);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == OpenCommand.class) {
                    return cls.cast(new OpenCommand(root));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cl = new CommandLine(root, factory);
        Class<?> only = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        for (Class<?> sub : only != null ? java.util.List.<Class<?>>of(only) : SUBCOMMANDS.values()) {
            cl.addSubcommand(new CommandLine(sub, factory));
        }
        // picocli lets an Error (OutOfMemoryError above all) escape execute() with a stack trace:
        // wrap it so the one handler below reports it like any other failure.
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        cl.setExecutionStrategy(parsed -> {
            try {
                return runLast.execute(parsed);
            } catch (Error e) {
                throw new CommandLine.ExecutionException(parsed.subcommands().isEmpty() ? cl
                        : parsed.subcommands().get(parsed.subcommands().size() - 1).commandSpec().commandLine(), "failed", e);
            }
        });
        if (messages.cliHelp() != null) {
            cl.setResourceBundle(messages.cliHelp());
        }
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println(failure(line.getCommandName(), ex, messages));
            line.getErr().flush();
            return 1;
        });
        return cl;
    }

    /** Any failure a command did not report itself, as one line naming the command: never a stack trace. */
    static String failure(String command, Throwable ex, Messages messages) {
        Throwable e = ex instanceof CommandLine.ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof OutOfMemoryError) {
            message = messages.get("cli.failure.memory", message);
        } else if (e instanceof StackOverflowError || e instanceof RuntimeException && e.getMessage() == null) {
            message = messages.get("cli.failure.internal", e.getClass().getSimpleName());
        }
        String where = command == null || command.equals("tandai") ? "" : command + ": ";
        return "tandai: " + where + message.replace('\n', ' ').replace('\r', ' ');
    }
}
