package org.tandai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandai.anchoring.ReanchorReport;
import org.tandai.anchoring.Reanchorer;
import org.tandai.store.CorpusCheck;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Problem;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandai reanchor PATH...}: moves spans onto changed article texts and saves. */
@Command(name = "reanchor", mixinStandardHelpOptions = true,
        description = {"Re-anchor the spans of annotation files whose article text changed, and save them",
                "atomically (the previous file is kept as .bak). Spans that cannot be placed are kept,",
                "marked orphaned. Prints per file how many spans moved, changed or were orphaned.",
                "Exit code 0 when nothing is orphaned, 3 when some spans were orphaned (and kept), 1 on errors."})
final class ReanchorCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand
    TandaiCommand root;

    static final int ORPHANS = 3;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles, annotation files or corpus folders.")
    List<Path> paths;

    @Option(names = "--dry-run", description = "Report what would change without writing anything.")
    boolean dryRun;

    @Option(names = "--verbose", description = "Also list every span that moved, changed or was orphaned.")
    boolean verbose;

    @picocli.CommandLine.Mixin
    LayerOption layer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> problems = new ArrayList<>();
        SidecarStore store = new SidecarStore();
        CorpusCheck check = new CorpusCheck(store);
        List<DocumentFiles> articles = check.expand(paths, layer.resolve(spec, paths), problems);
        problems.forEach(err::println);
        boolean[] failed = {!problems.isEmpty()};
        long[] orphans = {0};
        for (DocumentFiles files : articles) {
            try {
                SidecarStore.Opened opened = store.open(files, CorpusCheck.tagSetFor(files.article().toAbsolutePath().getParent()));
                SidecarStore.Loaded loaded = opened.loaded();
                if (loaded.document() == null || loaded.readOnly()) {
                    loaded.problems().stream().filter(Problem::isError).forEach(err::println);
                    err.println(files.sidecar() + ": " + TandaiCommand.messages(spec).get("cli.reanchor.unsafe"));
                    failed[0] = true;
                    continue;
                }
                if (!loaded.sidecarExists()) {
                    continue;
                }
                ReanchorReport r = new Reanchorer().reanchor(loaded.document(), loaded.text());
                String name = files.sidecar().toString();
                if (!r.drifted()) {
                    out.println(name + ": " + TandaiCommand.messages(spec).get("cli.reanchor.unchanged"));
                    continue;
                }
                if (!dryRun) {
                    stampChanged(loaded.document(), r);
                    store.save(files, loaded.document(), opened.sidecar());
                }
                out.println(name + ": " + r.summary() + (dryRun ? " " + TandaiCommand.messages(spec).get("cli.dryRun") : ""));
                if (verbose) {
                    for (ReanchorReport.Outcome o : r.outcomes()) {
                        if (o.result() != ReanchorReport.Result.UNCHANGED) {
                            out.println("  " + o.location() + ": " + o.result().name().toLowerCase() + " \""
                                    + o.before().exact() + "\" " + o.before().start() + ".." + o.before().end()
                                    + " -> \"" + o.after().exact() + "\" " + o.after().start() + ".." + o.after().end());
                        }
                    }
                }
                orphans[0] += r.orphaned();
            } catch (StoreException e) {
                err.println(e.problem());
                failed[0] = true;
            }
        }
        out.flush();
        err.flush();
        return failed[0] ? 1 : orphans[0] > 0 ? ORPHANS : 0;
    }

    /** Marks every annotation whose spans moved as updated now, by --annotator when given. */
    private void stampChanged(org.tandai.model.AnnotatedDocument doc, ReanchorReport r) {
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (ReanchorReport.Outcome o : r.outcomes()) {
            if (o.result() != ReanchorReport.Result.UNCHANGED) {
                int dot = o.location().indexOf('.');
                ids.add(dot < 0 ? o.location() : o.location().substring(0, dot));
            }
        }
        for (String id : ids) {
            org.tandai.model.Annotation a = doc.find(id);
            if (a != null) {
                a.touch(root == null ? null : root.annotator, now);
            }
        }
    }
}
