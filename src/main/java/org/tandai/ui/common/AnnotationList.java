package org.tandai.ui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandai.model.Annotation;
import org.tandai.model.Status;
import org.tandai.store.SidecarFormat;
import org.tandai.suggest.Suggestions;

/**
 * The model-to-FX bridge for one kind of annotation: an observable list, in text order, kept in
 * step with a {@link DocumentSession} change by change (an edit swaps one element, it does not
 * rebuild the list), so tables stay fast and keep their selection.
 */
public final class AnnotationList<T extends Annotation> {
    private final Class<T> type;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final Consumer<List<Change>> listener = this::apply;
    private DocumentSession session;

    public AnnotationList(Class<T> type) {
        this.type = type;
    }

    public ObservableList<T> items() {
        return items;
    }

    public DocumentSession session() {
        return session;
    }

    public void setSession(DocumentSession s) {
        if (session != null) {
            session.removeListener(listener);
        }
        session = s;
        List<T> all = new ArrayList<>();
        if (s != null) {
            for (Annotation a : s.document().all()) {
                if (type.isInstance(a) && listed(a)) {
                    all.add(type.cast(a));
                }
            }
            all.sort(SidecarFormat.ORDER);
            s.addListener(listener);
        }
        items.setAll(all);
    }

    /**
     * Panels leave out what a recommender proposed and nobody accepted (it carries a confidence):
     * an open suggestion is listed in the Suggestions tab, a rejected one nowhere (decision 1010).
     * A status set by hand in a form stays listed with its status.
     */
    static boolean listed(Annotation a) {
        return a.status() == Status.ACCEPTED || !a.extras().containsKey(Suggestions.CONFIDENCE);
    }

    public int indexOfId(String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void apply(List<Change> changes) {
        for (Change c : changes) {
            Annotation any = c.after() != null ? c.after() : c.before();
            if (!type.isInstance(any)) {
                continue;
            }
            int i = indexOfId(c.id());
            if (c.after() == null || !listed(c.after())) {
                if (i >= 0) {
                    items.remove(i);
                }
            } else if (i >= 0) {
                items.set(i, type.cast(c.after()));
            } else {
                T a = type.cast(c.after());
                int at = Collections.binarySearch(items, a, SidecarFormat.ORDER);
                items.add(at < 0 ? -at - 1 : at, a);
            }
        }
    }
}
