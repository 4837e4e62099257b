package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pipeline that reads articles ahead on several threads and hands them on in order. */
class OrderedPipelineTest {
    private static final List<Integer> TEN = IntStream.range(0, 10).boxed().toList();

    @Test
    void resultsReachTheCallerInItemOrderWhenJobsFinishOutOfOrder() {
        // Item 0 cannot finish before item 1 has: with one thread this would wait its full timeout and fail.
        CountDownLatch secondDone = new CountDownLatch(1);
        List<String> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        List<Thread> sinkThreads = new ArrayList<>();
        boolean completed = new OrderedPipeline(2).run(TEN, i -> {
            if (i == 0) {
                awaitOrFail(secondDone);
            }
            if (i == 1) {
                secondDone.countDown();
            }
            return "r" + i;
        }, () -> false, (item, result) -> {
            seen.add(item + "=" + result);
            sinkThreads.add(Thread.currentThread());
        });
        assertTrue(completed);
        assertEquals(TEN.stream().map(i -> i + "=r" + i).toList(), seen);
        assertTrue(sinkThreads.stream().allMatch(t -> t == caller), "results are handed on on the calling thread");
    }

    @Test
    void noMoreThanAFewItemsAreInFlight() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger handed = new AtomicInteger();
        List<Integer> aheadAtHandOver = new ArrayList<>();
        new OrderedPipeline(2).run(IntStream.range(0, 50).boxed().toList(), i -> {
            started.incrementAndGet();
            return i;
        }, () -> false, (item, result) -> aheadAtHandOver.add(started.get() - handed.incrementAndGet()));
        assertTrue(aheadAtHandOver.stream().allMatch(n -> n <= 4), "at most 2 x workers articles read ahead: " + aheadAtHandOver);
    }

    @Test
    void stopEndsTheWalkBeforeTheNextResultAndSaysSo() {
        List<Integer> seen = new ArrayList<>();
        boolean completed = new OrderedPipeline(2).run(TEN, i -> i, () -> seen.size() == 3, (item, r) -> seen.add(r));
        assertFalse(completed);
        assertEquals(List.of(0, 1, 2), seen);
    }

    @Test
    void aJobsExceptionIsThrownWhenItsTurnComesAfterTheEarlierResults() {
        List<Integer> seen = new ArrayList<>();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new OrderedPipeline(2).run(TEN, i -> {
            if (i == 4) {
                throw new IllegalStateException("item four failed");
            }
            return i;
        }, () -> false, (item, r) -> seen.add(r)));
        assertEquals("item four failed", e.getMessage());
        assertEquals(List.of(0, 1, 2, 3), seen);
    }

    @Test
    void oneWorkerRunsEverythingOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Boolean> onCaller = new ArrayList<>();
        new OrderedPipeline(1).run(TEN, i -> Thread.currentThread() == caller, () -> false, (item, r) -> onCaller.add(r));
        assertEquals(10, onCaller.size());
        assertTrue(onCaller.stream().allMatch(b -> b));
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("the later item never ran while the first was waiting");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
