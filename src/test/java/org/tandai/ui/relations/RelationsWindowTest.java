package org.tandai.ui.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Span;
import org.tandai.model.Status;
import org.tandai.store.DocumentFiles;
import org.tandai.ui.FakeDialogs;
import org.tandai.ui.TestWindow;
import org.tandai.ui.Workbench;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Edits;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10 in the real window: relations made from the keyboard (R on one annotation, T on the
 * other, a choice of the types the tag set allows), listed in the Relations tab and in both ends'
 * detail forms, edited, deleted and undone; attributes set through the generated controls of the
 * claim form and of an entity's mention. Runs on a temporary copy of the committed seed (22 claims).
 */
class RelationsWindowTest {
    private static TestWindow window;
    private static Workbench wb;
    private static final FakeDialogs dialogs = new FakeDialogs();
    private static final Settings settings = new Settings();
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path tmp;

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
        robot.clickOn(wb.statusBar()); // the window has the keyboard
    }

    @AfterEach
    void saveBeforeTheTemporaryFolderGoes() {
        robot.interact(() -> wb.vm().save());
    }

    private DocumentSession session() {
        return wb.vm().session();
    }

    private TableView<Claim> claims() {
        return wb.claimsView().table();
    }

    private void ctrl(KeyCode k) {
        robot.press(KeyCode.CONTROL).type(k).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the claim's row in the Claims tab (which gives the table the keyboard). */
    private void pickClaimRow(int row) {
        tab("Claims");
        clickRow(claims(), row);
    }

    /** Clicks a tab's header. */
    private void tab(String name) {
        robot.clickOn(robot.lookup(".tab-label").match(n -> n instanceof Label l && name.equals(l.getText())).queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickRow(TableView<?> table, int row) {
        robot.interact(() -> table.scrollTo(row));
        Node cell = robot.from(table).lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getIndex() == row).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(row, table.getSelectionModel().getSelectedIndex());
    }

    private List<String> links(Node view, String kind) {
        VBox box = (VBox) view.lookup("#" + kind + "-relations");
        return box.getChildren().stream().map(n -> ((Hyperlink) n).getText()).toList();
    }

    /** R on the first claim, Down to the second, T, first offered type (Supports). */
    private Relation supportsBetweenTheFirstTwoClaims() {
        pickClaimRow(0);
        robot.type(KeyCode.R);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, claims().getSelectionModel().getSelectedIndex(), "Down moved to the second claim");
        dialogs.choices.add(0);
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, session().document().relations().size(), "one relation made; status: " + wb.vm().statusProperty().get());
        return session().document().relations().get(0);
    }

    @Test
    void aSupportsRelationMadeWithTheKeyboardIsListedInTheTabAndBothClaimsAndUndoes() {
        Claim first = claims().getItems().get(0);
        Claim second = claims().getItems().get(1);
        Relation r = supportsBetweenTheFirstTwoClaims();
        assertEquals("supports", r.type());
        assertEquals(first.id(), r.from());
        assertEquals(second.id(), r.to());
        assertEquals("tester", r.createdBy());
        assertTrue(r.createdAt() != null, "creation time stamped");
        assertTrue(dialogs.questions.get(0).contains(first.id()) && dialogs.questions.get(0).contains(second.id()),
                dialogs.questions.toString());

        TableView<Relation> table = wb.relationsView().table();
        assertEquals(1, table.getItems().size());
        assertEquals(List.of(r.id(), "Supports", first.id() + " \u00b7", second.id() + " \u00b7", "accepted"),
                List.of(cell(table, 0), cell(table, 1), cell(table, 2).substring(0, first.id().length() + 2),
                        cell(table, 3).substring(0, second.id().length() + 2), cell(table, 4)));
        // The second claim is selected: its form lists the relation coming in.
        List<String> incoming = links(wb.claimsView(), "claim");
        assertEquals(1, incoming.size());
        assertTrue(incoming.get(0).startsWith(first.id() + " \u00b7") && incoming.get(0).endsWith("supports this"), incoming.get(0));
        pickClaimRow(0);
        List<String> outgoing = links(wb.claimsView(), "claim");
        assertEquals(1, outgoing.size());
        assertTrue(outgoing.get(0).startsWith("supports " + second.id() + " \u00b7"), outgoing.get(0));
        // The link goes to the other end.
        robot.interact(() -> ((Hyperlink) wb.claimsView().lookup("#relation-link-" + r.id())).fire());
        assertEquals(second.id(), wb.selection().id());

        tab("Relations");
        robot.interact(() -> new Edits(session()).update(first.id(), "Edit statement", Claim.class, c -> c.setStatement("Kim wrote")));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableCell<?, ?> from = robot.from(table).lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getIndex() == 0 && c.getTableColumn() == table.getColumns().get(2)).query();
        assertEquals(first.id() + " \u00b7 Kim wrote", from.getText(), "the shown row follows an edit of its end");
        ctrl(KeyCode.Z);
        ctrl(KeyCode.Z);
        assertTrue(session().document().relations().isEmpty());
        assertTrue(table.getItems().isEmpty(), "the row is gone");
        assertTrue(links(wb.claimsView(), "claim").isEmpty(), "the form no longer lists it");
        ctrl(KeyCode.Y);
        assertEquals(1, table.getItems().size(), "redo restores the row");
        assertEquals(1, links(wb.claimsView(), "claim").size());
    }

    private static String cell(TableView<Relation> t, int col) {
        return String.valueOf(t.getColumns().get(col).getCellData(0));
    }

    @Test
    void selectingARelationRowShowsTheRelationsTabAndItsForm() {
        Relation r = supportsBetweenTheFirstTwoClaims();
        TableView<Relation> table = wb.relationsView().table();
        tab("Relations");
        clickRow(table, 0);
        assertEquals(r.id(), wb.selection().id());
        assertTrue(wb.relationsView().isVisible() && wb.relationsView().getParent() != null);
        assertEquals(r.id(), session().document().relation(r.id()).id());
        @SuppressWarnings("unchecked")
        ComboBox<String> type = (ComboBox<String>) wb.relationsView().lookup("#relation-type");
        assertEquals(List.of("supports", "contradicts"), type.getItems(), "only the types allowed claim to claim");
        robot.interact(() -> type.setValue("contradicts"));
        assertEquals("contradicts", session().document().relation(r.id()).type());
        assertTrue(((Button) wb.relationsView().lookup("#relation-swap")).isDisabled(), "contradicts reads the same both ways");
        ctrl(KeyCode.Z);
        assertEquals("supports", session().document().relation(r.id()).type());

        robot.interact(() -> ((Button) wb.relationsView().lookup("#relation-swap")).fire());
        assertEquals(r.to(), session().document().relation(r.id()).from());
        assertEquals(r.from(), session().document().relation(r.id()).to());

        TextField note = (TextField) wb.relationsView().lookup("#relation-note");
        robot.clickOn(note).write("same figure").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("same figure", session().document().relation(r.id()).note());
        @SuppressWarnings("unchecked")
        ComboBox<Status> status = (ComboBox<Status>) wb.relationsView().lookup("#relation-status");
        robot.interact(() -> status.setValue(Status.REJECTED));
        assertEquals(Status.REJECTED, session().document().relation(r.id()).status());
        assertEquals("rejected", cell(table, 4));

        robot.interact(() -> ((Button) wb.relationsView().lookup("#relation-delete")).fire());
        assertTrue(table.getItems().isEmpty());
        ctrl(KeyCode.Z);
        assertEquals(1, table.getItems().size());
        assertEquals("same figure", session().document().relation(r.id()).note(), "undo restores the relation as it was");
    }

    @Test
    void deletingAnEndDeletesTheRelationAndUndoBringsBothBack() {
        Relation r = supportsBetweenTheFirstTwoClaims();
        pickClaimRow(0);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(session().find(r.from()), "the claim is deleted");
        assertTrue(session().document().relations().isEmpty(), "and the relation with it");
        assertTrue(wb.relationsView().table().getItems().isEmpty());
        ctrl(KeyCode.Z);
        assertEquals(r.from(), session().document().relation(r.id()).from());
        assertEquals(1, wb.relationsView().table().getItems().size(), "the row is back");
    }

    @Test
    void aRelationTypeTheTagSetDoesNotAllowIsRefusedWithAMessage() {
        tab("Entities");
        clickRow(wb.entitiesView().table(), 0);
        String entity = wb.selection().id();
        robot.type(KeyCode.R);
        pickClaimRow(0);
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session().document().relations().isEmpty(), "nothing made");
        assertTrue(dialogs.questions.isEmpty(), "no type offered");
        assertEquals(1, dialogs.notices.size(), dialogs.notices.toString());
        String msg = dialogs.notices.get(0);
        assertTrue(msg.startsWith("No relation type goes from an entity to a claim (" + entity + " \u2192 "), msg);
        assertTrue(msg.contains("Supports (claim \u2192 claim)") && msg.contains("Part of (entity \u2192 entity)"), msg);
        assertEquals(msg, wb.vm().statusProperty().get());
    }

    @Test
    void hedgedIsSetOnAClaimThroughItsCheckBoxAndUndone() {
        pickClaimRow(2);
        Claim c = claims().getSelectionModel().getSelectedItem();
        CheckBox hedged = (CheckBox) wb.claimsView().lookup("#attr-claim-hedged");
        assertFalse(hedged.isSelected());
        robot.clickOn(hedged);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Map.of("hedged", true), session().claim(c.id()).attributes());
        assertTrue(hedged.isSelected());
        assertEquals("Set hedged on claim " + c.id(), session().history().undoLabelProperty().get());
        robot.type(KeyCode.SPACE); // the box keeps the focus after the edit refilled the form
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session().claim(c.id()).attributes().isEmpty(), "unset is removed from the map");
        ctrl(KeyCode.Z);
        assertEquals(Map.of("hedged", true), session().claim(c.id()).attributes());
        ctrl(KeyCode.Z);
        assertTrue(session().claim(c.id()).attributes().isEmpty());
        assertFalse(hedged.isSelected(), "the form follows undo");
    }

    @Test
    void anAttributeTheTagSetDoesNotDeclareIsShownReadOnlyAndCanBeRemoved() {
        pickClaimRow(0);
        String id = claims().getSelectionModel().getSelectedItem().id();
        robot.interact(() -> new Edits(session()).update(id, "from a file", Claim.class, c -> c.attributes().put("sarcasm", "high")));
        Label shown = (Label) wb.claimsView().lookup("#attr-claim-sarcasm");
        assertEquals("high  (not in the tag set)", shown.getText());
        assertEquals(Map.of("sarcasm", "high"), session().claim(id).attributes(), "kept, not dropped");
        Button remove = (Button) shown.getParent().getChildrenUnmodifiable().get(1);
        robot.interact(remove::fire);
        assertTrue(session().claim(id).attributes().isEmpty());
    }

    @Test
    void negatedIsSetOnOneMentionAndUndone() {
        tab("Entities");
        TableView<Entity> entities = wb.entitiesView().table();
        clickRow(entities, 0);
        ListView<Span> mentions = wb.entitiesView().mentions();
        robot.interact(() -> mentions.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        String id = wb.selection().id();
        Span mention = mentions.getItems().get(0);
        CheckBox negated = (CheckBox) wb.entitiesView().lookup("#attr-mention-negated");
        assertTrue(negated.isVisible(), "shown for the picked mention");
        robot.clickOn(negated);
        WaitForAsyncUtils.waitForFxEvents();
        Entity e = session().entity(id);
        Span now = e.mentions().stream().filter(m -> m.start() == mention.start() && m.end() == mention.end()).findFirst().orElseThrow();
        assertEquals(Map.of("negated", true), now.attributes());
        assertEquals(1, e.mentions().stream().filter(m -> !m.attributes().isEmpty()).count(), "only that mention");
        assertEquals(now, mentions.getSelectionModel().getSelectedItem(), "the mention stays picked");
        assertTrue(negated.isSelected());
        ctrl(KeyCode.Z);
        assertTrue(session().entity(id).mentions().stream().allMatch(m -> m.attributes().isEmpty()));
    }

    /** What the window made reaches the file: Ctrl+S writes the relation and both attributes in format version 2. */
    @Test
    void theRelationAndAttributesMadeInTheWindowAreSavedInTheSidecar() throws Exception {
        Relation r = supportsBetweenTheFirstTwoClaims();
        pickClaimRow(0);
        robot.clickOn((CheckBox) wb.claimsView().lookup("#attr-claim-hedged"));
        WaitForAsyncUtils.waitForFxEvents();
        String hedgedClaim = claims().getSelectionModel().getSelectedItem().id();
        tab("Entities");
        clickRow(wb.entitiesView().table(), 0);
        robot.interact(() -> wb.entitiesView().mentions().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn((CheckBox) wb.entitiesView().lookup("#attr-mention-negated"));
        WaitForAsyncUtils.waitForFxEvents();
        String entity = wb.selection().id();
        robot.clickOn(wb.statusBar());
        ctrl(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        Path sidecar = org.tandai.store.DocumentFiles.curated(session().article()).sidecar();
        com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(
                java.nio.file.Files.readString(sidecar)).getAsJsonObject();
        assertEquals(2, json.get("version").getAsInt());
        com.google.gson.JsonArray relations = json.getAsJsonArray("relations");
        assertEquals(1, relations.size());
        com.google.gson.JsonObject saved = relations.get(0).getAsJsonObject();
        assertEquals(r.id(), saved.get("id").getAsString());
        assertEquals("supports", saved.get("type").getAsString());
        assertEquals(r.from(), saved.get("from").getAsString());
        assertEquals(r.to(), saved.get("to").getAsString());
        assertEquals("tester", saved.get("createdBy").getAsString());
        boolean hedgedOnDisk = false;
        for (var c : json.getAsJsonArray("claims")) {
            var o = c.getAsJsonObject();
            if (o.get("id").getAsString().equals(hedgedClaim)) {
                hedgedOnDisk = o.getAsJsonObject("attributes").get("hedged").getAsBoolean();
            }
        }
        assertTrue(hedgedOnDisk, "the claim's hedged attribute is in the file");
        long negatedMentions = 0;
        for (var e : json.getAsJsonArray("entities")) {
            var o = e.getAsJsonObject();
            if (o.get("id").getAsString().equals(entity)) {
                for (var m : o.getAsJsonArray("mentions")) {
                    var attrs = m.getAsJsonObject().getAsJsonObject("attributes");
                    negatedMentions += attrs != null && attrs.get("negated").getAsBoolean() ? 1 : 0;
                }
            }
        }
        assertEquals(1, negatedMentions, "one mention of the entity is negated in the file");
    }
}
