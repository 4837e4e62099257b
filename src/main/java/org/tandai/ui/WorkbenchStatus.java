package org.tandai.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;
import org.tandai.model.AnnotatedDocument;

/** The status bar: the last message on the left; file, saved state, counts, the open layer and annotator on the right. */
final class WorkbenchStatus {
    private final StatusBar bar = new StatusBar();
    private final Label fileLabel = item("file-status");
    private final Label savedLabel = item("saved-status");
    private final Label annotatorLabel = item("annotator-status");
    private final Label countsLabel = item("counts-status");
    private final Label layerLabel = item("layer-status");

    /** {@code layer} is "layer: SLUG" in a team corpus and empty otherwise. */
    WorkbenchStatus(ObservableStringValue message, ObservableStringValue annotator, ObservableStringValue layer) {
        bar.textProperty().bind(message);
        bar.getRightItems().addAll(fileLabel, savedLabel, countsLabel, layerLabel, annotatorLabel);
        layerLabel.textProperty().bind(layer);
        annotatorLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "Annotator: " + annotator.get(), annotator));
    }

    private static Label item(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("status-item");
        return l;
    }

    StatusBar bar() {
        return bar;
    }

    void showFile(String name) {
        fileLabel.setText(name == null ? "" : name);
    }

    /** The counts of the open document ("1 claim", relations once there are some), or nothing when none is open. */
    void showCounts(AnnotatedDocument d) {
        countsLabel.setText(d == null ? "" : counts(d));
    }

    static String counts(AnnotatedDocument d) {
        String text = count(d.entities().size(), "entity", "entities") + " \u00b7 " + count(d.mentionCount(), "mention", "mentions")
                + " \u00b7 " + count(d.claims().size(), "claim", "claims") + " \u00b7 " + count(d.sources().size(), "source", "sources");
        return d.relations().isEmpty() ? text : text + " \u00b7 " + count(d.relations().size(), "relation", "relations");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    void showSaved(boolean open, boolean readOnly, boolean saving, boolean dirty) {
        savedLabel.setText(!open ? "" : readOnly ? "Read-only" : saving ? "Saving\u2026"
                : dirty ? "Unsaved changes" : "All changes saved");
        savedLabel.getStyleClass().remove("unsaved");
        if (dirty) {
            savedLabel.getStyleClass().add("unsaved");
        }
    }
}
