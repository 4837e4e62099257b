package org.tandai.ui.structure;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.tandai.i18n.Messages;

/**
 * The arcs: a curve from the top of one span to the top of the other, rising above the lines
 * between them, with an arrowhead at the far end and a small label at its height. An end whose
 * paragraph is not visible is drawn at the top edge (it is earlier) or the bottom edge (later).
 */
final class ArcShapes {
    /** The properties under which a curve keeps its two ends (for tests and tooltips). */
    static final String FROM = "arc-from";
    static final String TO = "arc-to";

    private final Pane overlay;

    ArcShapes(Pane overlay) {
        this.overlay = overlay;
    }

    void draw(List<Structure.Arc> arcs, TextGeometry g, List<Node> out, Messages messages) {
        for (Structure.Arc a : arcs) {
            Point2D p1 = end(g, a.fromStart(), a.fromEnd(), null);
            Point2D p2 = end(g, a.toStart(), a.toEnd(), p1);
            if (p1 == null && p2 == null) {
                continue; // both ends off screen: nothing of it is in view
            }
            if (p1 == null) {
                p1 = edge(g, a.fromStart(), p2);
            }
            if (p2 == null) {
                p2 = edge(g, a.toStart(), p1);
            }
            double rise = Math.min(70, 14 + Math.abs(p2.getX() - p1.getX()) * 0.12 + Math.abs(p2.getY() - p1.getY()) * 0.3);
            double top = Math.max(2, Math.min(p1.getY(), p2.getY()) - rise);
            Path path = new Path(new MoveTo(p1.getX(), p1.getY()),
                    new CubicCurveTo(p1.getX(), top, p2.getX(), top, p2.getX(), p2.getY()));
            path.getStyleClass().addAll("arc", "arc-" + cssKind(a.kind()));
            path.setUserData(a);
            path.getProperties().put(FROM, p1);
            path.getProperties().put(TO, p2);
            path.setMouseTransparent(true);
            Polygon head = new Polygon(p2.getX(), p2.getY(), p2.getX() - 3.5, p2.getY() - 7, p2.getX() + 3.5, p2.getY() - 7);
            head.getStyleClass().addAll("arc-head", "arc-" + cssKind(a.kind()));
            head.setMouseTransparent(true);
            Text label = new Text(text(a, messages));
            label.setFont(StructureView.LABEL_FONT);
            label.setTextOrigin(VPos.BOTTOM);
            label.setTextAlignment(TextAlignment.CENTER);
            label.getStyleClass().add("arc-label");
            double midY = (p1.getY() + 6 * top + p2.getY()) / 8; // the curve's height at its middle
            label.setX((p1.getX() + p2.getX()) / 2 - label.getLayoutBounds().getWidth() / 2);
            label.setY(Math.max(10, midY - 1));
            label.setMouseTransparent(true);
            out.add(path);
            out.add(head);
            out.add(label);
        }
    }

    private static String text(Structure.Arc a, Messages messages) {
        return switch (a.kind()) {
            case Arcs.SPEAKER -> messages.get("arcs.speaker");
            case Arcs.CONTENT -> messages.get("arcs.content");
            case Arcs.VIA -> messages.get("arcs.via");
            default -> a.label();
        };
    }

    private static String cssKind(String kind) {
        return switch (kind) {
            case Arcs.SPEAKER, Arcs.CONTENT, Arcs.VIA -> kind;
            default -> Arcs.RELATION;
        };
    }

    /** The top middle of the first line of the span, or null when it is not in view. */
    private static Point2D end(TextGeometry g, int a, int b, Point2D other) {
        Bounds line = g.firstLine(a, b);
        if (line == null) {
            return null;
        }
        double x = line.getMinX() + line.getWidth() / 2;
        if (other != null && Math.abs(other.getX() - x) < 0.5 && Math.abs(other.getY() - line.getMinY()) < 0.5) {
            x += 2; // two ends on one spot still make a visible loop
        }
        return new Point2D(x, line.getMinY());
    }

    private Point2D edge(TextGeometry g, int a, Point2D other) {
        double bottom = overlay.getClip() instanceof javafx.scene.shape.Rectangle r ? r.getHeight() : overlay.getHeight();
        double y = g.before(a) ? 0 : bottom - 1;
        return new Point2D(other.getX() + (g.before(a) ? -24 : 24), y);
    }
}
