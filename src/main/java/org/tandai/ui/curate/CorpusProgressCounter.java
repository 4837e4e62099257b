package org.tandai.ui.curate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tandai.curation.Layers;
import org.tandai.curation.Progress;
import org.tandai.store.Corpus;
import org.tandai.store.CorpusLayout;
import org.tandai.store.StoreException;
import org.tandai.ui.common.TaskRunner;

/**
 * Counts what is left to curate in the other articles of the corpus, from their files, in the
 * background. Each slice of about 50 ms is its own task on the shared file thread, as the corpus
 * list counts annotations, so an open or a save queued meanwhile never waits for the whole corpus.
 * A new count (another article opened) makes the running one stop at its next slice.
 */
final class CorpusProgressCounter {
    /** The other articles' totals so far: done of all counted, and how many could not be read. */
    record Tally(Progress progress, int articlesLeft, int counted, int total, int unreadable) {
        boolean finished() {
            return counted == total;
        }
    }

    private record Listing(CorpusLayout layout, List<Path> others) {
    }

    private static final long SLICE_MS = 50;
    private final TaskRunner tasks;
    private int generation;

    CorpusProgressCounter(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Stops the running count, if any. */
    void cancel() {
        generation++;
    }

    /** Counts every article of {@code dir} but {@code open}; {@code update} gets the tally after each slice. */
    void count(Path dir, Path open, Consumer<Tally> update) {
        int gen = ++generation;
        tasks.run("list articles to curate", () -> {
            List<Path> others = new ArrayList<>(new Corpus(dir).articles());
            others.removeIf(p -> p.toAbsolutePath().normalize().equals(open.toAbsolutePath().normalize()));
            return new Listing(CorpusLayout.of(dir), others);
        }, l -> next(gen, l.layout(), l.others(), new LinkedHashMap<>(), update), e -> { });
    }

    private void next(int gen, CorpusLayout layout, List<Path> others, Map<Path, Progress> done, Consumer<Tally> update) {
        if (gen != generation) {
            return;
        }
        update.accept(tally(others, done));
        if (done.size() >= others.size()) {
            return;
        }
        tasks.run("count what is left to curate", () -> slice(layout, others, done.size()), counted -> {
            done.putAll(counted);
            next(gen, layout, others, done, update);
        }, e -> { });
    }

    private static Map<Path, Progress> slice(CorpusLayout layout, List<Path> articles, int from) {
        long until = System.nanoTime() + SLICE_MS * 1_000_000L;
        Map<Path, Progress> out = new LinkedHashMap<>();
        for (int i = from; i < articles.size() && (out.isEmpty() || System.nanoTime() < until); i++) {
            Progress p;
            try {
                p = Layers.progressOf(layout, articles.get(i));
            } catch (StoreException | RuntimeException e) {
                p = null;
            }
            out.put(articles.get(i), p);
        }
        return out;
    }

    private static Tally tally(List<Path> others, Map<Path, Progress> done) {
        Progress sum = Progress.NONE;
        int left = 0;
        int unreadable = 0;
        for (Progress p : done.values()) {
            if (p == null) {
                unreadable++;
                continue;
            }
            sum = sum.plus(p);
            left += p.remaining() > 0 ? 1 : 0;
        }
        return new Tally(sum, left, done.size(), others.size(), unreadable);
    }
}
