package org.evidencereader.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs failures that anyone may cause again at will (a request the engine cannot handle): the
 * stack trace of a cause once per {@link #INTERVAL}, then one line with the count of the repeats
 * left out, so that a flood of the same failing request cannot fill the disk with copies of one
 * trace. A cause is the innermost exception's type and the place it was thrown from. Each place
 * that catches such failures keeps its own.
 */
final class FailureLog {

    static final Duration INTERVAL = Duration.ofMinutes(1);
    /** Causes remembered at once; the oldest is forgotten first (there are few distinct ones). */
    private static final int CAUSES = 256;

    private static final Logger LOG = LoggerFactory.getLogger(FailureLog.class);

    /** The innermost exception's type and the place it was thrown from. */
    record Cause(String type, String place) {
        static Cause of(Throwable failure) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            StackTraceElement[] trace = root.getStackTrace();
            return new Cause(root.getClass().getName(), trace.length == 0 ? "" : trace[0].toString());
        }
    }

    /** When a cause was last logged with its trace, and how many repeats were left out since. */
    private static final class Window {
        final long loggedAt;
        long leftOut;

        Window(long loggedAt) {
            this.loggedAt = loggedAt;
        }
    }

    private final LongSupplier nanoTime;
    private final Map<Cause, Window> windows = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Cause, Window> eldest) {
            return size() > CAUSES;
        }
    };

    FailureLog() {
        this(System::nanoTime);
    }

    FailureLog(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Logs {@code what} failed with {@code failure}: with its trace, unless the same cause was logged within the interval. */
    void failed(String what, Throwable failure) {
        Cause cause = Cause.of(failure);
        long now = nanoTime.getAsLong();
        long leftOut;
        synchronized (windows) {
            Window window = windows.get(cause);
            if (window != null && now - window.loggedAt < INTERVAL.toNanos()) {
                window.leftOut++;
                return;
            }
            leftOut = window == null ? 0 : window.leftOut;
            windows.put(cause, new Window(now));
        }
        if (leftOut > 0) {
            LOG.error(
                    "{} ({} more failures with the same cause were not logged in the last {} s)",
                    what,
                    leftOut,
                    INTERVAL.toSeconds(),
                    failure);
        } else {
            LOG.error(
                    "{} (later failures with the same cause are logged at most once every {} s)",
                    what,
                    INTERVAL.toSeconds(),
                    failure);
        }
    }
}
