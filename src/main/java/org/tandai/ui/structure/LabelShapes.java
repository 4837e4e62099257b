package org.tandai.ui.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The type labels over the spans: a small tag with the code ("ORG", "Claim") in the room the
 * labels' line spacing leaves above each line, or in compact mode a coloured tick. On one line the
 * labels are laid left to right: one that would cover the one before it moves right, so none is
 * drawn over another (decision 1141).
 */
final class LabelShapes {
    /** Height of a label's tag; the line spacing of "labels-normal" in tandai.css leaves room for it. */
    static final double HEIGHT = 12;
    static final double GAP = 2;

    private final TextGeometry geometry;
    private final Map<String, Color> colors;

    LabelShapes(TextGeometry geometry, Map<String, Color> colors) {
        this.geometry = geometry;
        this.colors = colors;
    }

    private record Placed(Structure.Label label, Bounds line) {
    }

    void draw(List<Structure.Label> labels, StructureViewModel.LabelMode mode, double width, List<Node> out) {
        if (mode == StructureViewModel.LabelMode.OFF || labels.isEmpty()) {
            return;
        }
        // Lines by their top, each line's labels by x, so a shifted label never lands on the next one.
        Map<Long, List<Placed>> lines = new TreeMap<>();
        for (Structure.Label l : labels) {
            Bounds line = geometry.firstLine(l.piece().start(), l.piece().end());
            if (line != null) {
                lines.computeIfAbsent(Math.round(line.getMinY()), k -> new ArrayList<>()).add(new Placed(l, line));
            }
        }
        for (List<Placed> line : lines.values()) {
            line.sort(Comparator.comparingDouble((Placed p) -> p.line().getMinX()).thenComparing(p -> -p.label().piece().end()));
            double right = Double.NEGATIVE_INFINITY;
            for (Placed p : line) {
                right = mode == StructureViewModel.LabelMode.COMPACT ? tick(p, right, out) : tag(p, right, width, out);
            }
        }
    }

    /** A tag: a tinted box with the code; returns its right edge. */
    private double tag(Placed p, double right, double width, List<Node> out) {
        Structure.Piece piece = p.label().piece();
        Text t = new Text(p.label().text());
        t.setFont(StructureView.LABEL_FONT);
        t.setTextOrigin(VPos.TOP);
        t.getStyleClass().addAll("span-label", "label-" + kind(piece));
        double w = Math.ceil(t.getLayoutBounds().getWidth()) + 4;
        double x = Math.max(p.line().getMinX(), right + GAP);
        x = Math.max(0, Math.min(x, width - w - 2));
        double y = p.line().getMinY() - HEIGHT - 1;
        Rectangle box = new Rectangle(x, y, w, HEIGHT);
        box.setArcWidth(3);
        box.setArcHeight(3);
        box.getStyleClass().addAll("span-label-box", "label-box-" + kind(piece));
        if (piece.kind() == Structure.Kind.ENTITY) {
            Color c = colors.getOrDefault(piece.type(), Color.GRAY);
            box.setFill(c.deriveColor(0, 1, 1, 0.28));
            box.setStroke(c);
        }
        t.setX(x + 2);
        t.setY(y + 0.5);
        t.setUserData(p.label());
        box.setMouseTransparent(true);
        t.setMouseTransparent(true);
        out.add(box);
        out.add(t);
        return x + w;
    }

    /** Compact: a short coloured tick over the span's first character. */
    private double tick(Placed p, double right, List<Node> out) {
        Structure.Piece piece = p.label().piece();
        double x = Math.max(p.line().getMinX(), right + 1);
        Rectangle r = new Rectangle(x, p.line().getMinY() - 5, 4, 4);
        r.getStyleClass().addAll("span-tick", "label-box-" + kind(piece));
        if (piece.kind() == Structure.Kind.ENTITY) {
            r.setFill(colors.getOrDefault(piece.type(), Color.GRAY));
        }
        r.setUserData(p.label());
        r.setMouseTransparent(true);
        out.add(r);
        return x + 4;
    }

    private static String kind(Structure.Piece p) {
        return p.kind().name().toLowerCase(Locale.ROOT);
    }
}
