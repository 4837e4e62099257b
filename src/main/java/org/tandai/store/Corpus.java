package org.tandai.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A folder of articles ({@code *.txt}) with their sidecars. Tandai never reads or writes outside it. */
public final class Corpus {
    private final Path dir;

    public Corpus(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /** The articles of the folder, sorted by file name. */
    public List<Path> articles() throws StoreException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.txt")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new StoreException(Problem.error(dir.toString(), "folder", "cannot list: " + SidecarStore.describe(e)), e);
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    /**
     * Resolves a file name from a file (a sidecar's document.file, an import's name) inside the
     * corpus, refusing anything with a path separator or "..": a hostile file cannot make Tandai
     * read or write elsewhere.
     */
    public Path resolve(String fileName) throws StoreException {
        if (!isSafeName(fileName)) {
            throw new StoreException(Problem.error(dir.toString(), "file name",
                    "refusing file name \"" + fileName + "\": it must be a plain name inside the corpus folder"));
        }
        return dir.resolve(fileName);
    }

    /** True for a plain file name: no separators, not "." or "..", no NUL, not empty. */
    public static boolean isSafeName(String name) {
        return name != null && !name.isEmpty() && !name.equals(".") && !name.equals("..")
                && name.indexOf('/') < 0 && name.indexOf('\\') < 0 && name.indexOf('\0') < 0
                && !name.contains("..") && name.indexOf(':') < 0;
    }
}
