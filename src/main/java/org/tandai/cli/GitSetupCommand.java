package org.tandai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tandai.merge.DriverCommand;
import org.tandai.merge.GitSetup;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandai git-setup [DIR]}: makes a corpus folder in a git repository merge its sidecars through Tandai. */
@Command(name = "git-setup", mixinStandardHelpOptions = true,
        description = {"Make a corpus folder in a git repository merge its annotation files through Tandai:",
                "adds '*.annotations.json merge=tandai' to DIR/.gitattributes and registers the driver",
                "in the repository's config. Running it again changes nothing."})
final class GitSetupCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The corpus folder (default: the current folder).")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = dir != null ? dir : Path.of("").toAbsolutePath();
        try {
            String command = DriverCommand.current();
            GitSetup.Outcome o = new GitSetup(new SidecarStore()).run(folder, command);
            out.println(o.attributes() + ": " + TandaiCommand.messages(spec).get(o.attributesChanged() ? "cli.gitSetup.added"
                    : "cli.gitSetup.alreadyHas", GitSetup.ATTRIBUTE_LINE));
            out.println(o.repository() + ": " + TandaiCommand.messages(spec).get(o.configChanged() ? "cli.gitSetup.registered"
                    : "cli.gitSetup.alreadyRegistered", command + " merge-driver %O %A %B %P"));
            return 0;
        } catch (StoreException e) {
            err.println(e.problem());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
