package org.tandai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.tandai.interchange.Format;

/**
 * Runs every benchmark of the {@code bench} profile and compares the figures with the targets of
 * issue 6: the JMH benchmarks (save, load, corpus validate, each ratio against its floor from the
 * same run), the retained-memory probe and the peak-RSS probe of a child {@code validate} process.
 * Writes {@code target/bench/jmh.json} (raw JMH results) and {@code target/bench/summary.md}.
 *
 * <p>Arguments (with or without leading dashes, e.g. {@code -Dbench.args="quick no-probes"}):
 * {@code quick} (one short iteration each, for a smoke run), {@code jmh REGEX} (only matching
 * benchmarks), {@code no-jmh}, {@code no-probes}, {@code no-ui}, {@code no-agree} (issue 11's {@link AgreeProbe}),
 * {@code target4 [ROUNDS]} (only issue 15's target 4, {@link PipelineProbe}: validate and export of a
 * 2,000-article corpus as whole processes against a floor process; 3 rounds unless given).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] rawArgs) throws Exception {
        List<String> args = new ArrayList<>(Arrays.stream(rawArgs).filter(a -> !a.isBlank())
                .flatMap(a -> Arrays.stream(a.trim().split("\\s+")))
                .map(a -> a.startsWith("--") ? a.substring(2) : a).toList());
        boolean quick = args.remove("quick");
        boolean jmh = !args.remove("no-jmh");
        boolean probes = !args.remove("no-probes");
        boolean ui = !args.remove("no-ui");
        boolean agree = !args.remove("no-agree");
        String include = "org\\.tandai\\.bench\\..*Benchmark.*";
        int i = args.indexOf("jmh");
        if (i >= 0 && i + 1 < args.size()) {
            include = args.get(i + 1);
        }
        Path out = Paths.get(System.getProperty("tandai.bench.out", "target/bench"));
        Files.createDirectories(out);
        Summary summary = new Summary(machine());
        String startLoad = loadAverage();
        int t4 = args.indexOf("target4");
        if (t4 >= 0) {
            int rounds = t4 + 1 < args.size() && args.get(t4 + 1).matches("\\d+") ? Integer.parseInt(args.get(t4 + 1)) : 3;
            summary.pipeline(PipelineProbe.run(rounds), rounds);
            summary.note("Load average (1, 5, 15 min) at start: " + startLoad + "; at end: " + loadAverage()
                    + ". Wall-clock ratios under load are noise; the CPU ratio is the work per byte.");
            String md = summary.markdown();
            Files.writeString(out.resolve("summary-target4.md"), md);
            System.out.println(md);
            return;
        }
        // Generate every input once, up front, so forked benchmark JVMs find them ready.
        BenchInputs.longArticle();
        BenchInputs.smallCorpus();
        if (probes) {
            runProbes(summary);
        }
        if (agree) {
            AgreeProbe.run(summary);
        }
        if (jmh) {
            runJmh(include, quick, out, summary);
        }
        if (ui) {
            runUi(summary);
        }
        summary.note("Load average (1, 5, 15 min) at start: " + startLoad + "; at end: " + loadAverage()
                + ". The machine is shared with other builds; figures under load are upper bounds.");
        String md = summary.markdown();
        Files.writeString(out.resolve("summary.md"), md);
        System.out.println();
        System.out.println(md);
        System.out.println("bench: results in " + out.toAbsolutePath());
    }

    private static void runProbes(Summary summary) throws Exception {
        SaveBenchmark save = new SaveBenchmark();
        save.setUp();
        summary.saveTimes(RatioProbe.run("save", 5, 30, save::serialize, save::save),
                RatioProbe.run("checked save", 3, 20, save::serialize, save::saveChecked));
        LoadBenchmark load = new LoadBenchmark();
        load.setUp();
        summary.interleaved(RatioProbe.run("load annotations vs bare Gson tree parse", 10, 40,
                load::floorGsonTree, load::loadAnnotations), 0.70);
        CorpusBenchmark corpus = new CorpusBenchmark();
        corpus.setUp();
        summary.interleaved(RatioProbe.run("corpus validate vs read-and-Gson-parse floor", 3, 15,
                corpus::floorReadAndParse, corpus::validate), 0.50);
        for (Format format : Format.values()) {
            summary.interleaved(RatioProbe.run("corpus export (" + format.key() + ") vs read-and-Gson-parse floor", 3, 15,
                    corpus::floorReadAndParse, () -> corpus.export(format)), 0.50);
        }
        summary.merge(MergeProbe.run());
        MemoryProbe.Result mem = MemoryProbe.run();
        summary.memory(mem);
        Path big = BenchInputs.bigCorpus();
        // As shipped (the launcher's batch flags: the target), then plain java -jar for comparison.
        for (Launch how : launches()) {
            List<RssProbe.Result> runs = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                runs.add(RssProbe.run(how, big));
            }
            summary.rss(how, runs);
        }
    }

    /** The window benchmark in its own JVM (max heap 512 MB, Monocle), then cold starts of the jar. */
    private static void runUi(Summary summary) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Djava.awt.headless=true",
                "-Dtandai.bench.out=" + BenchInputs.root().getParent().toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), UiBenchmark.class.getName()));
        if (System.getProperty("tandai.bench.ui") != null) {
            // -Dtandai.bench.ui=structure,filter picks the window phases (UiBenchmark): pass it on to the child.
            cmd.add(1, "-Dtandai.bench.ui=" + System.getProperty("tandai.bench.ui"));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        int exit = p.waitFor();
        lines.stream().filter(l -> !l.startsWith("ui: ")).forEach(l -> System.err.println("ui-bench: " + l));
        summary.ui(lines, exit);
        List<ColdStartProbe.Result> cold = ColdStartProbe.run(3, launches());
        if (cold == null) {
            summary.coldStart(null, true);
        } else {
            for (int i = 0; i < cold.size(); i++) {
                summary.coldStart(cold.get(i), i == 0);
            }
        }
    }

    /** The launcher as shipped (when the build wrote one), then plain {@code java -jar}. */
    private static List<Launch> launches() throws java.io.IOException {
        List<Launch> l = new ArrayList<>();
        if (Launch.launcher() != null) {
            l.add(Launch.launcher());
        }
        l.add(Launch.plainJar());
        return l;
    }

    private static void runJmh(String include, boolean quick, Path out, Summary summary) throws Exception {
        ChainedOptionsBuilder opts = new OptionsBuilder().include(include)
                .resultFormat(ResultFormatType.JSON).result(out.resolve("jmh.json").toString())
                .jvmArgsAppend("-Dtandai.bench.out=" + out.toAbsolutePath());
        if (quick) {
            opts.warmupIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(2).measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(opts.build()).run();
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            scores.put(name, new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        summary.jmh(scores);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Paths.get("/proc/loadavg")).trim().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String machine() {
        long memKb = 0;
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception ignored) {
            // Not Linux: leave the memory unknown.
        }
        return String.format(Locale.ROOT, "%d cores, %.1f GiB RAM, %s %s (%s), %s %s",
                Runtime.getRuntime().availableProcessors(), memKb / 1024.0 / 1024.0,
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.vendor"), System.getProperty("os.name"), System.getProperty("os.version"));
    }
}
