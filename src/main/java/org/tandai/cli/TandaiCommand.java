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
                ExportCommand.class, ImportCommand.class, GenerateCommand.class},
        footer = {"", "Exit codes: 0 success, 1 problems found or error, 2 usage error, 3 reanchor kept orphaned spans."})
public final class TandaiCommand implements Callable<Integer> {
    @Option(names = "--annotator", scope = CommandLine.ScopeType.INHERIT, paramLabel = "NAME",
            description = "Annotator name recorded in createdBy; skips the first-start question.")
    String annotator;

    final WindowLauncher launcher;

    public TandaiCommand(WindowLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        return launcher.launch(new WindowLauncher.Options(Path.of("seeds"), annotator, false, false));
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
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("tandai: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            return 1;
        });
        return cl;
    }
}
