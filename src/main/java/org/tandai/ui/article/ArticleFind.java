package org.tandai.ui.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tandai.ui.common.DocumentSession;

/**
 * Find in the article: every case-insensitive occurrence of the query wears {@code find-match},
 * the one Enter moved to also {@code find-current} (decision 1100). A search belongs to its
 * corpus: showing an article of another folder clears it.
 */
final class ArticleFind {
    private static final String MATCHES = "#find";
    private static final String CURRENT = "#find-current";

    private final ArticleViewModel vm;
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final List<int[]> matches = new ArrayList<>();
    private int current = -1;
    private Runnable reset = () -> { };
    /** The corpus folder of the last document shown, to tell a switch of corpus from one of article. */
    private Path folder;

    ArticleFind(ArticleViewModel vm) {
        this.vm = vm;
        query.addListener((o, old, now) -> find(now));
    }

    StringProperty queryProperty() {
        return query;
    }

    ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Runs when a switch to another corpus folder cleared the find (the view closes its find bar). */
    void setReset(Runnable r) {
        reset = r;
    }

    /** A document is shown (its text already set): the query is searched in it, or dropped for another corpus. */
    void documentShown(DocumentSession now) {
        Path dir = now == null ? null : now.article().toAbsolutePath().getParent();
        if (dir != null && folder != null && !dir.equals(folder) && !query.get().isEmpty()) {
            query.set("");
            reset.run();
        }
        folder = dir != null ? dir : folder;
        find(query.get());
    }

    /** Highlights every case-insensitive occurrence of the query. */
    private void find(String q) {
        DirtyRanges dirty = new DirtyRanges();
        dirty.addAll(vm.index().remove(MATCHES));
        dirty.addAll(vm.index().remove(CURRENT));
        matches.clear();
        current = -1;
        String t = vm.textProperty().get();
        List<HighlightIndex.Seg> segs = new ArrayList<>();
        if (q != null && !q.isEmpty() && t != null) {
            int n = q.length();
            for (int i = 0; i + n <= t.length(); i++) {
                if (t.regionMatches(true, i, q, 0, n)) {
                    matches.add(new int[] {i, i + n});
                    segs.add(new HighlightIndex.Seg(i, i + n, "find-match", MATCHES));
                    i += n - 1;
                }
            }
        }
        vm.index().add(segs);
        dirty.addAll(segs);
        count.set(matches.size());
        vm.restyle(dirty);
    }

    /** Selects the next (or previous) match after the caret; returns false when there is none. */
    boolean next(boolean forward) {
        if (matches.isEmpty()) {
            return false;
        }
        if (current < 0) {
            int caret = Math.max(vm.selectionStartProperty().get(), vm.selectionEndProperty().get());
            current = 0;
            for (int i = 0; i < matches.size(); i++) {
                if (matches.get(i)[0] >= caret) {
                    current = i;
                    break;
                }
            }
            if (!forward) {
                current = (current - 1 + matches.size()) % matches.size();
            }
        } else {
            current = (current + (forward ? 1 : -1) + matches.size()) % matches.size();
        }
        int[] m = matches.get(current);
        // The current match wears a class of its own, so it stands out from the others.
        DirtyRanges dirty = new DirtyRanges();
        dirty.addAll(vm.index().remove(CURRENT));
        List<HighlightIndex.Seg> cur = List.of(new HighlightIndex.Seg(m[0], m[1], "find-current", CURRENT));
        vm.index().add(cur);
        dirty.addAll(cur);
        vm.restyle(dirty);
        vm.selectText(m[0], m[1]);
        return true;
    }

    /** "3 of 12", "no matches" or "" for the find bar. */
    String status(org.tandai.i18n.Messages messages) {
        if (query.get() == null || query.get().isEmpty()) {
            return "";
        }
        if (matches.isEmpty()) {
            return messages.get("find.none");
        }
        return current < 0 ? messages.get("find.count", matches.size()) : messages.get("find.position", current + 1, matches.size());
    }
}
