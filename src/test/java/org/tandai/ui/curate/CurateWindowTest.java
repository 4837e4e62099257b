package org.tandai.ui.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.curation.Unit;
import org.tandai.model.Claim;
import org.tandai.ui.FakeDialogs;
import org.tandai.ui.TestWindow;
import org.tandai.ui.Workbench;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11's adjudication in the real window, on a team corpus made from the committed seed: two
 * annotators, ani (the seed as it is) and budi (the seed with other ids, claim c1's verdict
 * "false", Moscow an organisation and source s12 left out), for two articles with the same text.
 * The Curate view is opened from the View menu; "Accept all agreed", taking budi's side of a
 * disagreement, Ctrl+S and undo are checked on screen and in the curated sidecar on disk.
 */
class CurateWindowTest {
    private static TestWindow window;
    private static Workbench wb;
    private static final FakeDialogs dialogs = new FakeDialogs();
    private static final Settings settings = new Settings();
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path tmp;
    private Path article;

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
    void openTeamCorpus() throws Exception {
        article = TestFiles.seed(tmp);
        Path seedSidecar = tmp.resolve(TestFiles.SEED_ARTICLE.replace(".txt", ".annotations.json"));
        String seed = Files.readString(seedSidecar);
        Files.delete(seedSidecar); // the curated layer starts empty
        Path second = tmp.resolve("001_same_text.txt");
        Files.copy(article, second);
        for (Path a : List.of(article, second)) {
            String name = a.getFileName().toString();
            String stem = name.replace(".txt", "");
            write(tmp.resolve("annotators/ani/" + stem + ".annotations.json"), seed, o -> fileName(o, name));
            write(tmp.resolve("annotators/budi/" + stem + ".annotations.json"), seed, o -> {
                fileName(o, name);
                budi(o);
            });
        }
        dialogs.clear();
        settings.lastArticle = TestFiles.SEED_ARTICLE;
        robot.interact(() -> wb.openFolder(tmp, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(article.getFileName().toString(), wb.vm().session().name());
        robot.clickOn(wb.statusBar());
    }

    @AfterEach
    void closeCurate() {
        robot.interact(() -> {
            wb.vm().save();
            if (wb.stage().getScene().lookup("#curate-close") instanceof Button close) {
                close.fire();
            }
        });
    }

    private static void write(Path file, String json, Consumer<JsonObject> edit) throws Exception {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        edit.accept(o);
        Files.createDirectories(file.getParent());
        Files.writeString(file, o.toString());
    }

    private static void fileName(JsonObject o, String name) {
        o.getAsJsonObject("document").addProperty("file", name);
    }

    /** Budi's layer: every id moved up by 100 (references too), and three differences from ani. */
    private static void budi(JsonObject o) {
        for (String kind : List.of("entities", "claims", "sources")) {
            for (JsonElement e : o.getAsJsonArray(kind)) {
                JsonObject a = e.getAsJsonObject();
                for (String ref : List.of("id", "speaker", "claimant", "via")) {
                    if (a.has(ref)) {
                        a.addProperty(ref, shift(a.get(ref).getAsString()));
                    }
                }
                if (a.has("claims")) {
                    JsonArray moved = new JsonArray();
                    a.getAsJsonArray("claims").forEach(c -> moved.add(shift(c.getAsString())));
                    a.add("claims", moved);
                }
            }
        }
        for (JsonElement e : o.getAsJsonArray("claims")) {
            if (e.getAsJsonObject().get("id").getAsString().equals("c101")) {
                e.getAsJsonObject().addProperty("verdict", "false");
            }
        }
        for (JsonElement e : o.getAsJsonArray("entities")) {
            if (e.getAsJsonObject().get("name").getAsString().equals("Moscow")) {
                e.getAsJsonObject().addProperty("type", "ORGANIZATION");
            }
        }
        JsonArray sources = o.getAsJsonArray("sources");
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).getAsJsonObject().get("id").getAsString().equals("s112")) {
                sources.remove(i);
                break;
            }
        }
        JsonObject next = o.getAsJsonObject("nextIds");
        for (String k : List.of("entity", "claim", "source")) {
            next.addProperty(k, next.get(k).getAsInt() + 100);
        }
    }

    private static String shift(String id) {
        return id.charAt(0) + String.valueOf(Integer.parseInt(id.substring(1)) + 100);
    }

    private TableView<CurateRow> units() {
        return wb.curateView().table();
    }

    private String text(String id) {
        return ((Label) wb.stage().getScene().lookup("#" + id)).getText();
    }

    private void openCurateFromTheMenu() {
        Node view = robot.lookup(".menu-bar .menu").match(n -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().replace("_", "").equals("View")).query();
        robot.clickOn(view);
        robot.clickOn(robot.lookup(".context-menu .menu-item .label").match(n -> n instanceof javafx.scene.control.Labeled l
                && "Curate".equals(l.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(units().isVisible() && units().getScene() != null, "the Curate panel is shown");
    }

    private int rowOf(Unit.Kind kind, String quoteStart) {
        for (int i = 0; i < units().getItems().size(); i++) {
            Unit u = units().getItems().get(i).unit();
            if (u.kind() == kind && u.label().startsWith(kind.label() + " \u201c" + quoteStart)) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " row " + quoteStart);
    }

    private void clickRow(int row) {
        robot.interact(() -> units().scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.from(units()).lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getIndex() == row && c.getTableColumn() == units().getColumns().get(0) && c.isVisible()).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(row, units().getSelectionModel().getSelectedIndex());
    }

    private long count(String state) {
        return units().getItems().stream().filter(r -> r.stateText().equals(state)).count();
    }

    private void ctrl(KeyCode k) {
        robot.press(KeyCode.CONTROL).type(k).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void acceptAllAgreedThenTakeOneSideSavesTheCuratedLayerAndUndoRestores() throws Exception {
        assertEquals(org.tandai.store.Layer.ofAnnotator("tester"), wb.vm().layerProperty().get(), "team mode opens my own layer");
        openCurateFromTheMenu();
        assertEquals(org.tandai.store.Layer.CURATED, wb.vm().layerProperty().get(), "curating switches to the curated layer");
        assertFalse(Files.exists(tmp.resolve("annotators/tester/" + TestFiles.SEED_ARTICLE.replace(".txt", ".annotations.json"))),
                "my empty layer was not written, so it is no party");
        assertEquals(86, units().getItems().size(), "50 mentions, 22 claims and 14 sources");
        assertEquals(83, count("agreed"));
        assertEquals(2, count("disagreement"));
        assertEquals(1, count("incomplete"));
        assertEquals("This article: 2 disagreements \u00b7 1 incomplete left \u00b7 83 agreed to accept \u00b7 0 resolved",
                text("curate-progress"));
        assertEquals("Corpus: 4 disagreements \u00b7 2 incomplete left in 2 articles", text("curate-corpus-progress"));

        // The disagreement on claim c1 side by side: only the verdict is marked.
        int c1 = rowOf(Unit.Kind.CLAIM, "Kim Jong Un telah mengirimkan");
        clickRow(c1);
        assertEquals("disagreement", units().getItems().get(c1).stateText());
        Label aniVerdict = (Label) wb.stage().getScene().lookup("#curate-ani-verdict");
        Label budiVerdict = (Label) wb.stage().getScene().lookup("#curate-budi-verdict");
        assertEquals("unverified", aniVerdict.getText());
        assertEquals("false", budiVerdict.getText());
        assertTrue(aniVerdict.getStyleClass().contains("curate-differs") && budiVerdict.getStyleClass().contains("curate-differs"));
        assertFalse(wb.stage().getScene().lookup("#curate-budi-span").getStyleClass().contains("curate-differs"));
        assertEquals("(not yet)", text("curate-curated-verdict"));
        assertEquals(0, wb.articleVm().selectionStartProperty().get(), "the claim's span is selected in the article");
        assertEquals(84, wb.articleVm().selectionEndProperty().get());

        // The incomplete source: budi's column says so.
        int s12 = units().getItems().indexOf(units().getItems().stream().filter(r -> r.unit().state() == Unit.State.INCOMPLETE)
                .findFirst().orElseThrow());
        clickRow(s12);
        assertEquals("(not annotated)", text("curate-budi-cue"));
        assertEquals("ani (not budi)", units().getItems().get(s12).annotators());

        robot.clickOn("#curate-accept-agreed");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Accept all agreed (83)", wb.vm().session().history().undoLabelProperty().get(), "one command");
        assertEquals(83, count("resolved (agreed)"));
        assertEquals("This article: 2 disagreements \u00b7 1 incomplete left \u00b7 0 agreed to accept \u00b7 83 resolved",
                text("curate-progress"));

        clickRow(rowOf(Unit.Kind.CLAIM, "Kim Jong Un telah mengirimkan"));
        robot.type(KeyCode.DIGIT2); // budi's version
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("resolved (disagreement)", units().getSelectionModel().getSelectedItem().stateText());
        assertEquals("false", text("curate-curated-verdict"));
        assertEquals("This article: 1 disagreement \u00b7 1 incomplete left \u00b7 0 agreed to accept \u00b7 84 resolved",
                text("curate-progress"));
        assertEquals("Corpus: 3 disagreements \u00b7 2 incomplete left in 2 articles", text("curate-corpus-progress"));
        assertEquals(22, wb.vm().session().document().entities().size(), "the 2 did not mark an entity type");

        ctrl(KeyCode.S);
        Path curated = tmp.resolve(TestFiles.SEED_ARTICLE.replace(".txt", ".annotations.json"));
        JsonObject json = JsonParser.parseString(Files.readString(curated)).getAsJsonObject();
        assertEquals(22, json.getAsJsonArray("entities").size(), "every entity but Moscow, whose type is disputed");
        assertEquals(22, json.getAsJsonArray("claims").size());
        assertEquals(13, json.getAsJsonArray("sources").size(), "s12 is incomplete and not taken");
        Set<String> ids = new HashSet<>();
        for (String kind : List.of("entities", "claims", "sources")) {
            for (JsonElement e : json.getAsJsonArray(kind)) {
                JsonObject a = e.getAsJsonObject();
                ids.add(a.get("id").getAsString());
                assertEquals("tester", a.get("createdBy").getAsString(), a.toString());
                assertEquals("tester", a.get("updatedBy").getAsString(), a.toString());
                assertTrue(Integer.parseInt(a.get("id").getAsString().substring(1)) < 100, "no id of budi's: " + a.get("id"));
            }
        }
        for (JsonElement e : json.getAsJsonArray("sources")) {
            JsonObject s = e.getAsJsonObject();
            for (String ref : List.of("speaker", "via")) {
                assertTrue(!s.has(ref) || ids.contains(s.get(ref).getAsString()), "remapped " + ref + ": " + s);
            }
            s.getAsJsonArray("claims").forEach(c -> assertTrue(ids.contains(c.getAsString()), "remapped claims: " + s));
        }
        JsonObject first = json.getAsJsonArray("claims").get(0).getAsJsonObject();
        assertEquals(0, first.getAsJsonObject("span").get("start").getAsInt());
        assertEquals("false", first.get("verdict").getAsString(), "budi's verdict taken");

        ctrl(KeyCode.Z);
        assertEquals("disagreement", units().getItems().get(rowOf(Unit.Kind.CLAIM, "Kim Jong Un telah mengirimkan")).stateText());
        assertNull(wb.vm().session().document().claims().stream().filter(c -> c.span().start() == 0)
                .map(Claim::verdict).findFirst().orElse(null), "the taken claim is gone again");
        ctrl(KeyCode.Z);
        assertEquals(0, wb.vm().session().document().size(), "undoing Accept all agreed empties the curated layer again");
        assertEquals(83, count("agreed"));
        assertEquals("This article: 2 disagreements \u00b7 1 incomplete left \u00b7 83 agreed to accept \u00b7 0 resolved",
                text("curate-progress"));

        // The type disagreement on Moscow, taken with budi's button: a new curated entity of budi's type.
        CurateRow moscowRow = units().getItems().stream().filter(r -> r.unit().kind() == Unit.Kind.MENTION
                && r.unit().state() == Unit.State.DISAGREED).findFirst().orElseThrow();
        assertEquals("\u201cMoscow\u201d", moscowRow.unit().first().field("entity"));
        clickRow(units().getItems().indexOf(moscowRow));
        assertTrue(wb.stage().getScene().lookup("#curate-ani-type").getStyleClass().contains("curate-differs"));
        assertEquals("LOCATION", text("curate-ani-type"));
        robot.clickOn("#curate-take-budi");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, wb.vm().session().document().entities().size());
        org.tandai.model.Entity moscow = wb.vm().session().document().entities().get(0);
        assertEquals(List.of("Moscow", "ORGANIZATION", "tester"), List.of(moscow.name(), moscow.type(), moscow.createdBy()));
        assertEquals("e23", moscow.id(), "the curated layer's next id (ids are never reused, even after undo), not budi's e105");
        assertEquals("ORGANIZATION", text("curate-curated-type"));
    }

    /** A broken annotator layer is named with its place and left out; nothing is written anywhere. */
    @Test
    void aBrokenAnnotatorLayerIsReportedByFileAndPlaceAndLeftOut() throws Exception {
        Path budi = tmp.resolve("annotators/budi/" + TestFiles.SEED_ARTICLE.replace(".txt", ".annotations.json"));
        Files.writeString(budi, "{\"format\": \"tandai-annotations\",\n  \"version\": 2,,}");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String message = text("curate-message");
        assertTrue(message.startsWith(budi + ": line 2, column"), message);
        assertEquals(86, units().getItems().size());
        assertEquals(86, count("incomplete"), "with budi left out, ani alone agrees with nobody");
        assertEquals("{\"format\": \"tandai-annotations\",\n  \"version\": 2,,}", Files.readString(budi), "left as it was");
        assertFalse(Files.exists(tmp.resolve(TestFiles.SEED_ARTICLE.replace(".txt", ".annotations.json"))));
        robot.clickOn("#curate-accept-agreed");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No agreed units left to accept.", text("curate-message"));
        assertEquals(0, wb.vm().session().document().size());
    }
}
