package org.tandai.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tandai open [--report-timing] [--exit] [PATH]}: opens the window on a corpus folder. */
@Command(name = "open", mixinStandardHelpOptions = true, description = "Open the window on a corpus folder.")
final class OpenCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Corpus folder (default: ./seeds).")
    Path folder = Path.of("seeds");

    @Option(names = "--report-timing", description = "Print 'timing: PHASE MS' lines to stderr.")
    boolean reportTiming;

    @Option(names = "--exit", description = "Quit once the document is rendered (with --report-timing, for benchmarks).")
    boolean exit;

    private final TandaiCommand root;

    OpenCommand(TandaiCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Path dir = folder;
        if (Files.isRegularFile(dir)) {
            dir = dir.toAbsolutePath().getParent();
        }
        if (!Files.isDirectory(dir)) {
            System.err.println("tandai: " + folder + ": no such folder");
            return 1;
        }
        return root.launcher.launch(new WindowLauncher.Options(folder, root.annotator, reportTiming, exit));
    }
}
