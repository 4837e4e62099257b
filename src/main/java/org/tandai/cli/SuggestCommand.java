package org.tandai.cli;

import org.tandai.i18n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tandai.store.DocumentFiles;
import org.tandai.store.SidecarStore;
import org.tandai.suggest.Evaluation;
import org.tandai.suggest.SuggestService;
import org.tandai.suggest.Suggestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandai suggest [--only KINDS] [--dry-run | --evaluate] PATH...} (docs/suggestions.md). */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Add suggested attributions, quotes and entity mentions (status suggested) to each article's sidecar,",
                "creating it when there is none. Never changes an accepted or rejected annotation and never adds one",
                "that an existing or rejected annotation already covers. Saves atomically (the previous file is kept as .bak).",
                "--evaluate re-annotates each article from scratch in memory and prints precision, recall and F1",
                "against its accepted annotations, with exact and overlap matching."})
final class SuggestCommand implements Callable<Integer> {
    private static final Set<String> KINDS = Set.of(Suggestion.ATTRIBUTIONS, Suggestion.QUOTES, Suggestion.ENTITIES);

    @picocli.CommandLine.ParentCommand
    TandaiCommand root;

    @Option(names = "--only", split = ",", paramLabel = "KIND", description = "attributions, quotes, entities (default: all).")
    List<String> only;

    @Option(names = "--dry-run", description = "Say what would be added without writing anything.")
    boolean dryRun;

    @Option(names = "--evaluate", description = "Compare suggestions made from scratch with the accepted annotations; writes nothing.")
    boolean evaluate;

    @Option(names = "--with-own-names", description = "With --evaluate: let each article's own accepted names into its gazetteer.")
    boolean ownNames;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles, annotation files or corpus folders.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<String> kinds = new LinkedHashSet<>();
        if (only != null) {
            for (String k : only) {
                String kind = k.trim();
                if (!KINDS.contains(kind)) {
                    err.println("tandai: suggest: " + TandaiCommand.messages(spec).get("cli.suggest.unknownKind", kind));
                    return 2;
                }
                kinds.add(kind);
            }
        }
        TerminalProgress progress = TerminalProgress.forConsole(err);
        ProblemPrinter problems = new ProblemPrinter(err, progress);
        SuggestService service = new SuggestService(new SidecarStore(), root == null ? null : root.annotator);
        List<Path> articles = service.articles(paths, problems);
        if (evaluate) {
            Evaluation e = service.evaluate(articles, kinds, ownNames, problems);
            out.print(e.report());
        } else {
            int total = 0;
            Messages m = TandaiCommand.messages(spec);
            for (SuggestService.Added a : service.suggest(articles, kinds, dryRun, problems)) {
                total += a.total();
                StringBuilder line = new StringBuilder(DocumentFiles.curated(a.article()).sidecar().toString()).append(": ");
                if (a.total() == 0) {
                    line.append(m.get("cli.suggest.nothingNew"));
                } else {
                    line.append(m.get(dryRun ? "cli.suggest.wouldAddKinds" : "cli.suggest.addedKinds", a.total(),
                            String.join(", ", a.byKind().entrySet().stream().map(x -> x.getValue() + " " + x.getKey()).toList())));
                    if (a.createdSidecar()) {
                        line.append(m.get("cli.suggest.newFile"));
                    }
                    if (dryRun) {
                        line.append(" ").append(m.get("cli.dryRun"));
                    }
                }
                out.println(line);
            }
            out.println(m.get(dryRun ? "cli.suggest.wouldAddTotal" : "cli.suggest.addedTotal", total, articles.size()));
        }
        out.flush();
        err.flush();
        return problems.exitCode();
    }
}
