package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.cli.TandaiCommand;
import org.tandai.model.Claim;
import org.tandai.model.Span;
import org.tandai.store.DocumentFiles;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import picocli.CommandLine;

/**
 * Issue 10's "done when": a quote split by its cue ("“Kami siap,” kata Budi, “untuk bekerja
 * sama.”") is annotated in the real window as one claim in two pieces, saved by Ctrl+S as a
 * version 2 sidecar with both fragments, exported to brat as one T line with ";" ranges, and
 * imported back from that brat file with its pieces intact.
 */
class SplitQuoteEndToEndTest {
    private static final String ARTICLE = "\u201cKami siap,\u201d kata Budi, \u201cuntuk bekerja sama.\u201d\n";
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

    private StyleClassedTextArea area() {
        return wb.articleView().area();
    }

    private Point2D at(int charIndex, boolean left) throws Exception {
        Bounds b = WaitForAsyncUtils.asyncFx(() -> area().getCharacterBoundsOnScreen(charIndex, charIndex + 1)
                .orElseThrow()).get();
        return new Point2D(left ? b.getMinX() + 1 : b.getMaxX() - 1, b.getCenterY());
    }

    private void drag(String quote) throws Exception {
        int a = area().getText().indexOf(quote);
        robot.drag(at(a, true)).dropTo(at(a + quote.length() - 1, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(quote, area().getSelectedText());
    }

    private static int cli(String... args) {
        CommandLine cl = TandaiCommand.commandLine(options -> 0);
        StringWriter sink = new StringWriter();
        cl.setOut(new PrintWriter(sink, true));
        cl.setErr(new PrintWriter(sink, true));
        int code = cl.execute(args);
        assertEquals(0, code, String.join(" ", args) + ": " + sink);
        return code;
    }

    @Test
    void aSplitQuoteIsAnnotatedSavedExportedToBratAndImportedBackInPieces() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path article = corpus.resolve("split.txt");
        Files.writeString(article, ARTICLE, StandardCharsets.UTF_8);
        dialogs.clear();
        robot.interact(() -> wb.openFolder(corpus, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();

        drag("Kami siap,");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        drag("untuk bekerja sama.");
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        List<Claim> claims = wb.vm().session().document().claims();
        assertEquals(1, claims.size(), "one claim made; status: " + wb.vm().statusProperty().get());
        assertEquals(2, claims.get(0).span().fragmentCount());
        robot.clickOn(wb.statusBar());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        // On disk: version 2, the claim's span as two fragments with their own quotes.
        Path sidecar = DocumentFiles.curated(article).sidecar();
        JsonObject json = JsonParser.parseString(Files.readString(sidecar, StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals(2, json.get("version").getAsInt());
        JsonArray fragments = json.getAsJsonArray("claims").get(0).getAsJsonObject()
                .getAsJsonObject("span").getAsJsonArray("fragments");
        assertEquals(2, fragments.size());
        List<Span> made = claims.get(0).span().fragments();
        for (int i = 0; i < 2; i++) {
            JsonObject f = fragments.get(i).getAsJsonObject();
            assertEquals(made.get(i).start(), f.get("start").getAsInt());
            assertEquals(made.get(i).end(), f.get("end").getAsInt());
            assertEquals(made.get(i).exact(), f.get("exact").getAsString());
        }
        assertTrue(made.get(0).exact().startsWith("Kami siap"), made.get(0).exact());
        assertTrue(made.get(1).exact().startsWith("untuk bekerja sama"), made.get(1).exact());
        assertTrue(made.get(0).end() < ARTICLE.indexOf("kata") && made.get(1).start() > ARTICLE.indexOf("Budi"),
                "the cue and speaker are not inside the claim: " + made);

        // Exported to brat: one T line with ";" ranges; its text field joins the pieces with a space.
        Path brat = tmp.resolve("brat");
        cli("export", "--format=brat", "--out=" + brat, corpus.toString());
        List<String> tLines = Files.readAllLines(brat.resolve("split.ann"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("T")).toList();
        assertEquals(1, tLines.size(), "one T line: " + tLines);
        String ranges = made.get(0).start() + " " + made.get(0).end() + ";" + made.get(1).start() + " " + made.get(1).end();
        assertEquals("\t" + ranges + "\t" + made.get(0).exact() + " " + made.get(1).exact(),
                tLines.get(0).substring(tLines.get(0).indexOf(' ')).replaceFirst("^ ", "\t"), tLines.get(0));

        // Imported back: the claim (or whatever the T type maps to) keeps both pieces.
        Path back = tmp.resolve("back");
        cli("import", "--format=brat", "--annotator=tester", "--out=" + back, brat.toString());
        JsonObject again = JsonParser.parseString(Files.readString(back.resolve("split.annotations.json"),
                StandardCharsets.UTF_8)).getAsJsonObject();
        JsonArray pieces = again.getAsJsonArray("claims").get(0).getAsJsonObject()
                .getAsJsonObject("span").getAsJsonArray("fragments");
        assertEquals(fragments, pieces, "the same two fragments, offsets, quotes and context");
    }
}
