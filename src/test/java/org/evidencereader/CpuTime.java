package org.evidencereader;

import static org.assertj.core.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * Time bounds in tests as CPU time of the calling thread, not time on the wall clock: a busy
 * 2-core CI machine may leave a thread waiting for a core for seconds, which says nothing about
 * the code under test, while a runaway loop burns CPU wherever it runs.
 */
public final class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {}

    /** The CPU time the calling thread has used, in nanoseconds. */
    public static long now() {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException(
                    "this JVM cannot measure a thread's CPU time, which the test's time bound needs");
        }
        return THREADS.getCurrentThreadCpuTime();
    }

    /**
     * The CPU time all threads of this JVM have used, in nanoseconds: for work spread over a pool
     * (a library loads its articles in parallel). It counts the JIT compiler and the collector too,
     * so budgets on it must be generous.
     */
    public static long processNow() {
        if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
                || os.getProcessCpuTime() < 0) {
            throw new IllegalStateException("this JVM cannot measure its CPU time, which the test's time bound needs");
        }
        return os.getProcessCpuTime();
    }

    /**
     * {@code work}'s result, failing with the measured figure when it used more than
     * {@code budgetMillis} of the calling thread's CPU time.
     */
    public static <T> T within(long budgetMillis, String what, Supplier<T> work) {
        long start = now();
        T result = work.get();
        long millis = (now() - start) / 1_000_000;
        if (millis > budgetMillis) {
            fail(what + " used " + millis + " ms of CPU time; the budget is " + budgetMillis + " ms");
        }
        return result;
    }
}
