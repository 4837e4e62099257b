package org.tandai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tandai.synth.SyntheticCorpus;
import org.tandai.synth.SyntheticTeam;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tandai generate}: writes a deterministic synthetic corpus for benchmarks and trials. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic corpus (articles + annotations) for benchmarks.",
                "The same --seed always gives the same files."})
final class GenerateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--articles", defaultValue = "1", description = "Number of articles (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--chars", defaultValue = "1000000", description = "Approximate characters per article (default ${DEFAULT-VALUE}).")
    int chars;

    @Option(names = "--annotations", defaultValue = "10000", description = "Annotations per article, mentions included (default ${DEFAULT-VALUE}).")
    int annotations;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--prefix", defaultValue = "synthetic-", description = "File name prefix (default ${DEFAULT-VALUE}).")
    String prefix;

    @Option(names = "--annotators", defaultValue = "0", paramLabel = "N",
            description = "Also write N annotators' layers (annotators/annotator-1/ ...), each a copy with some "
                    + "disagreements, for trying tandai agree (default ${DEFAULT-VALUE}).")
    int annotators;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || chars < 1 || annotations < 0 || annotators < 0) {
            System.err.println("tandai: " + TandaiCommand.messages(spec).get("cli.generate.counts"));
            return 2;
        }
        if (annotators > 0) {
            SyntheticTeam.write(out, prefix, articles, seed, chars, annotations, annotators);
        } else {
            SyntheticCorpus.write(out, prefix, articles, seed, chars, annotations);
        }
        System.err.println(TandaiCommand.messages(spec).get("cli.generate.wrote", articles, out));
        return 0;
    }
}
