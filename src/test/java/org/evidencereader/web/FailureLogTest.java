package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class FailureLogTest {

    private static IllegalStateException failure(String message) {
        return new IllegalStateException(message);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void theSameCauseIsLoggedWithItsTraceOncePerInterval(CapturedOutput output) {
        AtomicLong now = new AtomicLong();
        FailureLog log = new FailureLog(now::get);
        for (int i = 0; i < 100; i++) {
            log.failed("GET /x failed", failure("exponent 4 is not supported")); // one line: one place
        }
        assertThat(count(output.getOut(), "java.lang.IllegalStateException: exponent 4 is not supported"))
                .isEqualTo(1);

        now.addAndGet(FailureLog.INTERVAL.toNanos());
        log.failed("GET /x failed", failure("exponent 4 is not supported"));
        assertThat(count(output.getOut(), "java.lang.IllegalStateException: exponent 4 is not supported"))
                .isEqualTo(2);
        assertThat(output.getOut()).contains("99 more failures with the same cause were not logged in the last 60 s");
    }

    @Test
    void differentCausesAreEachLogged(CapturedOutput output) {
        FailureLog log = new FailureLog(() -> 0);
        log.failed("a", new IllegalStateException("one"));
        log.failed("b", new IllegalArgumentException("two"));
        log.failed("c", new RuntimeException("wrapped", new IllegalArgumentException("three")));
        assertThat(output.getOut())
                .contains("IllegalStateException: one")
                .contains("IllegalArgumentException: two")
                .contains("IllegalArgumentException: three");
    }
}
