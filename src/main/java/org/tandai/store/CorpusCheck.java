package org.tandai.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.tandai.model.TagSet;

/**
 * Walks files and folders given on the command line and visits every annotated article, one at a
 * time so memory stays flat on large corpora. Used by {@code validate} and {@code stats}. A
 * sidecar still at an older format version gets a warning saying so (it is valid, and migrated).
 */
public final class CorpusCheck {

    /** One article's result: what loaded (may have a null document) and every problem. */
    public record Visit(Path article, SidecarStore.Loaded loaded, List<Problem> problems) {
    }

    private final SidecarStore store;

    public CorpusCheck(SidecarStore store) {
        this.store = store;
    }

    /**
     * Expands paths into articles: a folder gives its {@code *.txt} files that have sidecars (and
     * sidecars whose article is missing, reported as problems); a {@code .txt} or a sidecar gives
     * its article. Problems with the paths themselves go to {@code problems}.
     */
    public List<Path> expand(List<Path> paths, List<Problem> problems) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(p, "*" + SidecarFormat.SUFFIX)) {
                    for (Path sidecar : ds) {
                        found.add(articleFor(sidecar));
                    }
                } catch (IOException e) {
                    problems.add(Problem.error(p.toString(), "folder", "cannot list: " + SidecarStore.describe(e)));
                }
                found.sort(null);
                out.addAll(found);
            } else if (p.getFileName() != null && p.getFileName().toString().endsWith(SidecarFormat.SUFFIX)) {
                out.add(articleFor(p));
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                problems.add(Problem.error(p.toString(), "file", "no such file or folder"));
            }
        }
        return new ArrayList<>(out);
    }

    static Path articleFor(Path sidecar) {
        return SidecarLayout.articleFor(sidecar);
    }

    /**
     * The notice {@code validate} prints for a sidecar still at an older format version: it is
     * valid and loads (migrated), and its first save upgrades it, keeping the original aside.
     */
    static Problem olderVersionNotice(Path article, int version) {
        return Problem.warning(SidecarLayout.sidecarFor(article).toString(), "version", "still at format version "
                + version + "; it loads as version " + SidecarFormat.VERSION + ", and its next save writes version "
                + SidecarFormat.VERSION + " and keeps this file as " + SidecarLayout.v1BackupFor(article).getFileName());
    }

    /** Loads and validates each article in turn, with the tag set of its folder. */
    public void visit(List<Path> articles, Consumer<Visit> visitor) {
        Path lastDir = null;
        TagSetStore.Result tags = null;
        for (Path article : articles) {
            Path dir = article.toAbsolutePath().getParent();
            List<Problem> problems = new ArrayList<>();
            if (!dir.equals(lastDir)) {
                tags = TagSetStore.load(dir);
                problems.addAll(tags.problems());
                problems.addAll(TempFiles.report(dir));
                lastDir = dir;
            }
            if (!Files.exists(article) && Files.exists(SidecarStore.sidecarFor(article))) {
                problems.add(Problem.error(SidecarStore.sidecarFor(article).toString(), "document.file",
                        "the article " + article.getFileName() + " is missing"));
                visitor.accept(new Visit(article, null, problems));
                continue;
            }
            try {
                SidecarStore.Loaded loaded = store.load(article, tags.tagSet());
                if (loaded.olderVersion()) {
                    problems.add(olderVersionNotice(article, loaded.fileVersion()));
                }
                problems.addAll(loaded.problems());
                visitor.accept(new Visit(article, loaded, problems));
            } catch (StoreException e) {
                problems.add(e.problem());
                visitor.accept(new Visit(article, null, problems));
            }
        }
    }

    /** The tag set for a folder, for callers that need it outside a visit. */
    public static TagSet tagSetFor(Path dir) {
        return TagSetStore.load(dir).tagSet();
    }
}
