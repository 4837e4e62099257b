package org.tandai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandai.agreement.AgreementJson;
import org.tandai.agreement.AgreementRun;
import org.tandai.agreement.AgreementTable;
import org.tandai.agreement.Targets;
import org.tandai.store.Layer;
import org.tandai.store.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandai agree [--json] PATH...}: agreement between the layers of a team corpus (docs/agreement.md). */
@Command(name = "agree", mixinStandardHelpOptions = true,
        description = {"Measure how far the annotators of a team corpus agree, per document and per corpus, for "
                + "every pair of layers (each annotator's, and the curated layer when there is one).",
                "Entities: F1 on exact span and type, Cohen's kappa on types, unitizing alpha per type. Claims: F1 by "
                        + "overlap, kappa on verdict and check-worthiness. Sources: F1 on (speaker, cue, content), "
                        + "exact and by overlap, and per part. See docs/agreement.md.",
                "Never modifies a file. Exit code 0 when everything was read, 1 when a file could not be read or "
                        + "there are fewer than two layers."})
final class AgreeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Corpus folders, articles or annotation files.")
    List<Path> paths;

    @Option(names = "--json", description = "Print one JSON object: annotators, documents, pairs, overall.")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", description = "Documents scored at once (default: one per processor).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] errors = {0};
        java.util.function.Consumer<Problem> problems = p -> {
            err.println(p);
            errors[0] += p.isError() ? 1 : 0;
        };
        if (threads < 1) {
            err.println("tandai: agree: " + TandaiCommand.messages(spec).get("cli.agree.threads"));
            err.flush();
            return 2;
        }
        Targets targets = Targets.find(paths, problems);
        List<Layer> parties = targets.parties();
        if (parties.size() < 2) {
            err.println("tandai: agree: " + String.join(", ", paths.stream().map(Path::toString).toList())
                    + ": fewer than two layers to compare (found " + (parties.isEmpty() ? "none"
                    : String.join(", ", parties.stream().map(Layer::label).toList()))
                    + "); each annotator's layer is a folder annotators/SLUG/ in the corpus folder (docs/agreement.md)");
            err.flush();
            return 1;
        }
        AgreementRun run = new AgreementRun(targets);
        if (json) {
            AgreementJson report = new AgreementJson(out);
            report.begin(targets.annotators(), targets.curated());
            run.run(targets, threads, d -> {
                try {
                    report.document(d);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, problems);
            report.end(run);
            out.println();
        } else {
            AgreementTable table = new AgreementTable(out);
            table.begin(parties);
            run.run(targets, threads, table::document, problems);
            table.end(run);
        }
        out.flush();
        err.flush();
        return errors[0] > 0 ? 1 : 0;
    }
}
