package io.planlens.jobs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Charts waiting to be drawn stay a handful however many the report asks for. */
class DrawingPoolTest {
    @Test
    void fullPoolDrawsOnTheCallersThreadInsteadOfQueueingMore() throws Exception {
        ThreadPoolExecutor pool = ReportJob.Out.drawingPool(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger onCaller = new AtomicInteger();
        Thread caller = Thread.currentThread();
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        try {
            // two drawing, four waiting: the seventh and later run here, at once
            for (int i = 0; i < 10; i++) {
                int k = i;
                all.add(CompletableFuture.supplyAsync(() -> {
                    if (Thread.currentThread() == caller) {
                        onCaller.incrementAndGet();
                        return k;
                    }
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return k;
                }, pool));
                assertTrue(pool.getQueue().size() <= 4, "queued " + pool.getQueue().size());
            }
            assertEquals(4, onCaller.get());
            release.countDown();
            int sum = 0;
            for (CompletableFuture<Integer> f : all) sum += f.get(10, TimeUnit.SECONDS);
            assertEquals(45, sum);
        } finally {
            pool.shutdownNow();
        }
    }
}
