package org.tandai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Target 4 of issue 15: {@code validate --quiet} and {@code export --format jsonl} of a 2,000-article,
 * ~200 MB corpus as whole processes ({@code java -jar target/tandai.jar}, start-up included), against
 * the floor {@link FloorMain} run as its own {@code java} process on the same files (one thread: read
 * every article, Gson-parse every sidecar). The three run interleaved, {@code rounds} times; the
 * ratio is floor time / command time (1.0: as fast as the floor; above 1.0 takes both cores), from
 * the medians of wall clock and of CPU time (user + system of the child, from this process's
 * {@code cutime}/{@code cstime} in /proc/self/stat, which grow by each child's total when it is
 * reaped). Under load, wall clock is noise; the CPU ratio says how much work is done per byte.
 *
 * <p>Corpus mix: {@value #ARTICLES} articles of ~{@value #CHARS} characters with {@value #ANNOTATIONS}
 * annotations each (mentions included), generated once by {@code tandai generate} under
 * {@code target/bench/inputs/corpus2k}: about 31 KB of text and 72 KB of sidecar per article,
 * 205 MB in all.
 */
final class PipelineProbe {
    static final int ARTICLES = 2_000;
    static final int CHARS = 30_000;
    static final int ANNOTATIONS = 160;
    private static final long SEED = 15;
    private static final double TICK_MS = 10.0;  // USER_HZ is 100 on Linux

    /** One child run: wall and CPU milliseconds and its exit code. */
    record Run(long wallMs, long cpuMs, int exit) {
    }

    /** The medians of one command and its ratios against the floor's medians. */
    record Result(String name, long wallMs, long cpuMs, double wallRatio, double cpuRatio, int exit) {
    }

    private PipelineProbe() {
    }

    /** Runs the probe with {@code rounds} interleaved rounds; returns floor, validate, export. */
    static List<Result> run(int rounds) throws Exception {
        return run(rounds, List.of(Launch.plainJar()), List.of(""));
    }

    /**
     * The same for several jars in one run (before/after: {@code main}'s second argument), each
     * round running the floor, then validate of each jar, then export of each jar.
     */
    static List<Result> run(int rounds, List<Launch> jars, List<String> labels) throws Exception {
        Path corpus = corpus();
        Path out = BenchInputs.root().resolve("export-out-2k");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> floorCmd = List.of(java, "-cp", System.getProperty("java.class.path"), FloorMain.class.getName(),
                corpus.toString());
        List<String> names = new ArrayList<>(List.of("floor (read + Gson parse, 1 thread)"));
        List<ProcessBuilder> builders = new ArrayList<>();
        for (String command : List.of("validate", "export")) {
            for (int j = 0; j < jars.size(); j++) {
                names.add((command.equals("validate") ? "validate --quiet" : "export --format jsonl") + labels.get(j));
                builders.add(jars.get(j).builder(List.of(), command.equals("validate")
                        ? List.of("validate", "--quiet", corpus.toString())
                        : List.of("export", "--format", "jsonl", "--out", out.toString(), corpus.toString())));
            }
        }
        List<List<Run>> runs = new ArrayList<>();
        names.forEach(n -> runs.add(new ArrayList<>()));
        for (int r = 0; r < rounds; r++) {
            runs.get(0).add(child(new ProcessBuilder(floorCmd)));
            for (int i = 0; i < builders.size(); i++) {
                runs.get(i + 1).add(child(builders.get(i)));
            }
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < names.size(); i++) {
                line.append(i == 0 ? "" : ", ").append(names.get(i)).append(' ').append(show(runs.get(i).get(r)));
            }
            System.err.printf(Locale.ROOT, "bench: target 4 round %d: %s (load %s)%n", r + 1, line, load());
        }
        long floorWall = median(runs.get(0), Run::wallMs);
        long floorCpu = median(runs.get(0), Run::cpuMs);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            long wall = median(runs.get(i), Run::wallMs);
            long cpu = median(runs.get(i), Run::cpuMs);
            int exit = runs.get(i).stream().mapToInt(Run::exit).max().orElse(0);
            results.add(new Result(names.get(i), wall, cpu, floorWall / (double) wall, floorCpu / (double) cpu, exit));
        }
        return results;
    }

    /** The corpus, generated once with the product's own command (deterministic: same seed, same bytes). */
    static Path corpus() throws IOException, InterruptedException {
        Path dir = BenchInputs.root().resolve("corpus2k");
        Path done = dir.resolve(".complete");
        if (!Files.exists(done)) {
            Process p = Launch.plainJar().builder(List.of(), List.of("generate", dir.toString(), "--articles",
                    Integer.toString(ARTICLES), "--chars", Integer.toString(CHARS), "--annotations",
                    Integer.toString(ANNOTATIONS), "--seed", Long.toString(SEED), "--prefix", "p"))
                    .inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("tandai generate failed for " + dir);
            }
            Files.writeString(done, "generated\n");
        }
        return dir;
    }

    private static Run child(ProcessBuilder pb) throws IOException, InterruptedException {
        long cpu0 = childrenCpuTicks();
        long t0 = System.nanoTime();
        Process p = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int exit = p.waitFor();
        long wall = (System.nanoTime() - t0) / 1_000_000;
        return new Run(wall, Math.round((childrenCpuTicks() - cpu0) * TICK_MS), exit);
    }

    /** cutime + cstime of this process: the CPU time of every child it has waited for. */
    private static long childrenCpuTicks() throws IOException {
        String stat = Files.readString(Paths.get("/proc/self/stat"));
        // Fields after the command name (which may hold spaces) start at field 3 (state).
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    private static long median(List<Run> runs, java.util.function.ToLongFunction<Run> of) {
        long[] v = runs.stream().mapToLong(of).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String show(Run r) {
        return String.format(Locale.ROOT, "%,d ms wall / %,d ms CPU%s", r.wallMs(), r.cpuMs(),
                r.exit() == 0 ? "" : " (exit " + r.exit() + ")");
    }

    static String load() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Paths.get("/proc/loadavg")).trim().split("\\s+"), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Standalone: {@code PipelineProbe [ROUNDS [BASE_JAR]]} prints the table; with a baseline jar
     * (e.g. /work/base/target/tandai.jar) its commands run in the same rounds, before this build's.
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<Result> results;
        if (args.length > 1) {
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            Launch base = new Launch("baseline", List.of(java, "-jar", Paths.get(args[1]).toAbsolutePath().toString()), false);
            results = run(rounds, List.of(base, Launch.plainJar()), List.of(" (baseline)", " (this build)"));
        } else {
            results = run(rounds);
        }
        System.out.println(table(results, rounds));
    }

    static String table(List<Result> results, int rounds) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Target 4: whole process on %,d articles (~200 MB), median of %d interleaved rounds, load %s%n",
                ARTICLES, rounds, load()));
        sb.append("| process | wall ms | CPU ms | floor/this (wall) | floor/this (CPU) |\n|---|---:|---:|---:|---:|\n");
        for (Result r : results) {
            sb.append(String.format(Locale.ROOT, "| %s%s | %,d | %,d | %.2f | %.2f |%n", r.name(),
                    r.exit() > 1 ? " (exit " + r.exit() + ")" : "", r.wallMs(), r.cpuMs(), r.wallRatio(), r.cpuRatio()));
        }
        return sb.toString();
    }
}
