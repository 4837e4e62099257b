package org.tandai.ui.transfer;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The lower half of the export and import dialogs: a progress bar with done / total and the
 * current article, Cancel, the one-line summary and the problems in a scrollable, read-only area.
 * Bound once to a {@link TransferJob} that lives as long as the dialog.
 */
final class ProgressSection extends VBox {
    ProgressSection(TransferJob job, String idPrefix) {
        super(6);
        ProgressBar bar = new ProgressBar();
        bar.setId(idPrefix + "-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(job.fractionProperty());
        bar.visibleProperty().bind(job.runningProperty().or(job.fractionProperty().greaterThan(0)));
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(job.messages().get("transfer.cancel"));
        cancel.setId(idPrefix + "-cancel");
        cancel.disableProperty().bind(job.runningProperty().not());
        cancel.setOnAction(e -> job.cancel());
        HBox row = new HBox(8, bar, cancel);
        Label item = new Label();
        item.setId(idPrefix + "-item");
        item.textProperty().bind(job.progressTextProperty());
        Label summary = new Label();
        summary.setId(idPrefix + "-summary");
        summary.setWrapText(true);
        // Let the summary take the lines it needs instead of ending in "…".
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(job.summaryProperty());
        TextArea problems = new TextArea();
        problems.setId(idPrefix + "-problems");
        problems.setEditable(false);
        problems.setWrapText(false);
        problems.setPrefRowCount(8);
        problems.getStyleClass().add("transfer-problems");
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", job.problems()), job.problems()));
        // Always laid out, so the dialog is sized for it from the start and no button moves out of view.
        problems.setPromptText(job.messages().get("transfer.problemsPrompt"));
        VBox.setVgrow(problems, Priority.ALWAYS);
        getChildren().addAll(row, item, summary, problems);
    }
}
