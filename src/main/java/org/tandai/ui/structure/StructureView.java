package org.tandai.ui.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.tandai.i18n.Messages;
import org.tandai.model.TagSet;
import org.tandai.ui.common.DocumentSession;

/**
 * The structure overlay: a pane over the article's text area that draws, for the visible
 * paragraphs only, the type labels, the nesting bands and the arcs (decision 1140). It redraws at
 * most once per pulse, after that pulse's layout, and only when the view, the document, the
 * selection or a View switch changed. Only the bands take clicks; everything else lets them
 * through to the text.
 */
public final class StructureView extends Pane {
    /** Height of a nesting band and the step between two depths, in pixels. */
    static final double BAND = 2.5;
    static final double BAND_STEP = 3.5;
    static final Font LABEL_FONT = Font.font(10);

    private final StructureViewModel vm;
    private final StyleClassedTextArea area;
    private final Messages messages;
    private final Runnable pulse = this::pulse;
    private final Consumer<List<org.tandai.ui.common.Change>> onChange = c -> invalidate();
    private final ArcShapes arcShapes;
    private boolean dirty = true;
    private List<Object> lastKey = List.of();
    private long lastNanos;
    private int redraws;
    private TextGeometry geometry;

    public StructureView(StructureViewModel vm, StyleClassedTextArea area, Messages messages) {
        this.vm = vm;
        this.area = area;
        this.messages = messages;
        this.arcShapes = new ArcShapes(this);
        setId("structure-overlay");
        getStyleClass().add("structure-overlay");
        setPickOnBounds(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(area.widthProperty());
        clip.heightProperty().bind(area.heightProperty());
        setClip(clip);
        vm.labelsProperty().addListener((o, a, b) -> labelModeChanged());
        vm.allArcsProperty().addListener((o, a, b) -> invalidate());
        vm.selection().property().addListener((o, a, b) -> invalidate());
        vm.article().sessionProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removeListener(onChange);
            }
            if (now != null) {
                now.addListener(onChange);
            }
            invalidate();
        });
        sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(pulse);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(pulse);
            }
        });
        labelModeChanged();
    }

    /** Something the overlay shows changed: redraw after the next pulse's layout. */
    public void invalidate() {
        dirty = true;
        Platform.requestNextPulse();
    }

    private void labelModeChanged() {
        area.getStyleClass().removeAll("labels-normal", "labels-compact");
        switch (vm.labelsProperty().get()) {
            case NORMAL -> area.getStyleClass().add("labels-normal");
            case COMPACT -> area.getStyleClass().add("labels-compact");
            default -> { }
        }
        invalidate();
    }

    /** Nanoseconds the last redraw took (for the benchmark). */
    public long lastRedrawNanos() {
        return lastNanos;
    }

    /** How many times the overlay was redrawn (a test's check that updates are coalesced). */
    public int redraws() {
        return redraws;
    }

    private void pulse() {
        Scene scene = getScene();
        if (scene == null) {
            return;
        }
        List<Object> key = List.of(area.getEstimatedScrollY(), area.getEstimatedScrollX(), area.getWidth(),
                area.getHeight(), area.getLength(), area.getTotalHeightEstimate());
        if (!dirty && key.equals(lastKey)) {
            return;
        }
        dirty = false;
        lastKey = key;
        long t0 = System.nanoTime();
        redraw();
        lastNanos = System.nanoTime() - t0;
        redraws++;
    }

    /** Draws the structure of the visible paragraphs now. */
    public void redraw() {
        getChildren().clear();
        DocumentSession s = vm.article().session();
        if (s == null || area.getLength() == 0 || area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        int firstPar = area.firstVisibleParToAllParIndex();
        int lastPar = area.lastVisibleParToAllParIndex();
        int from = area.getAbsolutePosition(firstPar, 0);
        int to = Math.min(area.getLength(), area.getAbsolutePosition(lastPar, area.getParagraphLength(lastPar)) + 1);
        Structure st = vm.compute(from, to);
        geometry = new TextGeometry(area, this, vm.article().textProperty().get(), from, to);
        Map<String, Color> colors = colors(s.tags());
        List<Node> nodes = new ArrayList<>();
        for (Structure.Band b : st.bands()) {
            bands(b, colors, nodes);
        }
        new LabelShapes(geometry, colors).draw(st.labels(), vm.labelsProperty().get(), getWidth(), nodes);
        arcShapes.draw(st.arcs(), geometry, nodes, messages);
        getChildren().setAll(nodes);
        applyCss();
    }

    TextGeometry geometry() {
        return geometry;
    }

    /**
     * The line spacing tandai.css gives the area in each label mode (".paragraph-text",
     * ".labels-normal", ".labels-compact"): a character's box reaches down through it, and the
     * bands below a line belong right under the glyphs, not at the top of the next line.
     */
    static double lineSpacing(StructureViewModel.LabelMode mode) {
        return switch (mode) {
            case NORMAL -> 20;
            case COMPACT -> 7;
            case OFF -> 2;
        };
    }

    /** One rectangle per line the piece runs over: entity bands along the top, claim and content bands below. */
    private void bands(Structure.Band b, Map<String, Color> colors, List<Node> nodes) {
        Structure.Piece p = b.piece();
        for (Bounds line : geometry.lines(p.start(), p.end())) {
            double y = p.kind() == Structure.Kind.ENTITY ? line.getMinY() + b.depth() * BAND_STEP
                    : line.getMaxY() - lineSpacing(vm.labelsProperty().get()) + 1 + b.depth() * BAND_STEP;
            Rectangle r = new Rectangle(line.getMinX(), y, Math.max(1, line.getWidth()), BAND);
            r.getStyleClass().addAll("nesting-band", "band-" + p.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (p.kind() == Structure.Kind.ENTITY) {
                r.setFill(colors.getOrDefault(p.type(), Color.GRAY));
            }
            r.setUserData(b);
            r.setCursor(Cursor.HAND);
            r.setOnMouseClicked(e -> {
                vm.selection().select(p.owner(), vm.article().spanAt(p.owner(), p.start()));
                e.consume();
            });
            nodes.add(r);
        }
    }

    private final Map<TagSet, Map<String, Color>> colorCache = new HashMap<>();

    private Map<String, Color> colors(TagSet tags) {
        return colorCache.computeIfAbsent(tags, t -> {
            Map<String, Color> out = new HashMap<>();
            for (TagSet.EntityType et : t.entityTypes()) {
                try {
                    out.put(et.name(), Color.web(et.color()));
                } catch (RuntimeException e) {
                    out.put(et.name(), Color.GRAY); // a tag set colour the toolkit cannot read
                }
            }
            return out;
        });
    }

    /** A box in this pane's coordinates. */
    static Bounds box(double x, double y, double w, double h) {
        return new BoundingBox(x, y, w, h);
    }
}
