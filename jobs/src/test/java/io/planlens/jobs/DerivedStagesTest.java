package io.planlens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The derived stages run at once: results in the order given, and one failure stops the rest. */
class DerivedStagesTest {
    private final SparkSession spark = TestSpark.get();

    @Test
    void stagesRunAtOnceAndComeBackInTheOrderGiven() {
        // the first stage waits until the second has started: only possible if both run at the same time
        CountDownLatch secondStarted = new CountDownLatch(1);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<Pipeline.Derived> done = Pipeline.Derived.runAtOnce(spark, new PrintStream(log, true, StandardCharsets.UTF_8),
                List.of(new Pipeline.Derived(3, "first", "waits for the second", () -> {
                            try {
                                assertTrue(secondStarted.await(60, TimeUnit.SECONDS), "the second stage started meanwhile");
                            } catch (InterruptedException e) {
                                throw new IllegalStateException(e);
                            }
                            return Map.of("first.csv", spark.range(10).count());
                        }),
                        new Pipeline.Derived(4, "second", "starts", () -> {
                            secondStarted.countDown();
                            return Map.of("second.csv", spark.range(3).count());
                        })));
        assertEquals(List.of("first", "second"), done.stream().map(Pipeline.Derived::name).toList());
        assertEquals(Map.of("first.csv", 10L), done.get(0).written());
        assertEquals(Map.of("second.csv", 3L), done.get(1).written());
        String printed = log.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("[3/6] first") && printed.contains("[4/6] second"), printed);
        assertTrue(printed.contains("first    done in") && printed.contains("second   done in"), printed);
    }

    @Test
    void aFailingStageCancelsTheOthersAndItsErrorIsThrown() {
        AtomicBoolean slowFinished = new AtomicBoolean();
        CountDownLatch slowRunning = new CountDownLatch(1);
        long t0 = System.nanoTime();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.Derived.runAtOnce(spark,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                List.of(new Pipeline.Derived(3, "slow", "a long Spark job", () -> {
                            slowRunning.countDown();
                            // ten minutes of tasks unless cancelled
                            long n = spark.range(0, 600, 1, 600).map((MapFunction<Long, Long>) x -> {
                                Thread.sleep(2_000);
                                return x;
                            }, Encoders.LONG()).count();
                            slowFinished.set(true);
                            return Map.of("slow.csv", n);
                        }),
                        new Pipeline.Derived(4, "broken", "fails", () -> {
                            try {
                                slowRunning.await(60, TimeUnit.SECONDS);
                                Thread.sleep(1_000);
                            } catch (InterruptedException ie) {
                                throw new IllegalStateException(ie);
                            }
                            throw new IllegalStateException("disk full");
                        }))));
        assertEquals("disk full", e.getMessage());
        assertTrue(!slowFinished.get(), "the slow stage's job was cancelled, not finished");
        assertTrue(System.nanoTime() - t0 < TimeUnit.MINUTES.toNanos(5), "the run did not wait for the slow stage");
        // the session is still usable afterwards
        assertEquals(5L, spark.range(5).count());
    }
}
