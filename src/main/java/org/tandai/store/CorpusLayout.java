package org.tandai.store;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where the files of a corpus folder are, for every layer (docs/format.md, "Layers"): the article
 * {@code NAME.txt} and its curated or sole sidecar {@code NAME.annotations.json} beside it, and each
 * annotator's own sidecar in {@code annotators/SLUG/NAME.annotations.json}. The window and the
 * command line ask this object, never build a sidecar path themselves.
 */
public final class CorpusLayout {
    public static final String ANNOTATORS = "annotators";

    private final Path dir;
    private final boolean teamFlag;

    private CorpusLayout(Path dir, boolean teamFlag) {
        this.dir = dir.toAbsolutePath().normalize();
        this.teamFlag = teamFlag;
    }

    /** The layout of a corpus folder, reading {@code "team"} from its {@code tandai-corpus.json}. */
    public static CorpusLayout of(Path corpusDir) throws StoreException {
        return new CorpusLayout(corpusDir, readTeamFlag(corpusDir.resolve(CorpusMarks.FILE_NAME)));
    }

    /** The layout of the folder an article is in. */
    public static CorpusLayout ofArticle(Path article) throws StoreException {
        Path parent = article.toAbsolutePath().normalize().getParent();
        return of(parent == null ? Path.of(".") : parent);
    }

    /** A layout with the team flag given, for callers that already read the corpus file. */
    public static CorpusLayout withTeamFlag(Path corpusDir, boolean team) {
        return new CorpusLayout(corpusDir, team);
    }

    public Path dir() {
        return dir;
    }

    /** The folder that holds the annotators' layers. */
    public Path annotatorsDir() {
        return dir.resolve(ANNOTATORS);
    }

    /** Team mode: {@code "team": true} in tandai-corpus.json, or an {@code annotators/} folder. */
    public boolean teamMode() {
        return teamFlag || Files.isDirectory(annotatorsDir());
    }

    /**
     * The annotators' layers present on disk, sorted by slug: the folders under {@code annotators/}
     * whose names are slugs. Other entries (a README, a stray file) are not layers.
     */
    public List<Layer> annotatorLayers() throws StoreException {
        Path ann = annotatorsDir();
        if (!Files.isDirectory(ann)) {
            return List.of();
        }
        List<Layer> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(ann, Files::isDirectory)) {
            for (Path p : ds) {
                Layer l = Layer.parse(p.getFileName().toString());
                if (l != null && !l.isCurated()) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new StoreException(Problem.error(ann.toString(), "folder", "cannot list: " + SidecarStore.describe(e)), e);
        }
        Collections.sort(out);
        return out;
    }

    /** The folder whose sidecars make up a layer. */
    public Path folderOf(Layer layer) {
        return layer.isCurated() ? dir : annotatorsDir().resolve(layer.slug());
    }

    /**
     * The sidecar of an article (of this corpus folder) in a layer. It is resolved beside the
     * article as given, so a relative article gives a relative sidecar, as typed on the command line.
     */
    public Path sidecar(Path article, Layer layer) {
        String name = sidecarName(article);
        return article.resolveSibling(layer.isCurated() ? name : ANNOTATORS + "/" + layer.slug() + "/" + name);
    }

    /**
     * The files of an article in a layer: what the store, the journal, the lock and the change
     * watch of that (article, layer) use. The article keeps the path given (it is always the one in
     * the corpus folder); every other file is in the layer's folder.
     */
    public DocumentFiles files(Path article, Layer layer) {
        return new DocumentFiles(article, layer, sidecar(article, layer));
    }

    /** The article a layer's sidecar annotates: always beside the curated sidecar, in the corpus folder. */
    public Path articleOf(Path sidecar) {
        String name = sidecar.getFileName().toString();
        return dir.resolve(name.substring(0, name.length() - SidecarFormat.SUFFIX.length()) + ".txt");
    }

