package org.tandai.cli;

import org.tandai.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandai.interchange.Format;
import org.tandai.interchange.ImportService;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandai import --format F --out DIR SOURCE...}: turns foreign files into articles with sidecars. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import brat, jsonl (doccano), conll or labelstudio files into a corpus folder (see docs/formats.md).",
                "Writes NAME.txt + NAME.annotations.json per article; never overwrites: a clashing name gets a -2, -3 … suffix.",
                "Problems are printed as FILE: LOCATION: MESSAGE on stderr; exit code 1 when any error was found."})
final class ImportCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand
    TandaiCommand root;

    @Option(names = "--format", required = true, paramLabel = "F", description = "brat | jsonl | conll | labelstudio")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Corpus folder to write into (created if missing).")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files or folders to import.")
    List<Path> sources;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Format f = Format.of(format);
        if (f == null || !f.importable()) {
            err.println("tandai: " + TandaiCommand.messages(spec).get("cli.import.unknownFormat", format));
            return 2;
        }
        TerminalProgress progress = TerminalProgress.forConsole(err);
        ProblemPrinter problems = new ProblemPrinter(err, progress);
        try {
            ImportService.Summary s = new ImportService(new SidecarStore(), root.annotator).run(f, sources, out, progress, problems);
            progress.clear();
            Messages m = TandaiCommand.messages(spec);
            stdout.println(m.get("cli.import.summary", s.articles(), s.files(), out, s.entities(), s.claims(), s.sources()));
            if (!s.addedTypes().isEmpty()) {
                stdout.println(m.get("cli.import.addedTypes", out.resolve("tagset.json"), String.join(", ", s.addedTypes())));
            }
            if (!s.addedRelationTypes().isEmpty()) {
                stdout.println(m.get("cli.import.addedRelationTypes", out.resolve("tagset.json"),
                        String.join(", ", s.addedRelationTypes())));
            }
            if (!s.addedAttributes().isEmpty()) {
                stdout.println(m.get("cli.import.addedAttributes", out.resolve("tagset.json"), String.join(", ", s.addedAttributes())));
            }
        } catch (StoreException e) {
            return problems.failed(e);
        } catch (IOException e) {
            return problems.cannotWrite(out, "import", e);
        }
        return problems.exitCode();
    }
}
