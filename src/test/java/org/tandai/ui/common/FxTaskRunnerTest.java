package org.tandai.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The window's runner (decision 1232): file work never waits behind work redone after every edit
 * (suggestions), which has its own thread and starts a moment after it was asked for.
 */
class FxTaskRunnerTest {
    @Test
    void fileWorkIsNotQueuedBehindRecurringWork() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxTaskRunner runner = new FxTaskRunner();
        try {
            TaskRunner recurring = runner.recurring();
            assertNotSame(runner, recurring);
            assertSame(recurring, runner.recurring(), "one thread for it, not one per call");
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<String> suggested = new CompletableFuture<>();
            long asked = System.nanoTime();
            CompletableFuture<Long> startedAfter = new CompletableFuture<>();
            recurring.run("Suggesting", () -> {
                startedAfter.complete(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked));
                release.await(30, TimeUnit.SECONDS);
                return Thread.currentThread().getName();
            }, suggested::complete, suggested::completeExceptionally);
            assertTrue(startedAfter.get(10, TimeUnit.SECONDS) >= FxTaskRunner.RECURRING_DELAY_MILLIS - 10,
                    "it waits for a burst of edits to end");

            CompletableFuture<String> saved = new CompletableFuture<>();
            runner.run("Saving", () -> Thread.currentThread().getName(), name -> {
                assertTrue(Platform.isFxApplicationThread());
                saved.complete(name);
            }, saved::completeExceptionally);
            assertEquals("tandai-io", saved.get(10, TimeUnit.SECONDS), "the save ran while suggestions were still running");
            assertFalse(suggested.isDone());
            release.countDown();
            assertEquals("tandai-suggest", suggested.get(10, TimeUnit.SECONDS));
        } finally {
            runner.shutdown();
        }
    }
}
