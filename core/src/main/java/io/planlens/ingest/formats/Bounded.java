package io.planlens.ingest.formats;

import io.planlens.ingest.RejectException;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one file's read on a worker thread and gives up after a wall-time limit. The worker is
 * interrupted on time-out; a parser stuck in a loop that ignores interrupts keeps its daemon thread
 * until it ends, but the caller moves on.
 */
final class Bounded {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "planlens-format-read-" + SEQ.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private Bounded() {}

    interface Work<T> {
        T run() throws Exception;
    }

    static <T> T run(Duration limit, Work<T> work) throws RejectException {
        Callable<T> c = work::run;
        Future<T> f = POOL.submit(c);
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new RejectException("timeout", "reading took longer than " + limit.toSeconds() + " s ("
                    + limit.toMillis() + " ms limit)");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new RejectException("timeout", "interrupted while reading");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RejectException re) throw re;
            if (cause instanceof OutOfMemoryError) {
                throw new RejectException("too_large", "ran out of memory while reading");
            }
            if (cause instanceof StackOverflowError) {
                throw new RejectException("corrupt", "structure nested too deeply");
            }
            throw new RejectException("corrupt", describe(cause));
        }
    }

    static String describe(Throwable t) {
        String m = t.getMessage();
        String name = t.getClass().getSimpleName();
        return m == null || m.isBlank() ? name : name + ": " + m;
    }
}
