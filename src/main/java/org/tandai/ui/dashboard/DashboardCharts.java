package org.tandai.ui.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import org.tandai.dashboard.CorpusSummary;
import org.tandai.i18n.Messages;
import org.tandai.store.Layer;
import org.tandai.store.Stats;

/**
 * The dashboard's eight charts and how a {@link CorpusSummary} fills them. Every number comes
 * from the summary unchanged; pie slices are named "value (count)" so the count is readable on the
 * chart and in a saved PNG.
 */
final class DashboardCharts {
    static final String DONE = "done";
    static final String TYPES = "types";
    static final String LAYERS = "layers";
    static final String VERDICTS = "verdicts";
    static final String WORTHINESS = "worthiness";
    static final String FORMS = "forms";
    static final String SPEAKERS = "speakers";
    static final String AGREEMENT = "agreement";
    /** How many speakers the chart shows. */
    static final int TOP_SPEAKERS = 10;

    private final Messages messages;
    private final Map<String, Chart> charts = new LinkedHashMap<>();

    DashboardCharts(Messages messages) {
        this.messages = messages;
        charts.put(DONE, pie("dashboard.chart.done"));
        charts.put(TYPES, bar("dashboard.chart.types", false));
        charts.put(LAYERS, stacked("dashboard.chart.layers"));
        charts.put(VERDICTS, pie("dashboard.chart.verdicts"));
        charts.put(WORTHINESS, pie("dashboard.chart.worthiness"));
        charts.put(FORMS, pie("dashboard.chart.forms"));
        charts.put(SPEAKERS, bar("dashboard.chart.speakers", true));
        charts.put(AGREEMENT, bar("dashboard.chart.agreement", false));
        charts.get(TYPES).setLegendVisible(false);
        NumberAxis f1 = (NumberAxis) ((BarChart<?, ?>) charts.get(AGREEMENT)).getYAxis();
        f1.setAutoRanging(false);
        f1.setLowerBound(0);
        f1.setUpperBound(1);
        f1.setTickUnit(0.2);
        f1.setLabel(messages.get("dashboard.axis.f1"));
    }

    Map<String, Chart> all() {
        return charts;
    }

    Chart get(String id) {
        return charts.get(id);
    }

    /** True when the chart has nothing to draw (its card then says so). */
    boolean empty(String id) {
        Chart c = charts.get(id);
        if (c instanceof PieChart p) {
            return p.getData().stream().allMatch(d -> d.getPieValue() == 0);
        }
        return ((XYChart<?, ?>) c).getData().stream().flatMap(s -> s.getData().stream())
                .allMatch(d -> (d.getXValue() instanceof Number n ? n : (Number) d.getYValue()).doubleValue() == 0);
    }

    void show(CorpusSummary s) {
        Stats t = s.totals();
        pieData(DONE, orderedMap(messages.get("dashboard.done.yes"), s.done(), messages.get("dashboard.done.no"),
                s.notDone()));
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put(messages.get("dashboard.type.entities"), t.entities());
        types.put(messages.get("dashboard.type.mentions"), t.mentions());
        types.put(messages.get("dashboard.type.claims"), t.claims());
        types.put(messages.get("dashboard.type.sources"), t.sources());
        types.put(messages.get("dashboard.type.relations"), t.relations());
        xy(TYPES, List.of(series(messages.get("dashboard.series.annotations"), types)));
        Map<String, Integer> ent = new LinkedHashMap<>();
        Map<String, Integer> cl = new LinkedHashMap<>();
        Map<String, Integer> src = new LinkedHashMap<>();
        for (Map.Entry<Layer, Stats> e : s.perLayer().entrySet()) {
            ent.put(e.getKey().label(), e.getValue().entities());
            cl.put(e.getKey().label(), e.getValue().claims());
            src.put(e.getKey().label(), e.getValue().sources());
        }
        xy(LAYERS, List.of(series(messages.get("dashboard.type.entities"), ent),
                series(messages.get("dashboard.type.claims"), cl), series(messages.get("dashboard.type.sources"), src)));
        pieData(VERDICTS, t.claimsByVerdict());
        pieData(WORTHINESS, t.claimsByCheckWorthiness());
        pieData(FORMS, t.sourcesByForm());
        speakers(t);
        agreement(s);
    }

