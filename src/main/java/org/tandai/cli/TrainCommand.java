package org.tandai.cli;

import org.tandai.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tandai.store.SidecarFormat;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import org.tandai.suggest.TrainService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandai train [--conll FILE] [--cues-from FOLDER] CORPUS}, and the gazetteer's import and export (docs/suggestions.md). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the corpus's name finder on its accepted entity mentions (and a CoNLL/BIO file with --conll)",
                "and save it to CORPUS/.tandai/ner-model.bin, where suggest finds it; train the cue model on the accepted",
                "attributions of CORPUS (or of FOLDER with --cues-from) and save it to CORPUS/.tandai/cue-model.bin.",
                "--import-gazetteer adds a TSV of names (surface, type, entity, count) to CORPUS/.tandai/gazetteer.tsv;",
                "--export-gazetteer writes the corpus's names (imported and accepted) as such a TSV. Neither trains."})
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--conll", paramLabel = "FILE", description = "CoNLL/BIO file to learn names from as well.")
    Path conll;

    @Option(names = "--cues-from", paramLabel = "FOLDER", description = "Corpus folder whose accepted attributions teach the cue model (default: CORPUS).")
    Path cuesFrom;

    @Option(names = "--import-gazetteer", paramLabel = "FILE", description = "Add this gazetteer TSV to the corpus's names.")
    Path importGazetteer;

    @Option(names = "--export-gazetteer", paramLabel = "FILE", description = "Write the corpus's names to this TSV file.")
    Path exportGazetteer;

    @Parameters(arity = "0..1", paramLabel = "CORPUS", description = "Corpus folder (default: seeds).")
    Path corpus = Path.of("seeds");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TerminalProgress progress = TerminalProgress.forConsole(err);
        ProblemPrinter problems = new ProblemPrinter(err, progress);
        Messages m = TandaiCommand.messages(spec);
        if (!Files.isDirectory(corpus)) {
            err.println(corpus + ": " + m.get("cli.train.noFolder"));
            return 1;
        }
        TrainService service = new TrainService(new SidecarStore());
        try {
            if (importGazetteer != null || exportGazetteer != null) {
                if (importGazetteer != null) {
                    int n = service.importGazetteer(corpus, importGazetteer);
                    out.println(m.get("cli.train.imported", importGazetteer, corpus.resolve(".tandai").resolve("gazetteer.tsv"), n));
                }
                if (exportGazetteer != null) {
                    String target = exportGazetteer.getFileName() == null ? "" : exportGazetteer.getFileName().toString();
                    if (target.endsWith(".txt") || target.endsWith(SidecarFormat.SUFFIX)) {
                        err.println(exportGazetteer + ": " + m.get("cli.train.notOverArticle"));
                        return 1;
                    }
                    String tsv = service.exportGazetteer(corpus, problems);
                    new SidecarStore().writeAtomically(exportGazetteer, tsv.getBytes(StandardCharsets.UTF_8));
                    out.println(m.get("cli.train.wroteNames", tsv.lines().count() - 1, exportGazetteer));
                }
            } else {
                TrainService.Trained t = service.train(corpus, conll, () -> false, problems);
                if (t.model() == null) {
                    out.println(conll == null ? m.get("cli.train.nothing", corpus) : m.get("cli.train.nothingConll", corpus, conll));
                } else {
                    out.println(conll == null ? m.get("cli.train.trained", t.mentions(), t.sentences(), t.articles(), t.model())
                            : m.get("cli.train.trainedConll", t.mentions(), t.sentences(), t.articles(), t.conllSentences(),
                            conll, t.model()));
                }
                Path from = cuesFrom == null ? corpus : cuesFrom;
                if (!Files.isDirectory(from)) {
                    err.println(from + ": " + m.get("cli.train.noFolder"));
                    return 1;
                }
                TrainService.TrainedCues c = service.trainCues(corpus, from, () -> false, problems);
                out.println(c.model() == null ? m.get("cli.train.noCues", from)
                        : m.get("cli.train.trainedCues", c.cues(), c.sentences(), c.articles(), from, c.model()));
            }
        } catch (StoreException e) {
            return problems.failed(e);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println((e instanceof java.nio.file.NoSuchFileException ? e.getMessage() + ": " + m.get("cli.train.noFile")
                    : "tandai: train: " + e.getMessage()));
            return 1;
        }
        out.flush();
        return problems.exitCode();
    }
}
