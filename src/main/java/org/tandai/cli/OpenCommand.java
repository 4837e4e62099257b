package org.tandai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tandai.store.OpenTarget;
import org.tandai.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tandai open [--report-timing] [--exit] [PATH]}: opens the window on a corpus folder, or on
 * the folder of an article or annotation file with that article selected.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the window on a corpus folder, or on an article (NAME.txt or NAME.annotations.json) in its folder.")
final class OpenCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
            description = "Corpus folder, article or annotation file (default: ./seeds).")
    Path folder = Path.of("seeds");

    @Option(names = "--report-timing", description = "Print 'timing: PHASE MS' lines to stderr.")
    boolean reportTiming;

    @Option(names = "--exit", description = "Quit once the document is rendered (exit 0), or on the first error (exit 1).")
    boolean exit;

    @Spec
    CommandSpec spec;

    private final TandaiCommand root;

    OpenCommand(TandaiCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        String problem = root.windowOptionsProblem();
        if (problem != null) {
            spec.commandLine().getErr().println("tandai: " + problem);
            return 2;
        }
        try {
            OpenTarget.of(folder);
        } catch (StoreException e) {
            spec.commandLine().getErr().println("tandai: " + e.problem().file() + ": " + e.problem().message());
            return 1;
        }
        return root.launcher.launch(new WindowLauncher.Options(folder, root.annotator, reportTiming, exit,
                root.lang, root.theme));
    }
}
