package org.tandai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.Span;
import org.tandai.store.ArticleReader;
import org.tandai.store.DocumentFiles;
import org.tandai.store.SidecarStore;
import org.tandai.ui.AppContext;
import org.tandai.ui.Workbench;
import org.tandai.ui.common.FxTaskRunner;
import org.tandai.ui.common.Settings;
import org.tandai.ui.common.SettingsStore;
import org.testfx.api.FxToolkit;

/**
 * Targets 2–4 and 9: drives the real window under Monocle (headless, as the tests run it) and
 * measures action-to-pulse latency: from running an action on the FX thread to the end of the
 * layout pass of the next pulse, i.e. until the frame showing its result is laid out. Loads run on
 * the production background runner. Runs in its own JVM with {@code -Xmx512m} (target 8's window
 * budget); BenchMain starts it and reads the lines it prints ({@code ui: NAME p50 p95 max n}).
 */
public final class UiBenchmark {
    private static final int SAMPLES = 40;
    private static final int TIMEOUT_S = 180;
    private static Stage stage;
    private static Workbench wb;
    private static Scene scene;

    private UiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // -Dtandai.bench.ui=open,edit,jump,table picks phases (all by default), for profiling one.
        List<String> phases = List.of(System.getProperty("tandai.bench.ui", "open,edit,jump,structure,filter,table").split(","));
        Path corpus = prepareCorpus(phases.contains("table"));
        stage = FxToolkit.registerPrimaryStage();
        Path config = BenchInputs.root().resolve("ui-config");
        FxTaskRunner tasks = new FxTaskRunner();
        AppContext ctx = new AppContext(new SidecarStore(), tasks, new BenchDialogs(),
                new SettingsStore(config, new SidecarStore()), Clock.systemUTC(), "bench",
                org.tandai.i18n.Messages.english(), null);
        Settings settings = new Settings();
        settings.width = 1280;
        settings.height = 800;
        settings.lastArticle = "long0000.txt";
        FxToolkit.setupFixture(() -> {
            wb = new Workbench(ctx, stage, settings);
            scene = stage.getScene();
            stage.show();
        });
        Path a = corpus.resolve("long0000.txt");
        Path b = corpus.resolve("long0001.txt");
        List<Double> open = new ArrayList<>();
        open.add(openAndRender(corpus, null));
        report("open-first", open);
        report("open-first-load", List.of(lastSplit[0]));
        report("open-first-views", List.of(lastSplit[1]));
        report("open-first-pulse", List.of(open.get(0) - lastSplit[0] - lastSplit[1]));
        open.clear();
        if (phases.contains("open")) {
            List<Double> load = new ArrayList<>();
            List<Double> views = new ArrayList<>();
            List<Double> pulse = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                double t = openAndRender(null, i % 2 == 0 ? b : a);
                open.add(t);
                load.add(lastSplit[0]);
                views.add(lastSplit[1]);
                pulse.add(t - lastSplit[0] - lastSplit[1]);
            }
            report("open-warm", open);
            // Where a warm open goes: reading off the FX thread, the views taking the document
            // (FX thread), and the pulse that lays it out (CSS, layout) until it can be drawn.
            report("open-warm-load", load);
            report("open-warm-views", views);
            report("open-warm-pulse", pulse);
        }
        if (phases.contains("edit")) {
            editing();
        }
        if (phases.contains("jump")) {
            jumping();
        }
        if (phases.contains("structure")) {
            StructureBench.run(wb, scene, UiBenchmark::latency, UiBenchmark::fx, UiBenchmark::report);
        }
        if (phases.contains("filter")) {
            filtering();
        }
        if (phases.contains("table")) {
            table(BenchInputs.root().resolve("ui-table").resolve("t100k.txt"));
        }
        Platform.runLater(() -> stage.hide());
        tasks.shutdown();
        Platform.exit();
        System.exit(0);
    }

    /**
     * Two copies of the 1 MB / 10,000-annotation article, and (elsewhere, when {@code table} is
     * measured: generating it takes minutes) one with 100,000 entities.
     */
    private static Path prepareCorpus(boolean table) throws Exception {
        Path src = BenchInputs.longArticle();
        Path dir = BenchInputs.root().resolve("ui-corpus");
        Files.createDirectories(dir);
        // Fresh copies every run: the window autosaves the edits of the previous run.
        for (String name : List.of("long0000", "long0001")) {
            Files.copy(src, dir.resolve(name + ".txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(DocumentFiles.curated(src).sidecar(), dir.resolve(name + ".annotations.json"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(dir.resolve(name + ".annotations.json.bak"));
        }
        // The 100,000-entity article sits in its own folder, so the corpus list of the first
        // folder does not count its annotations when the first open is timed.
        Path tableDir = BenchInputs.root().resolve("ui-table");
        if (!table || Files.exists(tableDir.resolve(".complete"))) {
            return dir;
        }
        Files.createDirectories(tableDir);
        Path t = tableDir.resolve("t100k.txt");
        Files.copy(src, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ArticleText text = ArticleReader.read(t);
        AnnotatedDocument doc = SidecarStore.newDocument(t, text);
        SplittableRandom rnd = new SplittableRandom(9);
        for (int i = 0; i < 100_000; i++) {
            int start = rnd.nextInt(text.length() - 20);
            Entity e = new Entity(doc.newId(Kind.ENTITY), "Entity " + i, i % 3 == 0 ? "PERSON" : i % 3 == 1 ? "ORG" : "PLACE");
            e.mentions().add(Span.of(text, start, start + 5 + rnd.nextInt(10)));
            doc.add(e);
        }
        new SidecarStore().save(t, doc);
        Files.writeString(tableDir.resolve(".complete"), "generated\n");
        return dir;
    }

    /** Where the last open's time went: {background load, views taking the document} in ms. */
    private static final double[] lastSplit = new double[2];

    /** Opens a folder (first open) or an article, and times it until the pulse after it is shown. */
    private static double openAndRender(Path folder, Path article) throws Exception {
        long[] marks = new long[3];
        marks[0] = System.nanoTime();
        wb.vm().setOnLoaded(() -> marks[1] = System.nanoTime());
        double total = async(done -> {
            wb.vm().setOnRendered(() -> {
                marks[2] = System.nanoTime();
                done.run();
            });
            if (folder != null) {
                wb.openFolder(folder, () -> { });
            } else {
                wb.vm().open(article, () -> { });
            }
        });
        lastSplit[0] = (marks[1] - marks[0]) / 1e6;
        lastSplit[1] = (marks[2] - marks[1]) / 1e6;
        return total;
    }

    /** Unmeasured rounds of each edit before the measured ones (as JMH warms up), reported on their own. */
    private static final int WARM_UP = 20;

    private static void editing() throws Exception {
        StyleClassedTextArea area = wb.articleView().area();
        SplittableRandom rnd = new SplittableRandom(3);
        String[] names = {"add-annotation", "delete-annotation", "undo", "move-selection"};
        List<List<Double>> time = new ArrayList<>();
        List<List<Double>> cpu = new ArrayList<>();
        List<List<Double>> alloc = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            time.add(new ArrayList<>());
            cpu.add(new ArrayList<>());
            alloc.add(new ArrayList<>());
        }
        List<Double> firstAdds = new ArrayList<>();
        List<Double> scratch = new ArrayList<>();
        int before = fx(() -> wb.vm().session().document().size());
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            int at = fx(() -> wordAt(area.getText(), rnd.nextInt(area.getLength() - 50)));
            fx(() -> {
                area.requestFocus();
                area.selectRange(at, area.getText().indexOf(' ', at));
                return null;
            });
            boolean measured = i >= WARM_UP;
            List<Double> c = measured ? cpu.get(0) : scratch;
            List<Double> b = measured ? alloc.get(0) : scratch;
            double a = measured(() -> press(area, KeyCode.DIGIT2), c, b);
            double d = measured(() -> press(area, KeyCode.DELETE), measured ? cpu.get(1) : scratch, measured ? alloc.get(1) : scratch);
            double u = measured(() -> wb.vm().undo(), measured ? cpu.get(2) : scratch, measured ? alloc.get(2) : scratch);
            if (measured) {
                time.get(0).add(a);
                time.get(1).add(d);
                time.get(2).add(u);
            } else {
                firstAdds.add(a);
            }
        }
        int after = fx(() -> wb.vm().session().document().size());
        List<Entity> entities = fx(() -> new ArrayList<>(wb.vm().session().document().entities()));
        for (int i = 0; i < SAMPLES; i++) {
            Entity e = entities.get(rnd.nextInt(entities.size()));
            Span s = e.mentions().get(rnd.nextInt(e.mentions().size()));
            time.get(3).add(measured(() -> wb.selection().select(e.id(), s), cpu.get(3), alloc.get(3)));
        }
        // The first adds of a fresh window run code the JIT has not compiled yet: reported apart,
        // so that the steady state is what the target is checked against and the warm-up is visible.
        report("add-annotation-first", firstAdds);
        for (int k = 0; k < names.length; k++) {
            report(names[k], time.get(k));
        }
        // Per action, the FX thread's CPU time (ms) and allocation (KB) until the frame is laid out:
        // the figures to judge by on a loaded machine, where the latency mostly measures queueing.
        for (int k = 0; k < names.length; k++) {
            report(names[k] + "-fx-cpu", cpu.get(k));
            report(names[k] + "-fx-alloc-kb", alloc.get(k));
        }
        System.out.println("ui-note: annotations before " + before + ", after " + (WARM_UP + SAMPLES)
                + " rounds of add/delete/undo: " + after + "; the first " + WARM_UP + " rounds are warm-up");
    }

    private static int wordAt(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static void jumping() throws Exception {
        StyleClassedTextArea area = wb.articleView().area();
        int paragraphs = fx(() -> area.getParagraphs().size());
        SplittableRandom rnd = new SplittableRandom(5);
        List<Double> jump = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            int p = rnd.nextInt(paragraphs);
            jump.add(latency(() -> {
                area.moveTo(p, 0);
                area.requestFollowCaret();
            }));
        }
        report("jump-to-paragraph", jump);
        System.out.println("ui-note: paragraphs " + paragraphs);
    }

    /**
     * View ▸ Show on the 1 MB article (issue 13): hiding and showing again the commonest entity
     * type, and the claims, each a restyle of only what they cover (decision 1150).
     */
    private static void filtering() throws Exception {
        String common = fx(() -> wb.vm().session().document().entities().stream()
                .collect(java.util.stream.Collectors.groupingBy(org.tandai.model.Entity::type, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey());
        for (String key : List.of(org.tandai.ui.article.ArticleVisibility.entityKey(common), org.tandai.ui.article.ArticleVisibility.CLAIM)) {
            List<Double> hide = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                hide.add(latency(() -> wb.articleVm().visibility().setHidden(key, true)));
                hide.add(latency(() -> wb.articleVm().visibility().setHidden(key, false)));
            }
            report("filter-toggle-" + (key.startsWith("entity:") ? "type" : "claims"), hide);
        }
        System.out.println("ui-note: filter type " + common);
    }

    private static void table(Path article) throws Exception {
        List<Double> open = new ArrayList<>();
        try {
            open.add(openAndRender(null, article));
        } catch (java.util.concurrent.TimeoutException e) {
            System.out.println("ui-note: opening the article with 100,000 entities did not finish within "
                    + TIMEOUT_S + " s; the table actions were not measured");
            return;
        }
        report("open-100k-entities", open);
        TableView<Entity> table = wb.entitiesView().table();
        int rows = fx(() -> table.getItems().size());
        List<Double> sort = new ArrayList<>();
        List<Double> selectAll = new ArrayList<>();
        List<Double> clear = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            boolean up = i % 2 == 0;
            sort.add(latency(() -> {
                // As a click on the Name header: the first sorts by it, the next ones reverse it
                // (one sort each; setting both type and order at once would sort twice).
                TableColumn<Entity, ?> col = table.getColumns().get(0);
                col.setSortType(up ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                if (!table.getSortOrder().equals(List.of(col))) {
                    table.getSortOrder().setAll(List.of(col));
                }
            }));
            selectAll.add(latency(() -> table.getSelectionModel().selectAll()));
            clear.add(latency(() -> table.getSelectionModel().clearSelection()));
            if (selectAll.get(i) > 10_000 || sort.get(i) > 10_000) {
                // A freeze of this size is already a clear miss; repeating it only makes the run long.
                break;
            }
        }
        // Selecting an entity in the article selects (and if needed reveals) its row in the sorted table.
        List<Entity> entities = fx(() -> new ArrayList<>(wb.vm().session().document().entities()));
        SplittableRandom rnd = new SplittableRandom(7);
        List<Double> reveal = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Entity e = entities.get(rnd.nextInt(entities.size()));
            reveal.add(latency(() -> wb.selection().select(e.id(), e.mentions().get(0))));
        }
        report("table-sort", sort);
        report("table-select-all", selectAll);
        report("table-clear", clear);
        report("table-reveal-row", reveal);
        System.out.println("ui-note: entity table rows " + rows);
    }

    private static void press(StyleClassedTextArea area, KeyCode code) {
        KeyEvent.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
        KeyEvent.fireEvent(area, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
    }

    /** Runs the action on the FX thread and returns ms until the layout pass of the next pulse ends. */
    static double latency(Runnable action) throws Exception {
        settle();
        return async(done -> {
            action.run();
            done.run();
        });
    }

    /**
     * Starts something on the FX thread that calls {@code done} (on the FX thread) when its result
     * is in the scene; returns ms from the start to the end of the next layout pass after that.
     */
    private static double async(Consumer<Runnable> start) throws Exception {
        CompletableFuture<Long> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long alloc0 = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
            start.accept(() -> {
                boolean[] fired = {false};
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    if (!fired[0]) {
                        fired[0] = true;
                        // Written before complete(): the waiting thread reads them after get().
                        lastCpuMs = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
                        lastAllocKb = (THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) - alloc0) / 1024.0;
                        result.complete(System.nanoTime() - t0);
                        Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                    }
                };
                scene.addPostLayoutPulseListener(listener[0]);
                Platform.requestNextPulse();
            });
        });
        return result.get(TIMEOUT_S, TimeUnit.SECONDS) / 1e6;
    }

    /**
     * The FX thread's own CPU time and allocation over the last {@link #async} sample (the action and
     * everything the FX thread ran until the layout pass ended). Unlike the latency, queueing for a
     * core on a loaded machine does not inflate them.
     */
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    private static volatile double lastCpuMs;
    private static volatile double lastAllocKb;

    /** The latency of {@code action} (as {@link #latency}), with its FX-thread CPU ms and KB allocated added to the lists. */
    static double measured(Runnable action, List<Double> cpu, List<Double> alloc) throws Exception {
        double t = latency(action);
        cpu.add(lastCpuMs);
        alloc.add(lastAllocKb);
        return t;
    }

    /** Lets pending pulses and background work finish so one sample does not pay for the previous. */
    private static void settle() throws Exception {
        for (int i = 0; i < 2; i++) {
            async(Runnable::run);
        }
    }

    static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    static void report(String name, List<Double> samples) {
        List<Double> s = new ArrayList<>(samples);
        s.sort(null);
        double p50 = s.get((s.size() - 1) / 2);
        double p95 = s.get((int) Math.ceil(0.95 * s.size()) - 1);
        double max = s.get(s.size() - 1);
        System.out.println(String.format(Locale.ROOT, "ui: %s %.1f %.1f %.1f %d", name, p50, p95, max, s.size()));
    }
}
