package org.tandai.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Runs a floor and a subject alternately, many times, in one JVM, and compares their best and
 * median times. The build machine is shared (other builds run beside the benchmarks), and JMH runs
 * its benchmarks one after another, so a burst of load can hit one side of a JMH ratio only;
 * interleaving exposes both sides to the same load. Reported beside the JMH figures.
 */
final class RatioProbe {
    record Result(String name, double floorBestMs, double floorMedianMs, double bestMs, double medianMs) {
        double ratioBest() {
            return floorBestMs / bestMs;
        }

        double ratioMedian() {
            return floorMedianMs / medianMs;
        }
    }

    private RatioProbe() {
    }

    static Result run(String name, int warmup, int rounds, Callable<?> floor, Callable<?> subject) throws Exception {
        for (int i = 0; i < warmup; i++) {
            floor.call();
            subject.call();
        }
        double[] f = new double[rounds];
        double[] s = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            f[i] = time(floor);
            s[i] = time(subject);
        }
        Arrays.sort(f);
        Arrays.sort(s);
        return new Result(name, f[0], f[rounds / 2], s[0], s[rounds / 2]);
    }

    private static double time(Callable<?> c) throws Exception {
        long t0 = System.nanoTime();
        Object r = c.call();
        long t = System.nanoTime() - t0;
        if (r == null) {
            throw new IllegalStateException("benchmark body returned nothing");
        }
        return t / 1e6;
    }
}
