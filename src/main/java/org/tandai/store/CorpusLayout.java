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

    /** The sidecar of an article in a layer. */
    public Path sidecar(Path article, Layer layer) {
        return folderOf(layer).resolve(SidecarLayout.sidecarFor(article).getFileName());
    }

    /** The article a layer's sidecar annotates: always beside the curated sidecar, in the corpus folder. */
    public Path articleOf(Path sidecar) {
        return dir.resolve(SidecarLayout.articleFor(sidecar).getFileName());
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
