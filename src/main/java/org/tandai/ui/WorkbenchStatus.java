package org.tandai.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;
import org.tandai.i18n.Messages;
import org.tandai.model.AnnotatedDocument;

/** The status bar: the last message on the left; file, saved state, counts, the open layer and annotator on the right. */
final class WorkbenchStatus {
    private final StatusBar bar = new StatusBar();
    private final Messages messages;
    private final Label savedLabel = item("saved-status");
    private final Label annotatorLabel = item("annotator-status");
    private final Label countsLabel = item("counts-status");
    private final Label layerLabel = item("layer-status");

    /** {@code layer} is "layer: SLUG" in a team corpus and empty otherwise. */
    WorkbenchStatus(Messages messages, ObservableStringValue message, ObservableStringValue annotator,
            ObservableStringValue layer) {
        this.messages = messages;
        bar.textProperty().bind(message);
        // The article's name is in the title and over the article, not here: at 1280 px the bar had no room for it.
        bar.getRightItems().addAll(savedLabel, countsLabel, layerLabel, annotatorLabel);
        layerLabel.textProperty().bind(layer);
        annotatorLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("status.annotator", annotator.get()), annotator));
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

    /** The counts of the open document ("1 claim", relations once there are some), or nothing when none is open. */
    void showCounts(AnnotatedDocument d) {
        countsLabel.setText(d == null ? "" : counts(messages, d));
    }

    static String counts(Messages messages, AnnotatedDocument d) {
        String text = messages.get("status.counts", d.entities().size(), d.mentionCount(), d.claims().size(), d.sources().size());
        return d.relations().isEmpty() ? text : text + " \u00b7 " + messages.get("status.counts.relations", d.relations().size());
    }

    void showSaved(boolean open, boolean readOnly, boolean saving, boolean dirty) {
        savedLabel.setText(!open ? "" : messages.get(readOnly ? "status.readOnly" : saving ? "status.saving"
                : dirty ? "status.unsaved" : "status.allSaved"));
        savedLabel.getStyleClass().remove("unsaved");
        if (dirty) {
            savedLabel.getStyleClass().add("unsaved");
        }
    }
}
