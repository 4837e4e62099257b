package org.tandai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandai.store.CorpusCheck;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Problem;
import org.tandai.store.SidecarStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandai validate PATH...}: checks sidecars against their articles; never modifies a file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check annotation files against their articles and tag set. Never modifies a file.",
                "Prints each problem as FILE: LOCATION: MESSAGE on stderr. A corpus folder is checked in every",
                "layer (the curated sidecars and each annotators/SLUG/), unless --layer names one.",
                "Exit code 0 when everything is valid, 1 when any error is found."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles, annotation files or corpus folders.")
    List<Path> paths;

    @Option(names = "--quiet", description = "Print only the problems, not the summary line.")
    boolean quiet;

    @picocli.CommandLine.Mixin
    LayerOption layer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<Problem> pathProblems = new ArrayList<>();
        CorpusCheck check = new CorpusCheck(new SidecarStore());
        // Without --layer every layer is checked: a broken annotator's file is the corpus's problem too.
        List<DocumentFiles> articles = check.expand(paths, layer.given() ? layer.resolve(spec, paths) : null, pathProblems);
        pathProblems.forEach(err::println);
        int[] counts = new int[3];
        counts[1] = (int) pathProblems.stream().filter(Problem::isError).count();
        check.visit(articles, v -> {
            counts[0]++;
            for (Problem p : v.problems()) {
                err.println(p);
                counts[p.isError() ? 1 : 2]++;
            }
        });
        err.flush();
        if (!quiet) {
            out.println(TandaiCommand.messages(spec).get("cli.validate.summary", counts[0], counts[1], counts[2]));
        }
        return counts[1] > 0 ? 1 : 0;
    }
}
