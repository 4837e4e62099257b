package org.tandai.ui.guard;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tandai.store.ArticleLock;
import org.tandai.store.DocumentFiles;
import org.tandai.store.StoreException;

/**
 * The (article, layer) pairs one window holds open ({@link ArticleLock}): the one shown, and briefly the one
 * being opened (or read ahead at start-up). Claimed on the file thread while an article is read,
 * given up when another is shown or the window closes.
 */
final class OpenArticles {
    private final Map<Path, ArticleLock> held = new ConcurrentHashMap<>();

    /** Takes the article for this window; returns who else has it open, or null when it is ours. */
    String claim(DocumentFiles files, String annotator, Instant now) throws StoreException {
        Path key = key(files);
        if (held.containsKey(key)) {
            return null;
        }
        ArticleLock.Claim c = ArticleLock.claim(files, annotator, now);
        if (c.lock() != null) {
            held.put(key, c.lock());
        }
        return c.heldBy();
    }

    /** Gives up every article held except {@code keep} (null: all). */
    void releaseAllBut(DocumentFiles keep) {
        Path k = keep == null ? null : key(keep);
        held.entrySet().removeIf(e -> {
            if (e.getKey().equals(k)) {
                return false;
            }
            e.getValue().close();
            return true;
        });
    }

    /** True when another window or process has the article open (not this one). */
    boolean isOpenElsewhere(DocumentFiles files) {
        return !held.containsKey(key(files)) && ArticleLock.heldBy(files).isPresent();
    }

    /** One lock per (article, layer): its lock file. */
    private static Path key(DocumentFiles files) {
        return files.lock().toAbsolutePath().normalize();
    }
}
