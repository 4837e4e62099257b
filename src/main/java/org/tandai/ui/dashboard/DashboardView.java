package org.tandai.ui.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.tandai.dashboard.CorpusSummary;
import org.tandai.i18n.Messages;

/**
 * The dashboard window: a header with what was counted and the progress bar, then the charts two
 * by two, each in a card with its "Save as PNG…" button (also in the chart's context menu). A
 * chart with nothing to draw says so instead of showing empty axes; the agreement card says it
 * needs two annotators in a corpus without two annotators' layers.
 */
final class DashboardView {
    private final DashboardViewModel vm;
    private final Messages messages;
    private final DashboardCharts charts;
    private final Stage stage = new Stage();
    private final Label header = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button refresh;
    private final Map<String, Label> placeholders = new LinkedHashMap<>();
    private final Map<String, Node> cards = new LinkedHashMap<>();
    private final Map<String, Button> saveButtons = new LinkedHashMap<>();

    /** {@code save} gets the chart's id and the node to snapshot. */
    DashboardView(DashboardViewModel vm, Messages messages, Stage owner, BiConsumer<String, Node> save) {
        this.vm = vm;
        this.messages = messages;
        this.charts = new DashboardCharts(messages);
        refresh = new Button(messages.get("dashboard.refresh"));
        refresh.setOnAction(e -> vm.refresh());
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.setPrefWidth(220);
        header.textProperty().bind(vm.messageProperty());
        header.setWrapText(true);
        header.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(header, Priority.ALWAYS);
        HBox top = new HBox(12, header, progress, refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 12, 8, 12));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPadding(new Insets(4, 12, 12, 12));
        for (int c = 0; c < 2; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        int i = 0;
        for (Map.Entry<String, Chart> e : charts.all().entrySet()) {
            Node card = card(e.getKey(), e.getValue(), save);
            cards.put(e.getKey(), card);
            grid.add(card, i % 2, i / 2);
            i++;
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        root.setTop(top);
        Scene scene = new Scene(root, 1100, 760);
        if (owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(messages.get("dashboard.title"));
        vm.summaryProperty().addListener((o, a, s) -> show(s));
        show(vm.summaryProperty().get());
    }

    private Node card(String id, Chart chart, BiConsumer<String, Node> save) {
        chart.setMinHeight(300);
        chart.setPrefHeight(330);
        Label empty = new Label(messages.get(id.equals(DashboardCharts.AGREEMENT) ? "dashboard.needsTwo"
                : "dashboard.nothing"));
        empty.setWrapText(true);
        empty.setMaxWidth(360);
        empty.setPadding(new Insets(8, 12, 8, 12));
        empty.setStyle("-fx-background-color: -fx-background; -fx-background-radius: 4; -fx-font-size: 1.1em;");
        empty.getStyleClass().add("dashboard-placeholder");
        empty.setMouseTransparent(true);
        placeholders.put(id, empty);
        StackPane body = new StackPane(chart, empty);
        Button button = new Button(messages.get("dashboard.savePng"));
        button.setOnAction(e -> save.accept(id, chart));
        saveButtons.put(id, button);
        MenuItem item = new MenuItem(messages.get("dashboard.savePng"));
        item.setOnAction(e -> save.accept(id, chart));
        ContextMenu menu = new ContextMenu(item);
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
        HBox bar = new HBox(button);
        bar.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(4, body, bar);
        card.setPadding(new Insets(6));
        card.getStyleClass().add("dashboard-card");
        card.setStyle("-fx-border-color: derive(-fx-base, -15%); -fx-border-radius: 4;");
        return card;
    }

    private void show(CorpusSummary s) {
        if (s != null) {
            charts.show(s);
        }
        for (Map.Entry<String, Label> e : placeholders.entrySet()) {
            boolean none = s == null || charts.empty(e.getKey());
            e.getValue().setVisible(none);
            charts.get(e.getKey()).setOpacity(none ? 0.35 : 1);
        }
        if (s != null && !s.hasAgreement()) {
            placeholders.get(DashboardCharts.AGREEMENT).setText(messages.get("dashboard.needsTwo"));
        } else if (s != null) {
            placeholders.get(DashboardCharts.AGREEMENT).setText(messages.get("dashboard.nothing"));
        }
    }

    Stage stage() {
        return stage;
    }

    /** The chart with that id ({@link DashboardCharts#DONE}, …). */
    Chart chart(String id) {
        return charts.get(id);
    }

    Label placeholder(String id) {
        return placeholders.get(id);
    }

    /** The "Save as PNG…" button of a chart's card. */
    Button saveButton(String id) {
        return saveButtons.get(id);
    }

    Button refreshButton() {
        return refresh;
    }
}
