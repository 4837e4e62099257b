package org.tandai.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tandai.store.CorpusLayout;
import org.tandai.store.Layer;
import org.tandai.store.SidecarFormat;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --layer SLUG} of {@code validate}, {@code stats}, {@code export} and {@code reanchor}
 * (docs/format.md, "Layers"): which layer of each corpus to read. Without it, the curated (or sole)
 * layer beside the articles. A value that is not a slug, or a layer with no folder in a corpus
 * given, is a usage error (exit code 2), so a typo never passes for an empty layer.
 */
final class LayerOption {
    @Option(names = "--layer", paramLabel = "SLUG",
            description = "The layer to read: an annotator's slug (annotators/SLUG/) or 'curated' (the default, beside the articles).")
    String layer;

    /** True when {@code --layer} was given. */
    boolean given() {
        return layer != null;
    }

    /** The layer asked for, checked against every path given. */
    Layer resolve(CommandSpec spec, List<Path> paths) {
        if (layer == null) {
            return Layer.CURATED;
        }
        Layer l = Layer.parse(layer);
        if (l == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--layer: \"" + layer + "\" is not a layer; "
                    + "use 'curated' or an annotator's slug (a-z, 0-9 and -, as in annotators/SLUG/)");
        }
        if (l.isCurated()) {
            return l;
        }
        for (Path p : paths) {
            Path corpus = corpusOf(p);
            if (corpus != null && !Files.isDirectory(CorpusLayout.withTeamFlag(corpus, false).folderOf(l))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--layer " + layer + ": "
                        + corpus.resolve(CorpusLayout.ANNOTATORS).resolve(l.slug()) + " does not exist; the layers of "
                        + corpus + " are " + layersOf(corpus));
            }
        }
        return l;
    }

    /** The corpus folder a path is in (null when the path does not exist: the command reports it). */
    private static Path corpusOf(Path p) {
        if (Files.isDirectory(p)) {
            return p;
        }
        if (!Files.exists(p)) {
            return null;
        }
        Path article = p.getFileName().toString().endsWith(SidecarFormat.SUFFIX) ? CorpusLayout.filesOfSidecar(p).article() : p;
        Path parent = article.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private static String layersOf(Path corpus) {
        StringBuilder sb = new StringBuilder("curated");
        try {
            for (Layer l : CorpusLayout.withTeamFlag(corpus, false).annotatorLayers()) {
                sb.append(", ").append(l.label());
            }
        } catch (org.tandai.store.StoreException e) {
            return sb + " (cannot list " + CorpusLayout.ANNOTATORS + "/: " + e.problem().message() + ")";
        }
        return sb.toString();
    }
}
