package org.tandai.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.tandai.ui.Workbench;
import org.tandai.ui.structure.StructureView;

/**
 * Issue 13's structure overlay on the 1 MB / 10,000-annotation article (a phase of
 * {@link UiBenchmark}, in its window): with labels on and every arc in view drawn, the overlay's
 * own redraw time when scrolling to a random paragraph and after an edit (an entity added, then
 * undone), and the whole action-to-pulse latency of the scroll. The redraw runs in the pulse after
 * layout, so it is part of that frame: its budget is one frame, 16.7 ms.
 */
final class StructureBench {
    interface Latency {
        double of(Runnable action) throws Exception;
    }

    interface OnFx {
        <T> T call(Callable<T> c) throws Exception;
    }

    interface Report {
        void line(String name, List<Double> samples);
    }

    private static final int SAMPLES = 40;

    private StructureBench() {
    }

    static void run(Workbench wb, Scene scene, Latency latency, OnFx fx, Report report) throws Exception {
        StructureView overlay = (StructureView) scene.lookup("#structure-overlay");
        StyleClassedTextArea area = wb.articleView().area();
        fx.call(() -> {
            item(scene, "labels-normal").fire();
            ((CheckMenuItem) item(scene, "arcs-all")).setSelected(true);
            return null;
        });
        int paragraphs = fx.call(() -> area.getParagraphs().size());
        SplittableRandom rnd = new SplittableRandom(11);
        List<Double> scroll = new ArrayList<>();
        List<Double> scrollRedraw = new ArrayList<>();
        List<Integer> nodes = new ArrayList<>();
        for (int i = 0; i < 10 + SAMPLES; i++) {
            int p = rnd.nextInt(paragraphs);
            int before = fx.call(overlay::redraws);
            double t = latency.of(() -> area.showParagraphAtTop(p));
            boolean redrawn = fx.call(overlay::redraws) > before;
            if (i >= 10 && redrawn) { // the first ten warm the JIT up
                scroll.add(t);
                scrollRedraw.add(fx.call(overlay::lastRedrawNanos) / 1e6);
                nodes.add(fx.call(() -> overlay.getChildren().size()));
            }
        }
        List<Double> edit = new ArrayList<>();
        for (int i = 0; i < 10 + SAMPLES; i++) {
            int p = rnd.nextInt(paragraphs);
            fx.call(() -> {
                area.showParagraphAtTop(p);
                int at = area.getAbsolutePosition(p, 0);
                int space = area.getText(at, Math.min(area.getLength(), at + 200)).indexOf(' ');
                area.requestFocus();
                area.selectRange(at, at + Math.max(1, space));
                return null;
            });
            latency.of(() -> { }); // the scroll's own redraw
            int before = fx.call(overlay::redraws);
            latency.of(() -> press(area, KeyCode.DIGIT2));
            if (i >= 10 && fx.call(overlay::redraws) > before) {
                edit.add(fx.call(overlay::lastRedrawNanos) / 1e6);
            }
            latency.of(() -> wb.vm().undo());
        }
        report.line("structure-scroll", scroll);
        report.line("structure-scroll-redraw", scrollRedraw);
        report.line("structure-edit-redraw", edit);
        nodes.sort(null);
        System.out.println("ui-note: structure overlay (labels on, all arcs): nodes per view median "
                + nodes.get(nodes.size() / 2) + ", max " + nodes.get(nodes.size() - 1) + " over " + nodes.size() + " scrolls");
    }

    private static void press(StyleClassedTextArea area, KeyCode code) {
        KeyEvent.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
        KeyEvent.fireEvent(area, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
    }

    private static MenuItem item(Scene scene, String id) {
        MenuBar bar = (MenuBar) scene.getRoot().lookup(".menu-bar");
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (id.equals(i.getId())) {
                    return i;
                }
                if (i instanceof Menu sub) {
                    for (MenuItem j : sub.getItems()) {
                        if (id.equals(j.getId())) {
                            return j;
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("no menu item " + id);
    }
}
