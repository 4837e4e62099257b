package org.tandai.store;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Runs a per-item job (read, parse, validate one article) on worker threads, a few items ahead of
 * the caller, and hands the results to the caller in the order of the items, on the caller's
 * thread (decision 1210). Whatever the caller does with a result (print its problems, write its
 * export) therefore happens in exactly the order a single-threaded loop would give, however the
 * jobs finish. At most {@code window} items are in flight, so memory stays that of a few articles.
 *
 * <p>With one worker, or one item, everything runs on the calling thread, as before.
 */
public final class OrderedPipeline {
    /** What the caller does with each result, in item order; it may throw what the loop throws. */
    @FunctionalInterface
    public interface Sink<T, R, X extends Exception> {
        void accept(T item, R result) throws X;
    }

    private static final AtomicInteger POOLS = new AtomicInteger();
    private final int workers;

    /** {@code workers} threads (at least 1) besides the caller. */
    public OrderedPipeline(int workers) {
        this.workers = Math.max(1, workers);
    }

    /**
     * As many workers as the machine has cores: the caller's own share (printing, writing) is small
     * next to reading and parsing. {@code -Dtandai.workers=N} overrides it (1: all on the caller).
     */
    public static OrderedPipeline forMachine() {
        int n = Runtime.getRuntime().availableProcessors();
        String given = System.getProperty("tandai.workers");
        if (given != null) {
            try {
                n = Integer.parseInt(given.trim());
            } catch (NumberFormatException e) {
                // Keep the machine's count: a typo in a tuning flag is no reason to fail.
            }
        }
        return new OrderedPipeline(n);
    }

    public int workers() {
        return workers;
    }

    /**
     * Applies {@code job} to every item and gives each result to {@code sink} in item order.
     * {@code stop} is asked before each result is handed on; when true, the remaining items are
     * dropped (jobs in flight finish or are interrupted, their results are discarded) and this
     * returns false. A job's unchecked exception or error is rethrown on the caller's thread when
     * its turn comes, as the single-threaded loop would have thrown it.
     */
    public <T, R, X extends Exception> boolean run(List<T> items, Function<T, R> job, BooleanSupplier stop,
                                                   Sink<T, R, X> sink) throws X {
        if (workers <= 1 || items.size() <= 1) {
            for (T item : items) {
                if (stop.getAsBoolean()) {
                    return false;
                }
                sink.accept(item, job.apply(item));
            }
            return true;
        }
        int window = workers * 2;
        int id = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "tandai-read-" + id + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
        try {
            int next = 0;
            for (int i = 0; i < items.size(); i++) {
                while (next < items.size() && inFlight.size() < window) {
                    T item = items.get(next++);
                    inFlight.add(pool.submit(() -> job.apply(item)));
                }
                if (stop.getAsBoolean()) {
                    return false;
                }
                sink.accept(items.get(i), await(inFlight.poll()));
            }
            return true;
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    // The caller's thread was interrupted (a window task cancelled): finish this item, keep the flag.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
