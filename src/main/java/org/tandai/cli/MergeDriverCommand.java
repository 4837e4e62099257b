package org.tandai.cli;

import org.tandai.i18n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandai.merge.MergeDriver;
import org.tandai.model.Conflict;
import org.tandai.store.Problem;
import org.tandai.store.SidecarStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandai merge-driver BASE OURS THEIRS PATH}: git's merge driver for one sidecar (%O %A %B %P). */
@Command(name = "merge-driver", mixinStandardHelpOptions = true,
        description = {"Three-way merge of one annotation file, for git (set up with 'tandai git-setup').",
                "Writes the merge over OURS. Exit code 0 when it merged cleanly; 1 when this merge found",
                "conflicts (recorded inside the file, which stays a valid annotation file) or an input",
                "cannot be read (then OURS is left as it was). Conflicts committed earlier and still",
                "unresolved are kept and named, but do not fail the merge again."})
final class MergeDriverCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor (git's %%O).")
    Path base;

    @Parameters(index = "1", paramLabel = "OURS", description = "Our version, overwritten with the merge (git's %%A).")
    Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "Their version (git's %%B).")
    Path theirs;

    @Parameters(index = "3", arity = "0..1", paramLabel = "PATH", description = "The file's path in the repository (git's %%P), for messages.")
    String path;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = path != null ? path : ours.toString();
        MergeDriver.Outcome o = new MergeDriver(new SidecarStore()).run(base, ours, theirs, name);
        Messages m = TandaiCommand.messages(spec);
        try {
            if (!o.written()) {
                for (Problem p : o.problems()) {
                    err.println(p);
                }
                err.println(name + ": " + m.get("cli.merge.notMerged"));
                return 1;
            }
            if (!o.merge().renumbered().isEmpty()) {
                err.println(name + ": " + m.get("cli.merge.renumbered", MergeDriver.describeRenumbering(o.merge().renumbered())));
            }
            List<Conflict> fresh = o.merge().newConflicts();
            for (Conflict c : fresh) {
                err.println(name + ": " + c.location() + ": " + m.get("cli.merge.conflictKept"));
            }
            int carried = o.conflicts().size() - fresh.size();
            if (carried > 0) {
                err.println(name + ": " + m.get("cli.merge.carried", carried));
            }
            if (!fresh.isEmpty()) {
                err.println(name + ": " + m.get("cli.merge.fresh", fresh.size()));
                return 1;
            }
            return 0;
        } finally {
            err.flush();
        }
    }
}
