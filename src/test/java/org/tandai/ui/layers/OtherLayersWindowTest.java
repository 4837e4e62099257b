package org.tandai.ui.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.Span;
import org.tandai.store.ArticleReader;
import org.tandai.store.SidecarWriter;
import org.tandai.ui.FakeDialogs;
import org.tandai.ui.TestWindow;
import org.tandai.ui.Workbench;
import org.tandai.ui.article.OtherLayerHighlights;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Other annotators' layers in the real window (issue 11, decision 0906): a team corpus made from
 * the seed fixture, with the seed's annotations as the open (curated) layer and two annotator
 * layers, "ani" (an entity over "Vladimir Putin") and "bob" (a claim). Hidden by default; View ▸
 * Other annotators' layers draws them with their style classes on their characters; View ▸ Layers
 * Shown switches one off; nothing on disk changes; a broken layer is named with its place while
 * the other still shows.
 */
class OtherLayersWindowTest {
    private static final String NAME = "000_39d3cf8f1d629551";
    private static final String ANI_QUOTE = "Vladimir Putin";
    private static final String BOB_QUOTE = "hubungan antara kedua negara akan ditingkatkan ke level baru";
    private static TestWindow window;
    private static Stage stage;
    private static Workbench wb;
    private static final FakeDialogs dialogs = new FakeDialogs();
    private static final Settings settings = new Settings();
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path tmp;

    @BeforeAll
    static void startWindow() throws Exception {
        window = TestWindow.standard(dialogs, settings);
        stage = window.stage;
        wb = window.workbench;
    }

    @AfterAll
    static void closeWindow() throws Exception {
        window.close();
    }

