package org.tandai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandai.interchange.ClaimReviewSettings;
import org.tandai.interchange.ExportRun;
import org.tandai.interchange.ExportService;
import org.tandai.interchange.Format;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandai export --format F --out DIR PATH...}: writes annotations in a foreign format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export annotated articles as jsonl, conll, brat, w3c, claimreview or labelstudio (see docs/formats.md).",
                "Problems are printed as FILE: LOCATION: MESSAGE on stderr; exit code 1 when any error was found."})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "F",
            description = "jsonl | conll | brat | w3c | claimreview | labelstudio")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--publisher", paramLabel = "NAME", description = "ClaimReview publisher name (overrides tandai-corpus.json).")
    String publisher;

    @Option(names = "--publisher-url", paramLabel = "URL", description = "ClaimReview publisher URL (overrides tandai-corpus.json).")
    String publisherUrl;

    @Option(names = "--base-url", paramLabel = "URL", description = "ClaimReview review-page base URL (overrides tandai-corpus.json).")
    String baseUrl;

    @Option(names = "--include-suggested", description = "Also export annotations still suggested (rejected ones never are).")
    boolean includeSuggested;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles, annotation files or corpus folders.")
    List<Path> paths;

    @picocli.CommandLine.Mixin
    LayerOption layer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Format f = Format.of(format);
        if (f == null) {
            err.println("tandai: " + TandaiCommand.messages(spec).get("cli.export.unknownFormat", format));
            return 2;
        }
        org.tandai.store.Layer from = layer.resolve(spec, paths);
        TerminalProgress progress = TerminalProgress.forConsole(err);
        ProblemPrinter problems = new ProblemPrinter(err, progress);
        ExportRun run = new ExportRun();
        // Ctrl-C (or a kill) stops the export cleanly: no temporary file left, and it says what is complete.
        Thread hook = new Thread(() -> {
            String complete = run.interrupt();
            if (complete != null) {
                progress.clear();
                err.println("tandai: " + TandaiCommand.messages(spec).get("cli.export.interrupted", complete));
                err.flush();
            }
        }, "tandai-export-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            ExportService.Summary s = new ExportService(new SidecarStore(), includeSuggested).run(f, paths, from, out,
                    new ClaimReviewSettings(publisher, publisherUrl, baseUrl), progress, problems, run);
            progress.clear();
            stdout.println(s.describe(f, out));
        } catch (StoreException e) {
            return run.interrupted() ? 1 : problems.failed(e);
        } catch (IOException e) {
            return problems.cannotWrite(out, "export", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running and reports.
            }
        }
        return problems.exitCode();
    }
}
