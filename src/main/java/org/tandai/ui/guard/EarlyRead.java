package org.tandai.ui.guard;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.tandai.store.Corpus;
import org.tandai.store.CorpusLayout;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Layer;
import org.tandai.store.StoreException;
import org.tandai.store.TagSetStore;
import org.tandai.ui.common.TaskRunner;

/**
 * The read of the article a folder will open on, started before the window asks for it
 * ({@link DocumentLifecycle#prefetch}): at start-up it overlaps building and showing the window.
 * The next open takes it if it is for the same (article, layer) and neither file changed since.
 */
final class EarlyRead {
    private final TaskRunner tasks;
    private final DocumentGuard guard;
    /** The read started last, until the next open takes or drops it. */
    private CompletableFuture<Prepared> read;

    EarlyRead(TaskRunner tasks, DocumentGuard guard) {
        this.tasks = tasks;
        this.guard = guard;
    }

    /** Starts reading, on the file thread, the article {@link #firstToOpen} picks in {@code dir}. */
    void start(Path dir, String lastArticle, Layer in) {
        CompletableFuture<Prepared> r = new CompletableFuture<>();
        read = r;
        tasks.run("prefetch", () -> {
            try {
                Corpus corpus = new Corpus(dir);
                Path article = firstToOpen(corpus.articles(), lastArticle);
                r.complete(article == null ? null : guard.prepare(CorpusLayout.withTeamFlag(corpus.dir(), false)
                        .files(article, in), TagSetStore.load(corpus.dir()).tagSet()));
            } catch (StoreException | RuntimeException e) {
                r.completeExceptionally(e);
            }
            return null;
        }, x -> { }, e -> { });
    }

    /** The read started last, or null; either way the next call returns null. */
    CompletableFuture<Prepared> take() {
        CompletableFuture<Prepared> r = read;
        read = null;
        return r;
    }

    /** The article a folder opens on: the one last worked on when the folder has it, else the first. */
    static Path firstToOpen(List<Path> articles, String lastArticle) {
        for (Path p : articles) {
            if (p.getFileName().toString().equals(lastArticle)) {
                return p;
            }
        }
        return articles.isEmpty() ? null : articles.get(0);
    }

    /** On the file thread: the early read of {@code files} if it is done, succeeded and still matches the disk. */
    static Prepared takeIfFresh(CompletableFuture<Prepared> read, DocumentFiles files) {
        Prepared p = read == null ? null : read.getNow(null);
        if (p == null || !p.files().equals(files)
                || !p.opened().sidecar().looksUnchanged(files.sidecar())
                || !p.opened().article().looksUnchanged(files.article())) {
            return null;
        }
        return p;
    }
}