    @BeforeEach
    void teamCorpus() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures/seed"))) {
            for (Path f : files.toList()) {
                Files.copy(f, tmp.resolve(f.getFileName()));
            }
        }
        ArticleText text = ArticleReader.read(tmp.resolve(NAME + ".txt"));
        AnnotatedDocument ani = layerDoc(text);
        Entity putin = new Entity(ani.newId(Kind.ENTITY), "Vladimir Putin", "PERSON");
        putin.mentions().add(span(text, ANI_QUOTE));
        ani.add(putin);
        writeLayer("ani", SidecarWriter.toJson(ani));
        AnnotatedDocument bob = layerDoc(text);
        bob.add(new Claim(bob.newId(Kind.CLAIM), span(text, BOB_QUOTE), null));
        writeLayer("bob", SidecarWriter.toJson(bob));
        dialogs.clear();
        settings.lastArticle = null;
    }

    @AfterEach
    void switchOffAgain() {
        robot.interact(() -> wb.otherLayersVm().enabledProperty().set(false));
    }

    private static AnnotatedDocument layerDoc(ArticleText text) {
        return layerDoc(NAME, text);
    }

    private static AnnotatedDocument layerDoc(String name, ArticleText text) {
        return new AnnotatedDocument(new DocumentInfo(name + ".txt", text.sha256(), "id"));
    }

    private static Span span(ArticleText text, String quote) {
        int a = text.toCodePoint(text.text().indexOf(quote));
        return Span.of(text, a, a + quote.codePointCount(0, quote.length()));
    }

    private Path layerFile(String slug) {
        return layerFile(slug, NAME);
    }

    private Path layerFile(String slug, String name) {
        return tmp.resolve("annotators").resolve(slug).resolve(name + ".annotations.json");
    }

    private void writeLayer(String slug, String json) throws Exception {
        writeLayer(slug, NAME, json);
    }

    private void writeLayer(String slug, String name, String json) throws Exception {
        Files.createDirectories(layerFile(slug, name).getParent());
        Files.writeString(layerFile(slug, name), json, StandardCharsets.UTF_8);
    }

    private void open() {
        robot.interact(() -> wb.openFolder(tmp, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private StyleClassedTextArea area() {
        return wb.articleView().area();
    }

    /** Every character of the quote has (or lacks) the class; the characters just outside lack it. */
    private void assertStyled(String quote, String cls, boolean styled) {
        int a = area().getText().indexOf(quote);
        for (int i = a; i < a + quote.length(); i++) {
            Collection<String> style = area().getStyleOfChar(i);
            assertEquals(styled, style.contains(cls), "\u201c" + quote + "\u201d char " + i + " " + cls + ": " + style);
        }
        assertFalse(area().getStyleOfChar(a + quote.length()).contains(cls), "after \u201c" + quote + "\u201d");
        assertFalse(a > 0 && area().getStyleOfChar(a - 1).contains(cls), "before \u201c" + quote + "\u201d");
    }

    private String colourOf(String slug) {
        return wb.otherLayersVm().items().stream().filter(i -> i.layer().label().equals(slug))
                .findFirst().orElseThrow().colourClass();
    }

    private static Menu viewMenu() {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().filter(m -> "menu.view".equals(m.getId())).findFirst().orElseThrow();
    }

    private static CheckMenuItem toggleItem() {
        return (CheckMenuItem) viewMenu().getItems().stream()
                .filter(i -> org.tandai.i18n.Messages.english().get("layers.toggle").equals(i.getText())).findFirst().orElseThrow();
    }

    private static Menu layersMenu() {
        return (Menu) viewMenu().getItems().stream()
                .filter(i -> org.tandai.i18n.Messages.english().get("layers.menu").equals(i.getText())).findFirst().orElseThrow();
    }

    /** Opens View and clicks the item, as a user would. */
    private void clickViewItem(String text) {
        openView();
        robot.clickOn(menuEntry(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens View ▸ Layers Shown and clicks one layer's item. */
    private void clickLayerItem(String text) {
        openView();
        robot.clickOn(menuEntry(org.tandai.i18n.Messages.english().get("layers.menu")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(menuEntry(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openView() {
        robot.clickOn(robot.lookup(".menu-bar .menu-button").match(n -> n instanceof Labeled l
                && l.getText().replace("_", "").equals("View")).queryAs(Labeled.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The label of a shown menu's entry (menus show their items in popup windows). */
    private Node menuEntry(String text) {
        return robot.lookup(".menu-item .label").match(n -> n instanceof Labeled l && l.getText().equals(text)
                && n.isVisible()).query();
    }

    private byte[][] filesOnDisk() throws Exception {
        return new byte[][] {Files.readAllBytes(tmp.resolve(NAME + ".annotations.json")),
            Files.readAllBytes(layerFile("ani")), Files.readAllBytes(layerFile("bob"))};
    }

    @Test
    void otherLayersAreHiddenUntilShownAndEachCanBeSwitchedOff() throws Exception {
        byte[][] before = filesOnDisk();
        open();
        assertTrue(toggleItem().isVisible(), "team mode: the View menu offers the other layers");
        assertFalse(toggleItem().isSelected(), "hidden by default");
        assertTrue(wb.otherLayersVm().items().isEmpty(), "nothing of the other layers is listed");
        assertStyled(ANI_QUOTE, OtherLayerHighlights.PEER, false);
        assertStyled(BOB_QUOTE, OtherLayerHighlights.PEER, false);
        int claims = wb.vm().session().document().claims().size();

        clickViewItem(org.tandai.i18n.Messages.english().get("layers.toggle"));
        assertTrue(toggleItem().isSelected());
        assertTrue(settings.showOtherLayers, "the setting follows the menu item");
        assertEquals(List.of("curated", "ani", "bob"), wb.otherLayersVm().items().stream().map(i -> i.layer().label()).toList());
        String ani = colourOf("ani");
        String bob = colourOf("bob");
        assertFalse(ani.equals(bob), "each layer its own colour");
        assertStyled(ANI_QUOTE, ani, true);
        // The curated layer (shown too: the window has tester's own layer open) frames text next to it.
        assertTrue(area().getStyleOfChar(area().getText().indexOf(ANI_QUOTE)).contains(OtherLayerHighlights.PEER));
        assertStyled(BOB_QUOTE, bob, true);
        assertStyled(BOB_QUOTE, ani, false);
        int at = area().getText().indexOf(ANI_QUOTE);
        assertTrue(wb.articleVm().describeAt(at).contains("Layer ani: Person \u00b7 Vladimir Putin"),
                wb.articleVm().describeAt(at));
        assertTrue(wb.articleVm().annotationsAt(at + 1).stream().noneMatch(id -> id.contains("ani")),
                "another layer's annotation can never be selected");
        assertEquals(claims, wb.vm().session().document().claims().size(), "the open layer's panels list only it");
        assertTrue(wb.statusBar().getText().contains("Showing read-only: curated, ani, bob"), wb.statusBar().getText());

        clickLayerItem("bob");
        assertTrue(wb.statusBar().getText().contains("Showing read-only: curated, ani."), wb.statusBar().getText());
        assertStyled(BOB_QUOTE, bob, false);
        assertStyled(ANI_QUOTE, ani, true);

        clickViewItem(org.tandai.i18n.Messages.english().get("layers.toggle"));
        assertFalse(settings.showOtherLayers);
        assertStyled(ANI_QUOTE, OtherLayerHighlights.PEER, false);
        robot.interact(() -> wb.vm().save());
        assertFalse(wb.vm().dirtyProperty().get(), "showing layers is no edit");
        assertArrayEquals(before, filesOnDisk(), "no file on disk changed");
    }

    @Test
    void openingAnotherArticleShowsItsOwnOtherLayers() throws Exception {
        String other = "001_copy";
        Files.copy(tmp.resolve(NAME + ".txt"), tmp.resolve(other + ".txt"));
        ArticleText text = ArticleReader.read(tmp.resolve(other + ".txt"));
        AnnotatedDocument ani = layerDoc(other, text);
        Entity kim = new Entity(ani.newId(Kind.ENTITY), "Kim Jong Un", "PERSON");
        kim.mentions().add(span(text, "Kim Jong Un"));
        ani.add(kim);
        writeLayer("ani", other, SidecarWriter.toJson(ani));
        open();
        assertEquals(NAME + ".txt", wb.vm().session().name());
        clickViewItem(org.tandai.i18n.Messages.english().get("layers.toggle"));
        String colour = colourOf("ani");
        assertStyled(ANI_QUOTE, colour, true);

        robot.interact(() -> wb.vm().open(tmp.resolve(other + ".txt"), () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(other + ".txt", wb.vm().session().name());
        assertEquals(List.of("ani"), wb.otherLayersVm().items().stream().map(i -> i.layer().label()).toList(),
                "bob has no layer of this article");
        assertEquals(colour, colourOf("ani"), "ani keeps her colour");
        assertStyled("Kim Jong Un", colour, true);
        assertStyled(ANI_QUOTE, colour, false);
        assertStyled(BOB_QUOTE, OtherLayerHighlights.PEER, false);
    }

    @Test
    void aLayerChangedOnDiskIsReadAgain() throws Exception {
        settings.showOtherLayers = true;
        robot.interact(() -> wb.otherLayersVm().enabledProperty().set(true));
        open();
        String ani = colourOf("ani");
        assertStyled(ANI_QUOTE, ani, true);
        ArticleText text = ArticleReader.read(tmp.resolve(NAME + ".txt"));
        AnnotatedDocument moved = layerDoc(text);
        Entity kim = new Entity(moved.newId(Kind.ENTITY), "Kim Jong Un", "PERSON");
        kim.mentions().add(span(text, "Kim Jong Un"));
        moved.add(kim);
        writeLayer("ani", SidecarWriter.toJson(moved));

        robot.interact(() -> wb.otherLayersVm().checkNow());
        WaitForAsyncUtils.waitForFxEvents();
        assertStyled(ANI_QUOTE, ani, false);
        assertStyled("Kim Jong Un", ani, true);
    }

    @Test
    void aBrokenLayerIsNamedWithItsPlaceAndTheOtherStillShows() throws Exception {
        String good = Files.readString(layerFile("bob"));
        writeLayer("bob", good.replaceFirst("\"entities\"", "\"entities\" ::"));
        open();
        assertTrue(dialogs.notices.isEmpty(), "hidden layers are not read: " + dialogs.notices);

        clickViewItem(org.tandai.i18n.Messages.english().get("layers.toggle"));
        assertStyled(ANI_QUOTE, colourOf("ani"), true);
        assertStyled(BOB_QUOTE, colourOf("bob"), false);
        String notice = String.join("\n", dialogs.notices);
        assertTrue(notice.contains(layerFile("bob").toString() + ": line "), notice);
        assertFalse(notice.contains("Exception") || notice.contains("\tat "), notice);
        assertTrue(wb.statusBar().getText().contains(layerFile("bob").toString()), wb.statusBar().getText());
        MenuItem bobItem = layersMenu().getItems().stream().filter(i -> i.getText().startsWith("bob")).findFirst()
                .orElseThrow();
        assertTrue(bobItem.isDisable() && bobItem.getText().contains("cannot be read"), bobItem.getText());
        assertEquals(good.replaceFirst("\"entities\"", "\"entities\" ::"), Files.readString(layerFile("bob")),
                "the broken file is left as it was");
    }

    @Test
    void aCorpusNotInTeamModeOffersNoLayers() throws Exception {
        try (Stream<Path> walk = Files.walk(tmp.resolve("annotators"))) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        open();
        assertFalse(toggleItem().isVisible());
        assertFalse(layersMenu().isVisible());
    }
}
