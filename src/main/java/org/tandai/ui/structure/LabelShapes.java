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
 * labels are laid left to right, the shortest span first where several start together (the most
 * specific keeps its place): one that would cover the one before it moves right, so none is drawn
 * over another (decision 1141).
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
            Bounds line = geometry.start(l.piece().start());
            if (line != null) {
                lines.computeIfAbsent(Math.round(line.getMinY()), k -> new ArrayList<>()).add(new Placed(l, line));
            }
        }
        for (List<Placed> line : lines.values()) {
            line.sort(Comparator.comparingDouble((Placed p) -> p.line().getMinX()).thenComparingInt(p -> p.label().piece().length()));
            double[] rights = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
            for (Placed p : line) {
                if (mode == StructureViewModel.LabelMode.COMPACT) {
                    rights[0] = tick(p, rights[0], out);
                } else {
                    tag(p, rights, width, out);
                }
            }
        }
    }

    /**
     * A tag: a tinted box with the code, in the first row above the line where it fits; when the
     * line's end leaves no room, in a second row above the first. {@code rights} holds each row's
     * right edge so far.
     */
    private void tag(Placed p, double[] rights, double width, List<Node> out) {
        Structure.Piece piece = p.label().piece();
        Text t = new Text(p.label().text());
        t.setFont(StructureView.LABEL_FONT);
        t.setTextOrigin(VPos.TOP);
        t.getStyleClass().addAll("span-label", "label-" + kind(piece));
        double w = Math.ceil(t.getLayoutBounds().getWidth()) + 4;
        int row = 0;
        double x = Math.max(p.line().getMinX(), rights[0] + GAP);
        if (x + w > width - 2) {
            row = 1;
            x = Math.max(0, Math.min(Math.max(p.line().getMinX(), rights[1] + GAP), width - w - 2));
        }
        rights[row] = x + w;
        double y = p.line().getMinY() - (HEIGHT + 1) * (row + 1);
        Rectangle box = new Rectangle(x, y, w, HEIGHT);
        box.setArcWidth(3);
        box.setArcHeight(3);
        box.getStyleClass().addAll("span-label-box", "label-box-" + kind(piece));
        if (piece.kind() == Structure.Kind.ENTITY) {
            Color c = colors.getOrDefault(piece.type(), Color.GRAY);
            box.setFill(c.interpolate(Color.WHITE, 0.72)); // opaque: a tag in the second row covers the line above
            box.setStroke(c);
        }
        t.setX(x + 2);
        t.setY(y + 0.5);
        t.setUserData(p.label());
        box.setMouseTransparent(true);
        t.setMouseTransparent(true);
        out.add(box);
        out.add(t);
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
