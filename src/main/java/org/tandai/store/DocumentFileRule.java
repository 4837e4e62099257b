package org.tandai.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rule for a sidecar's {@code document.file} (docs/format.md): the plain file name of the
 * article in the same folder. A path (absolute, with {@code ..}, a separator or a drive letter),
 * or a name that leads out of the corpus folder through a symbolic link (compared as real paths),
 * is refused: an error, and the file opens read-only so that the name is never written back.
 * Tandai never follows the name in any case; it always uses the article beside the sidecar.
 */
final class DocumentFileRule {
    private DocumentFileRule() {
    }

    /** The problem with {@code named} for a sidecar beside {@code article}, or null when there is none. */
    static Problem check(String label, Path article, String named) {
        if (named == null) {
            return null; // reported by SidecarReader as missing
        }
        String expected = article.getFileName().toString();
        if (!Corpus.isSafeName(named)) {
            return Problem.error(label, "document.file", "names \"" + named + "\", a path leading out of the "
                    + "corpus folder: refused; it must be the plain name of the article beside it (\"" + expected + "\")");
        }
        Path dir = article.toAbsolutePath().getParent();
        Path target = dir.resolve(named);
        // A plain name that is not a link resolves to itself in the folder's real path: only a link needs
        // the real-path walk (two per article, a dozen system calls, once a visible cost of validate).
        if (Files.isSymbolicLink(target) && Files.exists(target)) {
            try {
                Path real = target.toRealPath();
                if (!dir.toRealPath().equals(real.getParent())) {
                    return Problem.error(label, "document.file", "names \"" + named + "\", which is a link to "
                            + real + ", outside the corpus folder: refused; the article must be a file in the folder");
                }
            } catch (IOException e) {
                return Problem.error(label, "document.file", "names \"" + named + "\", which cannot be resolved ("
                        + SidecarStore.describe(e) + "): refused");
            }
        }
        if (!expected.equals(named)) {
            return Problem.warning(label, "document.file", "names \"" + named + "\" but sits beside \"" + expected
                    + "\"; the neighbouring article is used");
        }
        return null;
    }
}
