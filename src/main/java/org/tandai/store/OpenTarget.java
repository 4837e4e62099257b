package org.tandai.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code tandai open PATH} (and the window) opens for a path: a corpus folder, or the folder
 * of an article ({@code NAME.txt}) or of an annotation file ({@code NAME.annotations.json}) with
 * that article selected. {@code article} is the article's file name, or null for a folder.
 */
public record OpenTarget(Path folder, String article) {
    /** Resolves a path given by the user; the problem says why it cannot be opened. */
    public static OpenTarget of(Path path) throws StoreException {
        Path p = path.toAbsolutePath().normalize();
        if (Files.isDirectory(p)) {
            return new OpenTarget(p, null);
        }
        if (!Files.exists(p)) {
            throw new StoreException(Problem.error(path.toString(), "file", "no such file or folder"));
        }
        String name = p.getFileName().toString();
        if (name.endsWith(SidecarFormat.SUFFIX)) {
            Path article = CorpusCheck.articleFor(p);  // in the corpus folder, also for an annotator's sidecar
            if (!Files.isRegularFile(article)) {
                throw new StoreException(Problem.error(path.toString(), "file", "its article "
                        + article.getFileName() + " is not beside it; open the folder that holds both"));
            }
            return new OpenTarget(article.getParent(), article.getFileName().toString());
        }
        if (name.endsWith(".txt") && Files.isRegularFile(p)) {
            return new OpenTarget(p.getParent(), name);
        }
        throw new StoreException(Problem.error(path.toString(), "file", "not a corpus folder, an article (.txt) or "
                + "an annotation file (" + SidecarFormat.SUFFIX + ")"));
    }
}
