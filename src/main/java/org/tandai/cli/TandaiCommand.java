package org.tandai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: with no subcommand it opens the window on ./seeds. */
@Command(name = "tandai", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Tandai: a desktop workbench for annotating news articles.",
                "With no command, opens the window on ./seeds."},
        subcommands = {OpenCommand.class, ValidateCommand.class, StatsCommand.class, ReanchorCommand.class,
                ExportCommand.class, ImportCommand.class, GenerateCommand.class, GitSetupCommand.class,
                MergeDriverCommand.class, AgreeCommand.class,
                SuggestCommand.class, TrainCommand.class},
        footer = {"", "Exit codes: 0 success, 1 problems found or error, 2 usage error, 3 reanchor kept orphaned spans."})
public final class TandaiCommand implements Callable<Integer> {
    @Option(names = "--annotator", scope = CommandLine.ScopeType.INHERIT, paramLabel = "NAME",
            description = "Annotator name recorded in createdBy; skips the first-start question.")
    String annotator;

    @Option(names = "--lang", scope = CommandLine.ScopeType.INHERIT, paramLabel = "id|en",
            description = "Language of the window and the messages (default: the saved choice, else the system's).")
    String lang;

    @Option(names = "--theme", scope = CommandLine.ScopeType.INHERIT, paramLabel = "light|dark",
            description = "Theme of the window (default: the saved choice, else the system's).")
    String theme;

    final WindowLauncher launcher;

    public TandaiCommand(WindowLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        return launcher.launch(new WindowLauncher.Options(Path.of("seeds"), annotator, false, false, lang, theme));
    }

    /** Builds the picocli command line with messages instead of stack traces for every failure. */
    public static CommandLine commandLine(WindowLauncher launcher) {
        TandaiCommand root = new TandaiCommand(launcher);
        CommandLine cl = new CommandLine(root, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == OpenCommand.class) {
                    return cls.cast(new OpenCommand(root));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
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
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println(failure(line.getCommandName(), ex));
            line.getErr().flush();
            return 1;
        });
        return cl;
    }

    /** Any failure a command did not report itself, as one line naming the command: never a stack trace. */
    static String failure(String command, Throwable ex) {
        Throwable e = ex instanceof CommandLine.ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof OutOfMemoryError) {
            message = "not enough memory (" + message + "); give Tandai more, e.g. TANDAI_JAVA_OPTS=-Xmx2g";
        } else if (e instanceof StackOverflowError || e instanceof RuntimeException && e.getMessage() == null) {
            message = "internal error (" + e.getClass().getSimpleName() + ")";
        }
        String where = command == null || command.equals("tandai") ? "" : command + ": ";
        return "tandai: " + where + message.replace('\n', ' ').replace('\r', ' ');
    }
}