    private void speakers(Stats t) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(messages.get("dashboard.series.sources"));
        List<Map.Entry<String, Integer>> top = new ArrayList<>(t.topSpeakers(TOP_SPEAKERS));
        java.util.Collections.reverse(top); // the most cited at the top of a horizontal chart
        for (Map.Entry<String, Integer> e : top) {
            series.getData().add(new XYChart.Data<>(e.getValue(), shorten(e.getKey())));
        }
        @SuppressWarnings("unchecked")
        BarChart<Number, String> c = (BarChart<Number, String>) charts.get(SPEAKERS);
        c.setData(FXCollections.observableArrayList(List.of(series)));
    }

    private void agreement(CorpusSummary s) {
        List<XYChart.Series<String, Number>> out = new ArrayList<>();
        if (s.hasAgreement()) {
            String[] names = {"dashboard.type.entities", "dashboard.type.claims", "dashboard.type.sources"};
            for (int k = 0; k < names.length; k++) {
                XYChart.Series<String, Number> series = new XYChart.Series<>();
                series.setName(messages.get(names[k]));
                for (CorpusSummary.PairAgreement p : s.agreement()) {
                    Double v = k == 0 ? p.entities() : k == 1 ? p.claims() : p.sources();
                    if (v != null) {
                        series.getData().add(new XYChart.Data<>(p.label(), v));
                    }
                }
                out.add(series);
            }
        }
        xy(AGREEMENT, out);
    }

    /** A speaker's name as the chart's axis shows it: at most {@value #NAME_CHARS} characters, then "…". */
    static String shorten(String name) {
        return name.length() <= NAME_CHARS ? name : name.substring(0, NAME_CHARS - 1).strip() + "\u2026";
    }

    private static final int NAME_CHARS = 32;

    private static Map<String, Integer> orderedMap(String k1, int v1, String k2, int v2) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private void pieData(String id, Map<String, Integer> values) {
        List<PieChart.Data> data = new ArrayList<>();
        values.forEach((k, v) -> data.add(new PieChart.Data(k + " (" + v + ")", v)));
        ((PieChart) charts.get(id)).setData(FXCollections.observableArrayList(data));
    }

    private static XYChart.Series<String, Number> series(String name, Map<String, Integer> values) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        values.forEach((k, v) -> s.getData().add(new XYChart.Data<>(k, v)));
        return s;
    }

    @SuppressWarnings("unchecked")
    private void xy(String id, List<XYChart.Series<String, Number>> series) {
        XYChart<String, Number> c = (XYChart<String, Number>) charts.get(id);
        c.setData(FXCollections.observableArrayList(series));
    }

    private PieChart pie(String title) {
        PieChart c = new PieChart();
        c.setTitle(messages.get(title));
        c.setAnimated(false);
        c.setLegendSide(Side.RIGHT);
        c.setLabelsVisible(true);
        return c;
    }

    private BarChart<?, ?> bar(String title, boolean horizontal) {
        BarChart<?, ?> c = horizontal ? new BarChart<>(new NumberAxis(), new CategoryAxis())
                : new BarChart<>(new CategoryAxis(), new NumberAxis());
        c.setTitle(messages.get(title));
        c.setAnimated(false);
        c.setLegendVisible(!horizontal);
        return c;
    }

    private StackedBarChart<String, Number> stacked(String title) {
        StackedBarChart<String, Number> c = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
        c.setTitle(messages.get(title));
        c.setAnimated(false);
        return c;
    }
}
