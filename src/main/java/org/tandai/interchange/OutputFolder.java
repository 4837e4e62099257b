package org.tandai.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tandai.store.Problem;
import org.tandai.store.StoreException;

/**
 * Refuses output folders that would overwrite or mix into what is being read, comparing real
 * paths (symbolic links resolved), so a link to the corpus is seen for what it is (decision 0722):
 * <ul>
 * <li>export: the output folder is a folder of an article being exported (brat would overwrite
 *     {@code NAME.txt}; the others would put their files among the articles);</li>
 * <li>import: the output folder is, or lies inside, a folder given as a source (it is read as
 *     the foreign corpus, so Tandai's files would be mixed into it).</li>
 * </ul>
 * Allowed: an export folder inside the corpus or around it (export never writes into a subfolder,
 * and a corpus is one folder, not a tree) and importing a single file that sits in the corpus.
 */
public final class OutputFolder {
    private OutputFolder() {
    }

    /** The real path of {@code p}, or of its nearest existing ancestor with the rest appended. */
    public static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    /** Throws a located problem when {@code out} is the folder of one of {@code articles}. */
    static void checkExport(List<Path> articles, Path out) throws StoreException {
        Path realOut = real(out);
        Path lastDir = null;
        for (Path a : articles) {
            Path dir = a.toAbsolutePath().normalize().getParent();
            if (dir.equals(lastDir) && !Files.isSymbolicLink(a)) {
                continue;
            }
            lastDir = dir;
            Path realDir = real(dir);
            // An article that is itself a link lives where its target is.
            Path target = Files.isSymbolicLink(a) ? real(a).getParent() : realDir;
            for (Path d : new Path[] {realDir, target}) {
                if (d.equals(realOut)) {
                    throw new StoreException(Problem.error(out.toString(), "folder", "the output folder holds the articles being exported"
                            + via(out, dir, realOut) + "; choose another output folder so no original is overwritten"));
                }
            }
        }
    }

    /** Throws a located problem when {@code out} is, or is inside, a source folder. */
    static void checkImport(List<Path> sources, Path out) throws StoreException {
        Path realOut = real(out);
        for (Path s : sources) {
            if (!Files.isDirectory(s)) {
                continue;
            }
            Path realSrc = real(s);
            if (realOut.startsWith(realSrc)) {
                String where = realOut.equals(realSrc) ? "is the source folder " : "is inside the source folder ";
                throw new StoreException(Problem.error(out.toString(), "folder", where + s + via(out, s, realSrc)
                        + ", which is read as the files to import; choose another output folder so the imported "
                        + "articles are not mixed into it"));
            }
        }
    }

    /** Names the real folder when a link hid it. */
    private static String via(Path out, Path other, Path real) {
        boolean linked = !out.toAbsolutePath().normalize().equals(real) || !other.toAbsolutePath().normalize().equals(real);
        return linked ? " (through a link: both are " + real + ")" : "";
    }
}
