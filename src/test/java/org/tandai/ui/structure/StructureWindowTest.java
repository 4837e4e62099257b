package org.tandai.ui.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.Entity;
import org.tandai.ui.FakeDialogs;
import org.tandai.ui.TestWindow;
import org.tandai.ui.Workbench;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's "Seeing the structure" in the real window on a copy of the seed: the type label over
 * "militer Seoul", the two bands of an entity inside an entity and of a claim inside a claim, a
 * click on the outer band, the arcs of a source and of everything in view, and the Mark All note.
 */
class StructureWindowTest {
    private static TestWindow window;
    private static Workbench wb;
    private static final FakeDialogs dialogs = new FakeDialogs();
    private static final Settings settings = new Settings();
    private final FxRobot robot = new FxRobot();

    @TempDir
    java.nio.file.Path tmp;

    @BeforeAll
    static void startWindow() throws Exception {
        window = TestWindow.standard(dialogs, settings);
        wb = window.workbench;
    }

    @AfterAll
    static void closeWindow() throws Exception {
        window.close();
    }

    @BeforeEach
    void openSeedCopy() {
        TestFiles.seed(tmp);
        dialogs.clear();
        settings.lastArticle = null;
        robot.interact(() -> wb.openFolder(tmp, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> menuItem("labels-off").fire());
        showAtTop(0); // the same seed text again: the area keeps its scroll position
        robot.interact(() -> ((javafx.scene.control.CheckMenuItem) menuItem("arcs-all")).setSelected(false));
        settle();
    }

    @AfterEach
    void saveBeforeTheTemporaryFolderGoes() {
        robot.interact(() -> wb.vm().save());
    }

    static MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) wb.stage().getScene().getRoot().lookup(".menu-bar");
        for (Menu m : bar.getMenus()) {
            MenuItem found = find(m.getItems(), id);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private static MenuItem find(List<MenuItem> items, String id) {
        for (MenuItem i : items) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu sub && find(sub.getItems(), id) != null) {
                return find(sub.getItems(), id);
            }
        }
        return null;
    }

    private void fire(String id) {
        robot.interact(() -> menuItem(id).fire());
        settle();
    }

    /** A click on a check item of the menu flips it. */
    private void toggle(String id) {
        robot.interact(() -> {
            javafx.scene.control.CheckMenuItem item = (javafx.scene.control.CheckMenuItem) menuItem(id);
            item.setSelected(!item.isSelected());
        });
        settle();
    }

    /** Lets the pulse after the change lay the text out and redraw the overlay. */
    static void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(60, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DocumentSession session() {
        return wb.vm().session();
    }

    private StyleClassedTextArea area() {
        return wb.articleView().area();
    }

    static StructureView overlay() {
        return (StructureView) wb.stage().getScene().lookup("#structure-overlay");
    }

    static List<Node> shapes(String cls) {
        return overlay().getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains(cls)).toList();
    }

    private int indexOf(String quote) {
        int i = area().getText().indexOf(quote);
        assertTrue(i >= 0, quote);
        return i;
    }

    /** A character's box in the overlay's coordinates. */
    private Bounds charBox(int i) {
        // The area measures by adding a shape to the paragraph for a moment: on the FX thread only.
        return fx(() -> area().getCharacterBoundsOnScreen(i, i + 1).map(b -> overlay().screenToLocal(b)).orElseThrow());
    }

    static <T> T fx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void showAtTop(int utf16) {
        robot.interact(() -> area().showParagraphAtTop(Math.max(0, area().offsetToPosition(utf16,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor())));
        settle();
    }

    /** Marks "Seoul" inside "militer Seoul" (an Organization) as a Location with the type's key, as a user does. */
    private Entity markSeoul() {
        int at = indexOf("militer Seoul") + "militer ".length();
        robot.interact(() -> {
            area().requestFocus();
            area().selectRange(at, at + "Seoul".length());
        });
        robot.type(KeyCode.DIGIT3);
        settle();
        Entity seoul = session().document().entities().stream().filter(e -> e.name().equals("Seoul")).findFirst()
                .orElseThrow(() -> new AssertionError("no Seoul entity; status: " + wb.vm().statusProperty().get()));
        assertEquals("LOCATION", seoul.type());
        return seoul;
    }

    private static Structure.Band band(Node n) {
        return (Structure.Band) n.getUserData();
    }

    @Test
    void theOrganizationLabelSitsAboveMiliterSeoul() {
        fire("labels-normal");
        assertEquals("normal", settings.spanLabels, "the choice is kept in the settings");
        int m = indexOf("militer Seoul");
        showAtTop(m);
        Text org = shapes("span-label").stream().map(Text.class::cast)
                .filter(t -> ((Structure.Label) t.getUserData()).piece().owner().equals("e21")).findFirst()
                .orElseThrow(() -> new AssertionError("no label over e21"));
        assertEquals("ORG", org.getText());
        Bounds label = org.getBoundsInParent();
        Bounds span = charBox(m);
        assertTrue(label.getMaxY() <= span.getMinY() + 0.5, "above the span: " + label + " vs " + span);
        assertTrue(label.getMinY() >= span.getMinY() - 20, "just above it, not lines away: " + label + " vs " + span);
        assertTrue(Math.abs(label.getMinX() - span.getMinX()) < 4, "at its first character: " + label + " vs " + span);
        // No two label tags on one line cover each other.
        List<Bounds> boxes = shapes("span-label-box").stream().map(Node::getBoundsInParent).toList();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Bounds a = boxes.get(i);
                Bounds b = boxes.get(j);
                boolean overlap = a.getMinX() < b.getMaxX() - 0.5 && b.getMinX() < a.getMaxX() - 0.5
                        && a.getMinY() < b.getMaxY() - 0.5 && b.getMinY() < a.getMaxY() - 0.5;
                assertFalse(overlap, "labels overlap: " + a + " and " + b);
            }
        }
    }

    @Test
    void anEntityInsideAnEntityGetsItsOwnBandAndTheOuterBandSelectsTheOuter() {
        Entity seoul = markSeoul();
        int m = indexOf("militer Seoul");
        showAtTop(m);
        Rectangle outer = bandOf("e21");
        Rectangle inner = bandOf(seoul.id());
        assertEquals(0, band(outer).depth());
        assertEquals(1, band(inner).depth());
        assertTrue(inner.getY() > outer.getY(), "the inner band is a level further in");
        // "militer Seoul" may wrap: every character of it lies over an Organization band, only "Seoul" over the Location's.
        int seoulAt = m + "militer ".length();
        for (int i = m; i < m + "militer Seoul".length(); i++) {
            if (i == seoulAt - 1) {
                continue; // the space, which may be where the line wraps
            }
            Bounds c = charBox(i);
            assertTrue(covers("e21", c), "Organization band over char " + i);
            assertEquals(i >= seoulAt, covers(seoul.id(), c), "Location band over char " + i);
        }
        Bounds s = charBox(seoulAt);
        // A click on the outer band over "Seoul" selects the Organization, not the Location under it.
        Rectangle overSeoul = shapes("nesting-band").stream().map(Rectangle.class::cast)
                .filter(r -> band(r).piece().owner().equals("e21") && r.getX() <= s.getCenterX()
                        && s.getCenterX() <= r.getX() + r.getWidth() && Math.abs(r.getY() - s.getMinY()) < 1).findFirst().orElseThrow();
        Point2D over = fx(() -> overSeoul.localToScreen(s.getMinX() + 4, overSeoul.getY() + overSeoul.getHeight() / 2));
        robot.clickOn(over);
        settle();
        assertEquals("e21", wb.selection().id());
        Entity row = wb.entitiesView().table().getSelectionModel().getSelectedItem();
        assertNotNull(row, "the entity table follows");
        assertEquals("e21", row.id());
    }

    /** An entity band of the owner runs along the top of this character's line, over its middle. */
    private static boolean covers(String owner, Bounds c) {
        double x = c.getCenterX();
        return shapes("nesting-band").stream().map(Rectangle.class::cast).anyMatch(r -> band(r).piece().owner().equals(owner)
                && r.getX() <= x && x <= r.getX() + r.getWidth() && r.getY() >= c.getMinY() - 0.5 && r.getY() < c.getMinY() + 10);
    }

    private Rectangle bandOf(String owner) {
        return shapes("nesting-band").stream().map(Rectangle.class::cast)
                .filter(r -> band(r).piece().owner().equals(owner)).findFirst()
                .orElseThrow(() -> new AssertionError("no band for " + owner + "; bands: "
                        + shapes("nesting-band").stream().map(n -> band(n).piece().owner()).toList()));
    }

    @Test
    void aClaimInsideAClaimDrawsTwoBands() {
        // c8 (704-815) holds c9 (771-815) in the seed.
        int c9 = session().text().toUtf16(session().claim("c9").span().start());
        showAtTop(c9);
        Rectangle outer = bandOf("c8");
        Rectangle inner = bandOf("c9");
        assertEquals(0, band(outer).depth());
        assertEquals(1, band(inner).depth());
        List<Rectangle> c9Bands = shapes("band-claim").stream().map(Rectangle.class::cast)
                .filter(r -> band(r).piece().owner().equals("c9")).toList();
        Bounds start = charBox(c9);
        assertTrue(c9Bands.stream().anyMatch(r -> Math.abs(r.getX() - start.getMinX()) < 1
                && r.getY() > start.getCenterY()), "the inner claim's band starts under its first character");
        assertTrue(shapes("band-claim").stream().anyMatch(r -> band(r).piece().owner().equals("c8")
                && ((Rectangle) r).getX() < start.getMinX() - 1), "the outer claim's band begins before the inner one");
    }

    @Test
    void aSourceDrawsArcsFromItsSpeakerToItsCueToItsContentAndAllArcsAddsTheOthers() {
        // s2: Kim (e1) menambahkan bahwa (cue) hubungan ... baru (content).
        robot.interact(() -> wb.selection().select("s2", null));
        settle();
        List<Path> arcs = arcsOf("s2");
        Path speaker = arcs.stream().filter(p -> ((Structure.Arc) p.getUserData()).kind().equals("speaker")).findFirst()
                .orElseThrow(() -> new AssertionError("no speaker arc: " + arcs.size() + " of " + shapes("arc").size()
                        + " arcs, " + overlay().getChildrenUnmodifiable().size() + " nodes, redraws " + overlay().redraws()));
        Path content = arcs.stream().filter(p -> ((Structure.Arc) p.getUserData()).kind().equals("content")).findFirst()
                .orElseThrow();
        int cue = indexOf("menambahkan bahwa");
        int kim = indexOf("Kim, mengucapkan");
        String saidText = "hubungan antara kedua negara akan ditingkatkan ke level baru";
        int said = indexOf(saidText);
        assertOn((Point2D) speaker.getProperties().get(ArcShapes.FROM), kim, kim + 3, "speaker arc starts on Kim");
        assertOn((Point2D) speaker.getProperties().get(ArcShapes.TO), cue, cue + "menambahkan ".length(), "and ends on the cue");
        assertOn((Point2D) content.getProperties().get(ArcShapes.FROM), cue, cue + "menambahkan ".length(), "content arc from the cue");
        assertOn((Point2D) content.getProperties().get(ArcShapes.TO), said, said + saidText.length(), "to the content");
        Set<String> owners = arcOwners();
        assertEquals(Set.of("s2"), owners, "only the selected source's arcs");

        toggle("arcs-all");
        assertTrue(settings.allArcs);
        Set<String> all = arcOwners();
        assertTrue(all.containsAll(Set.of("s1", "s2", "s3")), "every source in view: " + all);
    }

    @Test
    void aRelayedSourceDrawsItsViaChain() {
        // s6 (Kim) via s5 (KCNA) via s4 (Yonhap).
        robot.interact(() -> wb.selection().select("s6", null));
        settle();
        List<String> via = shapes("arc").stream().map(n -> (Structure.Arc) n.getUserData())
                .filter(a -> a.kind().equals("via")).map(Structure.Arc::owner).sorted().toList();
        assertEquals(List.of("s5", "s6"), via, "s6 to s5, then s5 to s4");
    }

    @Test
    void markAllSaysWhichNewMentionsAreInsideOtherEntities() {
        // "Korea" as a Location, then Mark All: it finds "Korea" inside "Korea Utara" (North Korea) and others.
        int at = indexOf("Korea Utara");
        robot.interact(() -> {
            area().requestFocus();
            area().selectRange(at, at + "Korea".length());
        });
        robot.type(KeyCode.DIGIT3);
        settle();
        List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        javafx.beans.value.ChangeListener<String> l = (o, a, b) -> said.add(b);
        robot.interact(() -> wb.vm().statusProperty().addListener(l));
        robot.type(KeyCode.M);
        settle();
        robot.interact(() -> wb.vm().statusProperty().removeListener(l));
        // (an autosave may have said "Saved ..." since: the Mark All line is the one to read)
        String status = said.stream().filter(x -> x != null && x.startsWith("Marked ")).findFirst().orElse(String.valueOf(said));
        assertTrue(status.startsWith("Marked "), status);
        assertTrue(status.contains("are inside other entities (") && status.contains("North Korea"), status);
        // The nested mentions are drawn as nested: "Korea" gets a band one level inside North Korea's.
        showAtTop(at);
        Entity korea = session().document().entities().stream().filter(e -> e.name().equals("Korea")).findFirst().orElseThrow();
        assertTrue(shapes("nesting-band").stream().anyMatch(n -> band(n).piece().owner().equals(korea.id())
                && band(n).depth() == 1), "Korea's band inside North Korea's");
    }

    @Test
    void onALongArticleOnlyTheVisibleParagraphsAreDrawn() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(tmp.resolve("long"));
        StringBuilder b = new StringBuilder();
        int paragraphs = 3000;
        for (int p = 0; p < paragraphs; p++) {
            b.append("Paragraf ").append(p).append(": Budi Santoso dari Bank Indonesia di Jakarta berkata bahwa harga naik.\n");
        }
        java.nio.file.Files.writeString(dir.resolve("long.txt"), b.toString());
        robot.interact(() -> wb.openFolder(dir, () -> { }));
        settle();
        DocumentSession s = session();
        assertNotNull(s);
        String t = s.text().text();
        robot.interact(() -> {
            Entity bank = new Entity(s.newId(org.tandai.model.Kind.ENTITY), "Bank Indonesia", "ORGANIZATION");
            Entity indonesia = new Entity(s.newId(org.tandai.model.Kind.ENTITY), "Indonesia", "LOCATION");
            Entity budi = new Entity(s.newId(org.tandai.model.Kind.ENTITY), "Budi Santoso", "PERSON");
            for (int i = t.indexOf("Bank Indonesia"); i >= 0; i = t.indexOf("Bank Indonesia", i + 1)) {
                bank.mentions().add(org.tandai.model.Span.of(s.text(), i, i + 14));
                indonesia.mentions().add(org.tandai.model.Span.of(s.text(), i + 5, i + 14));
            }
            for (int i = t.indexOf("Budi Santoso"); i >= 0; i = t.indexOf("Budi Santoso", i + 1)) {
                budi.mentions().add(org.tandai.model.Span.of(s.text(), i, i + 12));
            }
            s.apply("entities", List.of(org.tandai.ui.common.Change.add(s.stamp(bank)),
                    org.tandai.ui.common.Change.add(s.stamp(indonesia)), org.tandai.ui.common.Change.add(s.stamp(budi))));
            menuItem("labels-normal").fire();
        });
        showAtTop(0);
        assertEquals(3 * paragraphs, s.document().mentionCount());
        int atTop = overlay().getChildrenUnmodifiable().size();
        assertTrue(shapes("span-label").size() > 0 && shapes("nesting-band").size() > 0, "labels and bands at the top");
        int middle = t.indexOf("Paragraf 1500:");
        showAtTop(middle);
        int shown = overlay().getChildrenUnmodifiable().size();
        int[] visible = fx(() -> new int[] {area().getAbsolutePosition(area().firstVisibleParToAllParIndex(), 0),
                area().getAbsolutePosition(area().lastVisibleParToAllParIndex(), 0) + 200});
        for (Node n : shapes("span-label")) {
            int at = ((Structure.Label) n.getUserData()).piece().start();
            assertTrue(at >= visible[0] && at <= visible[1], "a label only for the visible paragraphs: " + at);
        }
        for (Node n : shapes("nesting-band")) {
            int at = band(n).piece().start();
            assertTrue(at >= visible[0] && at <= visible[1], "a band only for the visible paragraphs: " + at);
        }
        // A 1280x800 window shows a few dozen short paragraphs: 9,000 mentions, a few hundred nodes at most.
        assertTrue(atTop < 600 && shown < 600, "bounded by what is visible: " + atTop + " at the top, " + shown + " in the middle");
        assertTrue(Math.abs(shown - atTop) < atTop / 2 + 20, "the same amount of text shows the same amount of structure");
    }

    private List<Path> arcsOf(String owner) {
        return shapes("arc").stream().map(Path.class::cast)
                .filter(p -> ((Structure.Arc) p.getUserData()).owner().equals(owner)).toList();
    }

    private Set<String> arcOwners() {
        return shapes("arc").stream().map(n -> ((Structure.Arc) n.getUserData()).owner()).collect(Collectors.toSet());
    }

    /** The point sits on the top edge of one of the characters [from, to) (within a space's width). */
    private void assertOn(Point2D p, int from, int to, String what) {
        assertNotNull(p, what);
        List<Bounds> boxes = fx(() -> {
            List<Bounds> out = new java.util.ArrayList<>();
            for (int i = from; i < to; i++) {
                area().getCharacterBoundsOnScreen(i, i + 1).map(b -> overlay().screenToLocal(b)).ifPresent(out::add);
            }
            return out;
        });
        assertTrue(boxes.stream().anyMatch(b -> Math.abs(b.getMinY() - p.getY()) < 1 && b.getMinX() - 3 <= p.getX()
                && p.getX() <= b.getMaxX() + 3), what + ": " + p + " not on the top of [" + from + ", " + to + ")");
    }
}
