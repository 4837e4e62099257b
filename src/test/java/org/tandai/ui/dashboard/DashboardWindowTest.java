package org.tandai.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.cli.TandaiCommand;
import org.tandai.dashboard.CorpusSummaries;
import org.tandai.dashboard.CorpusSummary;
import org.tandai.store.SidecarStore;
import org.tandai.synth.SyntheticTeam;
import org.tandai.ui.FakeDialogs;
import org.tandai.ui.TestWindow;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard in the real window: View ▸ Dashboard opens it on the open folder, its charts hold
 * the numbers {@code tandai stats --json} prints, it counts again when a sidecar or the done marks
 * change on disk, and Save as PNG writes a real PNG of the chart, refusing a link that leads onto
 * a sidecar.
 */
class DashboardWindowTest {
    private static TestWindow window;
    private static final FakeDialogs dialogs = new FakeDialogs();
    private static final Settings settings = new Settings();
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path tmp;

    @BeforeAll
    static void startWindow() throws Exception {
        window = TestWindow.standard(dialogs, settings);
    }

    @AfterAll
    static void closeWindow() throws Exception {
        window.close();
    }

    @BeforeEach
    void clear() {
        dialogs.clear();
        settings.lastArticle = null;
    }

    @AfterEach
    void hideDashboard() {
        DashboardWindow d = DashboardWindow.of(window.stage);
        robot.interact(() -> d.view().stage().hide());
    }

    private DashboardWindow open(Path folder) {
        robot.interact(() -> window.workbench.openFolder(folder, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem item = dashboardItem();
        robot.interact(() -> item.fire());
        WaitForAsyncUtils.waitForFxEvents();
        DashboardWindow d = DashboardWindow.of(window.stage);
        assertTrue(d.view().stage().isShowing());
        return d;
    }

    private MenuItem dashboardItem() {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.stage.getScene().getRoot()
                .lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "dashboard.menu".equals(i.getId())).findFirst().orElseThrow();
    }

    private static JsonObject stats(Path folder) {
        StringWriter o = new StringWriter();
        picocli.CommandLine cl = TandaiCommand.commandLine(options -> 0);
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        cl.execute("stats", "--json", folder.toString());
        return JsonParser.parseString(o.toString()).getAsJsonObject();
    }

    private static Map<String, Double> pie(DashboardWindow d, String id) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (PieChart.Data x : ((PieChart) d.view().chart(id)).getData()) {
            m.put(x.getName(), x.getPieValue());
        }
        return m;
    }

