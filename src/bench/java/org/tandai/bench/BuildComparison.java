package org.tandai.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.tandai.interchange.Format;

/**
 * Before/after for corpus export on a shared machine: alternates the read-and-parse floor, the
 * export of a baseline build (its {@code target/classes}, loaded in a class loader of its own) and
 * the export of this build, round after round in one JVM, so all three see the same load. Prints
 * best and median wall time and thread CPU time and the ratios to the floor, per format. Run by
 * hand (see docs/performance.md), not by {@link BenchMain}:
 * {@code java -cp CLASSPATH org.tandai.bench.BuildComparison BASE_CLASSES [ROUNDS] [FORMAT,...]}.
 */
public final class BuildComparison {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private BuildComparison() {
    }

    /** One timed call: wall and thread CPU milliseconds. */
    private record Time(double wall, double cpu) {
    }

    @FunctionalInterface
    private interface Body {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path base = Paths.get(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<String> formats = args.length > 2 ? Arrays.asList(args[2].toUpperCase(Locale.ROOT).split(","))
                : Arrays.stream(Format.values()).map(Enum::name).toList();
        CorpusBenchmark current = new CorpusBenchmark();
        current.setUp();
        Path corpus = BenchInputs.smallCorpus();
        Path baseOut = BenchInputs.root().resolve("export-out-base");
        ClassLoader loader = baseLoader(base);
        Class<?> storeClass = loader.loadClass("org.tandai.store.SidecarStore");
        Class<?> serviceClass = loader.loadClass("org.tandai.interchange.ExportService");
        Class<?> formatClass = loader.loadClass("org.tandai.interchange.Format");
        Class<?> settingsClass = loader.loadClass("org.tandai.interchange.ClaimReviewSettings");
        Class<?> progressClass = loader.loadClass("org.tandai.interchange.Progress");
        Object service = serviceClass.getConstructor(storeClass).newInstance(storeClass.getConstructor().newInstance());
        Method run = serviceClass.getMethod("run", formatClass, List.class, Path.class, settingsClass, progressClass, Consumer.class);
        Object settings = settingsClass.getField("EMPTY").get(null);
        Object progress = progressClass.getField("NONE").get(null);
        Consumer<Object> ignore = p -> { };
        System.out.println("load average at start: " + Files.readString(Paths.get("/proc/loadavg")).trim());
        for (String name : formats) {
            Format format = Format.valueOf(name);
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object baseFormat = Enum.valueOf((Class) formatClass, name);
            Body floor = current::floorReadAndParse;
            Body before = () -> run.invoke(service, baseFormat, List.of(corpus), baseOut.resolve(format.key()), settings,
                    progress, ignore);
            Body after = () -> current.export(format);
            for (int i = 0; i < 4; i++) {
                time(floor);
                time(before);
                time(after);
            }
            Time[][] t = new Time[3][rounds];
            for (int i = 0; i < rounds; i++) {
                t[0][i] = time(floor);
                t[1][i] = time(before);
                t[2][i] = time(after);
            }
            report(name, "wall", t, Time::wall);
            report(name, "cpu", t, Time::cpu);
        }
        System.out.println("load average at end: " + Files.readString(Paths.get("/proc/loadavg")).trim());
    }

    /** The baseline's classes first, then this JVM's jars (Gson, picocli…), parent the platform loader. */
    private static ClassLoader baseLoader(Path base) throws Exception {
        List<URL> urls = new ArrayList<>(List.of(base.toUri().toURL()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                urls.add(Paths.get(entry).toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }

    private static Time time(Body body) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        body.run();
        return new Time((System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    private static void report(String format, String kind, Time[][] t, java.util.function.ToDoubleFunction<Time> f) {
        double[][] v = new double[3][];
        for (int k = 0; k < 3; k++) {
            v[k] = Arrays.stream(t[k]).mapToDouble(f).sorted().toArray();
        }
        int m = v[0].length / 2;
        System.out.printf(Locale.ROOT, "%-11s %-4s floor %6.1f / %6.1f ms | base %7.1f / %7.1f ms (%3.0f%% / %3.0f%%)"
                        + " | this build %6.1f / %6.1f ms (%3.0f%% / %3.0f%%)   [best / median]%n",
                format.toLowerCase(Locale.ROOT), kind, v[0][0], v[0][m], v[1][0], v[1][m], 100 * v[0][0] / v[1][0],
                100 * v[0][m] / v[1][m], v[2][0], v[2][m], 100 * v[0][0] / v[2][0], 100 * v[0][m] / v[2][m]);
    }
}
