package org.tandai.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tandai.interchange.OutputFolder;
import org.tandai.store.CorpusLayout;
import org.tandai.store.Problem;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;

/**
 * Saves a chart's PNG. The target is judged by its real path (links followed, as for exports): it
 * must end in {@code .png}, may not be a folder, and may not be inside a layer folder
 * ({@code annotators/}) of the corpus, so a link named {@code chart.png} can never lead a save onto
 * an article, a sidecar or the corpus file. The bytes go through the store's atomic writer.
 */
public final class ChartFiles {
    private final SidecarStore store;

    public ChartFiles(SidecarStore store) {
        this.store = store;
    }

    /** {@code name} with {@code .png} appended unless it ends so already. */
    public static Path withPngSuffix(Path target) {
        String name = target.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".png") ? target : target.resolveSibling(name + ".png");
    }

    /** Throws a problem naming the file when saving a chart there is refused. */
    public static void check(Path target, Path corpus) throws StoreException {
        Path real = OutputFolder.real(target);
        if (Files.isDirectory(real)) {
            throw new StoreException(Problem.error(target.toString(), "file", "is a folder: a chart is saved as a file"));
        }
        if (!real.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new StoreException(Problem.error(target.toString(), "file", "leads to " + real
                    + ", which is not a .png file: refused, nothing was written"));
        }
        if (corpus != null) {
            Path annotators = OutputFolder.real(corpus.resolve(CorpusLayout.ANNOTATORS));
            if (real.startsWith(annotators)) {
                throw new StoreException(Problem.error(target.toString(), "file", "is inside the annotators' layers ("
                        + annotators + "): refused, those folders hold annotations only"));
            }
        }
    }

    /** Checks the target, then writes the PNG of the pixels atomically to its real path; returns that path. */
    public Path save(Path target, Path corpus, int width, int height, int[] argb) throws StoreException {
        check(target, corpus);
        Path real = OutputFolder.real(target);
        store.writeAtomically(real, PngEncoder.encode(width, height, argb), false);
        return real;
    }
}