    /**
     * The files a sidecar path names: its article and its layer. A sidecar in {@code annotators/SLUG/}
     * belongs to the layer SLUG of the corpus two folders up; any other, to the curated layer beside it.
     */
    public static DocumentFiles filesOfSidecar(Path sidecar) {
        String name = sidecar.getFileName().toString();
        String article = name.substring(0, name.length() - SidecarFormat.SUFFIX.length()) + ".txt";
        Path given = sidecar.getParent() != null ? sidecar.getParent() : Path.of(".");
        Path folder = given.toAbsolutePath().normalize();
        Path up = folder.getParent();
        Layer layer = folder.getFileName() == null ? null : Layer.parse(folder.getFileName().toString());
        if (layer != null && !layer.isCurated() && up != null && up.getParent() != null
                && up.getFileName().toString().equals(ANNOTATORS)) {
            return new DocumentFiles(given.resolve("../../" + article).normalize(), layer, sidecar);
        }
        return new DocumentFiles(sidecar.resolveSibling(article), Layer.CURATED, sidecar);
    }

    /**
     * Creates the folder of a layer ({@code annotators/SLUG/}) when it is missing, before its first
     * save. Each level is created with one atomic {@code createDirectory} (a racing creator is
     * fine), and the result is checked as a real path: a link that leads {@code annotators/} or
     * the layer folder out of the corpus is refused, so nothing is ever written elsewhere.
     */
    public void ensureFolder(Layer layer) throws StoreException {
        if (layer.isCurated()) {
            return;
        }
        Path folder = folderOf(layer);
        try {
            for (Path p : List.of(annotatorsDir(), folder)) {
                if (!Files.isDirectory(p)) {
                    try {
                        Files.createDirectory(p);
                    } catch (java.nio.file.FileAlreadyExistsException e) {
                        if (!Files.isDirectory(p)) {
                            throw new StoreException(Problem.error(p.toString(), "folder",
                                    "is a file, not a folder: cannot keep the layer " + layer.label() + " there"), e);
                        }
                    }
                }
            }
            Path expected = dir.toRealPath().resolve(ANNOTATORS).resolve(layer.slug());
            Path real = folder.toRealPath();
            if (!real.equals(expected)) {
                throw new StoreException(Problem.error(folder.toString(), "folder", "leads to " + real
                        + ", outside the corpus folder: refused; the layer " + layer.label() + " is not saved there"));
            }
        } catch (IOException e) {
            throw new StoreException(Problem.error(folder.toString(), "folder", "cannot create the folder of the layer "
                    + layer.label() + ": " + SidecarStore.describe(e)), e);
        }
    }

    /** {@code NAME.annotations.json} for {@code NAME.txt} (any other name keeps its whole name as NAME). */
    static String sidecarName(Path article) {
        String name = article.getFileName().toString();
        String base = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        return base + SidecarFormat.SUFFIX;
    }

    /** The layers that hold a sidecar of this article, curated first. */
    public List<Layer> layersOf(Path article) throws StoreException {
        List<Layer> out = new ArrayList<>();
        if (Files.isRegularFile(sidecar(article, Layer.CURATED))) {
            out.add(Layer.CURATED);
        }
        for (Layer l : annotatorLayers()) {
            if (Files.isRegularFile(sidecar(article, l))) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean readTeamFlag(Path file) throws StoreException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        JsonElement root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = StrictJson.parse(in);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(Problem.error(file.toString(), StrictJson.location(e),
                    "cannot read the corpus settings (" + StrictJson.message(e) + ")"), e);
        }
        if (!root.isJsonObject()) {
            throw new StoreException(Problem.error(file.toString(), "line 1, column 1", "expected a JSON object"));
        }
        JsonElement team = root.getAsJsonObject().get("team");
        if (team == null || team.isJsonNull()) {
            return false;
        }
        if (!team.isJsonPrimitive() || !team.getAsJsonPrimitive().isBoolean()) {
            throw new StoreException(Problem.error(file.toString(), "team", "expected true or false, found " + team));
        }
        return team.getAsBoolean();
    }
}
