package org.tandai.ui.guard;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tandai.model.Anchor;
import org.tandai.model.Span;
import org.tandai.ui.common.Describe;

/**
 * The Orphans tab: a table of orphaned and review-marked spans with their old quotes, and two
 * buttons. {@code selection} supplies the article's current selection (code points) and
 * {@code status} receives what happened.
 */
public final class OrphansView extends VBox {
    private final OrphansViewModel vm;
    private final TableView<ReviewItem> table = new TableView<>();
    private final Supplier<Span> selection;
    private final Consumer<String> status;

    /** {@code reveal} shows a review-marked span in the article when its row is chosen. */
    public OrphansView(OrphansViewModel vm, Supplier<Span> selection, Consumer<Span> reveal, Consumer<String> status,
                       org.tandai.i18n.Messages messages) {
        this.vm = vm;
        this.selection = selection;
        this.status = status;
        table.setId("orphans-table");
        table.setItems(vm.items());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(messages.get("orphans.empty"));
        empty.getStyleClass().add("placeholder-text");
        table.setPlaceholder(empty);
        TableColumn<ReviewItem, String> where = new TableColumn<>(messages.get("orphans.col.where"));
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().location()));
        where.setPrefWidth(110);
        TableColumn<ReviewItem, String> state = new TableColumn<>(messages.get("orphans.col.state"));
        state.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                messages.get(c.getValue().anchor() == Anchor.ORPHANED ? "orphans.state.orphaned" : "orphans.state.review")));
        state.setPrefWidth(70);
        TableColumn<ReviewItem, String> quote = new TableColumn<>(messages.get("orphans.col.quote"));
        quote.setCellValueFactory(c -> new ReadOnlyStringWrapper(Describe.shorten(c.getValue().span().exact(), 80)));
        quote.setPrefWidth(200);
        table.getColumns().addAll(List.of(where, state, quote));
        VBox.setVgrow(table, Priority.ALWAYS);
        // Review-marked spans sit on their new text, so show it; an orphan's old offsets mean nothing now.
        table.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> {
            if (item != null && item.anchor() == Anchor.REVIEW) {
                reveal.accept(item.span());
            }
        });

        Button reattach = new Button(messages.get("orphans.reattach"));
        reattach.setId("reattach-button");
        reattach.setOnAction(e -> reattachSelected());
        reattach.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button clear = new Button(messages.get("orphans.clearReview"));
        clear.setId("clear-review-button");
        clear.setOnAction(e -> clearReviewSelected());
        clear.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label help = new Label(messages.get("orphans.help"));
        help.setWrapText(true);
        getChildren().addAll(help, table, new HBox(6, reattach, clear));
        setSpacing(6);
    }

    public TableView<ReviewItem> table() {
        return table;
    }

    /** Re-attaches the chosen row (or the only row) to the article's selection. */
    public void reattachSelected() {
        status.accept(vm.reattach(chosen(), selection.get()));
    }

    public void clearReviewSelected() {
        status.accept(vm.clearReview(chosen()));
    }

    private ReviewItem chosen() {
        ReviewItem item = table.getSelectionModel().getSelectedItem();
        if (item == null && vm.items().size() == 1) {
            item = vm.items().get(0);
        }
        return item;
    }
}
