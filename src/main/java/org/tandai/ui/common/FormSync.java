package org.tandai.ui.common;

import java.util.function.Consumer;
import javafx.scene.control.TableView;
import org.tandai.model.Annotation;

/**
 * Keeps a table and the detail form under it in step with the shared selection. While the form or
 * the table is being filled by code, changes are not taken for the user's edits or selections; and
 * text typed into the form commits to the record it was typed for, even if the selection has moved,
 * but never to a record of another document: ids repeat across articles (every article has a c1).
 */
public final class FormSync<T extends Annotation> {
    private final TableView<T> table;
    private final java.util.function.Supplier<DocumentSession> session;
    private boolean syncing;
    private String shownId;
    /** The document {@link #shownId} belongs to. */
    private DocumentSession shownIn;

    public FormSync(TableView<T> table, java.util.function.Supplier<DocumentSession> session) {
        this.table = table;
        this.session = session;
    }

    /** Fills the form from the selected row, and passes the user's row choices on to the selection. */
    public void follow(AnnotationSelection selection, Consumer<T> fill) {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            boolean byUser = !syncing;
            fill.accept(b);
            if (byUser && b != null) {
                selection.select(b.id(), null);
            }
        });
        selection.property().addListener((o, a, b) -> selectFromOutside(b));
    }

    /** Selects the row of an annotation chosen elsewhere (the article, another panel). */
    public void selectFromOutside(AnnotationSelection.Selected sel) {
        quietly(() -> Forms.selectRow(table, sel == null ? null : sel.id()));
    }

    /** Runs {@code f} on the selected row, unless the change came from code. */
    public void withSelected(Consumer<T> f) {
        T item = table.getSelectionModel().getSelectedItem();
        if (!syncing && item != null) {
            f.accept(item);
        }
    }

    /**
     * Runs {@code f} with the id of the record the form shows, unless the change came from code or
     * another document has been opened since it was shown (its text then belongs to no record here).
     */
    public void withShown(Consumer<String> f) {
        if (!syncing && shownId != null && session.get() == shownIn) {
            f.accept(shownId);
        }
    }

    /** The id of the record the form shows, or null. */
    public String shownId() {
        return shownId;
    }

    /**
     * Shows {@code next} in the form: first commits the text still pending for the record shown so
     * far through {@code flush}, then runs {@code fill} as code, not as user edits.
     */
    public void show(T next, Consumer<String> flush, Runnable fill) {
        if (shownId != null && (next == null || !shownId.equals(next.id()))) {
            withShown(flush);
        }
        shownId = next == null ? null : next.id();
        shownIn = session.get();
        quietly(fill);
    }

    /** Runs {@code r} as code: nothing it changes counts as the user's doing. Nests safely. */
    public void quietly(Runnable r) {
        boolean was = syncing;
        syncing = true;
        try {
            r.run();
        } finally {
            syncing = was;
        }
    }
}
