package org.evidencereader.library;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The parallel part of a library load: one task per item on a pool of at most {@code threads}
 * daemon threads that lives as long as the call, the results in the items' order whatever order
 * they finish in. A task that throws (a bug, not a problem in a file) fails the whole call, as it
 * would on one thread.
 */
final class InOrderPool {

    private static final AtomicInteger LOADER_THREAD_COUNT = new AtomicInteger();
    /** Daemon threads, so that a load in progress never keeps the JVM alive. */
    private static final ThreadFactory LOADER_THREADS = task -> {
        Thread thread = new Thread(task, "library-loader-" + LOADER_THREAD_COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    };

    private InOrderPool() {}

    /** {@code task} applied to each item; on the calling thread when one thread (or one item) is enough. */
    static <T, R> List<R> map(List<T> items, int threads, Function<T, R> task) {
        int workers = Math.min(threads, items.size());
        if (workers <= 1) {
            return items.stream().map(task).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, LOADER_THREADS);
        try {
            List<Future<R>> pending = new ArrayList<>(items.size());
            for (T item : items) {
                pending.add(pool.submit(() -> task.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : pending) {
                results.add(await(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("interrupted while loading the library");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