    /** The pie of a stats map: "value (count)" → count. */
    private static Map<String, Double> expectedPie(JsonObject o, String field) {
        Map<String, Double> m = new LinkedHashMap<>();
        o.getAsJsonObject(field).entrySet().forEach(e -> m.put(e.getKey() + " (" + e.getValue().getAsInt() + ")",
                (double) e.getValue().getAsInt()));
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> bars(DashboardWindow d, String id, int series) {
        Map<String, Number> m = new LinkedHashMap<>();
        XYChart<Object, Object> c = (XYChart<Object, Object>) d.view().chart(id);
        for (XYChart.Data<Object, Object> x : c.getData().get(series).getData()) {
            if (x.getXValue() instanceof String s) {
                m.put(s, (Number) x.getYValue());
            } else {
                m.put((String) x.getYValue(), (Number) x.getXValue());
            }
        }
        return m;
    }

    private Path seeds() {
        return TestFiles.seed(tmp.resolve("seeds")).getParent();
    }

    @Test
    void theChartsHoldTheNumbersOfStats() {
        Path folder = seeds();
        DashboardWindow d = open(folder);
        JsonObject s = stats(folder);
        assertEquals(expectedPie(s, "claimsByVerdict"), pie(d, DashboardCharts.VERDICTS));
        assertEquals(expectedPie(s, "claimsByCheckWorthiness"), pie(d, DashboardCharts.WORTHINESS));
        assertEquals(expectedPie(s, "sourcesByForm"), pie(d, DashboardCharts.FORMS));
        assertEquals(Map.of("done (0)", 0.0, "not done (1)", 1.0), pie(d, DashboardCharts.DONE));
        Map<String, Number> types = bars(d, DashboardCharts.TYPES, 0);
        assertEquals(List.of("entities", "mentions", "claims", "sources", "relations"), List.copyOf(types.keySet()));
        assertEquals(s.get("entities").getAsInt(), types.get("entities").intValue());
        assertEquals(s.get("mentions").getAsInt(), types.get("mentions").intValue());
        assertEquals(22, types.get("claims").intValue());
        assertEquals(s.get("sources").getAsInt(), types.get("sources").intValue());
        assertEquals(s.get("relations").getAsInt(), types.get("relations").intValue());
        Map<String, Number> speakers = bars(d, DashboardCharts.SPEAKERS, 0);
        assertFalse(speakers.isEmpty());
        Map<String, Integer> byShownName = new LinkedHashMap<>();
        s.getAsJsonObject("speakers").entrySet().forEach(e -> byShownName.put(DashboardCharts.shorten(e.getKey()),
                e.getValue().getAsInt()));
        speakers.forEach((name, n) -> assertEquals(byShownName.get(name), n.intValue(), name));
        assertEquals(Math.min(DashboardCharts.TOP_SPEAKERS, byShownName.size()), speakers.size());
        int most = byShownName.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertEquals(most, speakers.values().stream().reduce((a, b) -> b).orElseThrow().intValue(),
                "the most-cited speaker is the last category, drawn at the top");
        assertEquals(Map.of("curated", s.get("entities").getAsInt()), Map.of("curated",
                bars(d, DashboardCharts.LAYERS, 0).get("curated").intValue()));
        assertTrue(d.view().placeholder(DashboardCharts.AGREEMENT).isVisible());
        assertTrue(d.view().placeholder(DashboardCharts.AGREEMENT).getText().startsWith("Needs two annotators"));
        assertFalse(d.view().placeholder(DashboardCharts.VERDICTS).isVisible());
    }

    @Test
    void aChangeOnDiskIsCountedAgain() throws Exception {
        Path folder = seeds();
        DashboardWindow d = open(folder);
        Path sidecar = folder.resolve(TestFiles.SEED_ARTICLE.replace(".txt", ".annotations.json"));
        String json = Files.readString(sidecar);
        Files.writeString(sidecar, json.replaceFirst("\"verdict\": \"unverified\"", "\"verdict\": \"false\""));
        robot.interact(() -> d.vm().checkNow());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pie(d, DashboardCharts.VERDICTS).containsKey("false (1)"));
        WaitForAsyncUtils.waitForFxEvents(); // the whole summary is shown, not only the chart waited for
        assertEquals(Map.of("false (1)", 1.0, "unverified (21)", 21.0), pie(d, DashboardCharts.VERDICTS));

        // the done tick in the corpus list is written to tandai-corpus.json, and the dashboard follows
        var item = window.workbench.corpusView().list().getItems().get(0);
        robot.interact(() -> item.doneProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> d.vm().checkNow());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pie(d, DashboardCharts.DONE).containsKey("done (1)"));
        WaitForAsyncUtils.waitForFxEvents(); // the whole summary is shown, not only the chart waited for
        assertEquals(Map.of("done (1)", 1.0, "not done (0)", 0.0), pie(d, DashboardCharts.DONE));
    }

    @Test
    void aSaveOfTheWindowIsCountedAgain() throws Exception {
        Path folder = seeds();
        DashboardWindow d = open(folder);
        assertEquals(22, bars(d, DashboardCharts.TYPES, 0).get("claims").intValue());
        robot.interact(() -> window.workbench.articleView().area().selectRange(0, 12));
        javafx.scene.control.Button newClaim = window.stage.getScene().getRoot().lookupAll(".button").stream()
                .map(n -> (javafx.scene.control.Button) n).filter(b -> "action.annotate.newClaim".equals(b.getId()))
                .findFirst().orElseThrow();
        robot.interact(newClaim::fire);
        assertEquals(23, window.workbench.vm().session().document().claims().size(), dialogs.errors.toString());
        assertEquals(22, bars(d, DashboardCharts.TYPES, 0).get("claims").intValue(), "unsaved edits are not counted");
        robot.interact(() -> window.workbench.vm().save());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> bars(d, DashboardCharts.TYPES, 0).get("claims").intValue() == 23);
        WaitForAsyncUtils.waitForFxEvents(); // the whole summary is shown, not only the chart waited for
        assertEquals(23, pie(d, DashboardCharts.VERDICTS).values().stream().mapToDouble(Double::doubleValue).sum(), 0);
        assertEquals(23, stats(folder).get("claims").getAsInt());
    }

    @Test
    void saveAsPngWritesARealPngAndRefusesALinkOntoASidecar() throws Exception {
        Path folder = seeds();
        DashboardWindow d = open(folder);
        Path out = Files.createDirectories(tmp.resolve("charts"));
        dialogs.saveFiles.add(out.resolve("verdicts"));
        robot.interact(() -> d.view().saveButton(DashboardCharts.VERDICTS).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Path png = out.resolve("verdicts.png");
        assertTrue(Files.isRegularFile(png), dialogs.errors.toString());
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, java.util.Arrays.copyOf(bytes, 8));
        int w = ByteBuffer.wrap(bytes, 16, 4).getInt();
        int h = ByteBuffer.wrap(bytes, 20, 4).getInt();
        var chart = d.view().chart(DashboardCharts.VERDICTS);
        assertEquals((int) Math.ceil(chart.getWidth()), w, 1);
        assertEquals((int) Math.ceil(chart.getHeight()), h, 1);
        assertTrue(w > 200 && h > 200, w + "x" + h);
        assertTrue(bytes.length > 2000, "a chart, not a blank: " + bytes.length + " bytes");
        assertTrue(dialogs.notices.stream().anyMatch(n -> n.contains(png.toString())), dialogs.notices.toString());

        // saving again asks before replacing; cancelling leaves the file as it was
        byte[] before = Files.readAllBytes(png);
        dialogs.saveFiles.add(png);
        robot.interact(() -> d.view().saveButton(DashboardCharts.FORMS).fire());
        assertTrue(dialogs.questions.stream().anyMatch(q -> q.contains("exists already")), dialogs.questions.toString());
        assertArrayEquals(before, Files.readAllBytes(png));

        Path sidecar = folder.resolve(TestFiles.SEED_ARTICLE.replace(".txt", ".annotations.json"));
        byte[] sidecarBefore = Files.readAllBytes(sidecar);
        Path link = Files.createSymbolicLink(out.resolve("link.png"), sidecar);
        dialogs.saveFiles.add(link);
        robot.interact(() -> d.view().saveButton(DashboardCharts.DONE).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.errors.stream().anyMatch(e -> e.contains("not a .png file") && e.contains(link.toString())),
                dialogs.errors.toString());
        assertArrayEquals(sidecarBefore, Files.readAllBytes(sidecar));
    }

    @Test
    void aTeamCorpusShowsEachLayerAndTheAgreementOfEachPair() throws Exception {
        Path folder = tmp.resolve("team");
        SyntheticTeam.write(folder, "t", 3, 11L, 1500, 12, 3);
        DashboardWindow d = open(folder);
        CorpusSummary expected = new CorpusSummaries(new SidecarStore()).compute(folder,
                window.workbench.vm().layerProperty().get(), (n, t) -> { });
        Map<String, Number> layers = bars(d, DashboardCharts.LAYERS, 0);
        for (int i = 1; i <= 3; i++) {
            var l = SyntheticTeam.annotator(i);
            assertEquals(expected.perLayer().get(l).entities(), layers.get(l.label()).intValue(), l.label());
        }
        Map<String, Number> f1 = bars(d, DashboardCharts.AGREEMENT, 0);
        assertEquals(List.of("annotator-1\u2013annotator-2", "annotator-1\u2013annotator-3", "annotator-2\u2013annotator-3"),
                List.copyOf(f1.keySet()));
        for (CorpusSummary.PairAgreement p : expected.agreement()) {
            assertEquals(p.entities(), f1.get(p.label()).doubleValue(), 1e-9, p.label());
        }
        assertFalse(d.view().placeholder(DashboardCharts.AGREEMENT).isVisible());
    }
}
