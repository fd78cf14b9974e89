package org.evidencereader.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evidencereader.CpuTime;
import org.evidencereader.figure.RandomText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: {@link Expression#parse} on any string returns an expression or throws
 * {@link FormulaException} (with a column inside the text), within a time bound; never another
 * exception, never a stack overflow. A parsed formula prints back to one that parses to itself.
 */
class FormulaPropertyTest {

    static final int INPUTS_PER_SEED = 2_000;
    /** CPU time of the test's thread, not wall-clock time: see {@link CpuTime}. */
    static final long MILLIS_PER_INPUT = 250;

    private static final List<String> TOKENS = List.of(
            "a",
            "b",
            "h100-power",
            "inference-gpus",
            "x-1",
            "0",
            "1",
            "2.5",
            "700 W",
            "350 W",
            "1 kW",
            "100 %",
            "60 s",
            "3 GPU·h",
            "5 秒",
            "+",
            "-",
            "*",
            "/",
            "×",
            "÷",
            "(",
            ")",
            " ",
            " ",
            "- ",
            " - ",
            "--",
            "1.",
            ".5",
            "٣",
            "1e5",
            "A",
            "é",
            "\u0000",
            "%",
            "·");

    static long[] seeds() {
        return RandomText.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anyTextYieldsAFormulaOrAFormulaException(long seed) {
        RandomText random = new RandomText(seed);
        for (int i = 0; i < INPUTS_PER_SEED; i++) {
            String text;
            if (i % 10 == 9) {
                text = random.longRun();
            } else if (i % 2 == 0) {
                StringBuilder s = new StringBuilder();
                int n = random.nextInt(16);
                for (int t = 0; t < n; t++) {
                    s.append(TOKENS.get(random.nextInt(TOKENS.size())));
                }
                text = s.toString();
            } else {
                text = random.next(12);
            }
            check(seed, i, text);
        }
    }

    @Test
    void deepNestingIsAFormulaExceptionNotAStackOverflow() {
        for (String text : List.of(
                "(".repeat(100_000) + "1" + ")".repeat(100_000),
                "-".repeat(100_000) + "1",
                "1" + " + 1".repeat(100_000))) {
            assertThatThrownBy(() -> Expression.parse(text))
                    .isInstanceOf(FormulaException.class)
                    .hasMessageStartingWith("the formula is too");
        }
    }

    private static void check(long seed, int index, String text) {
        long start = CpuTime.now();
        Expression parsed = null;
        try {
            parsed = Expression.parse(text);
        } catch (FormulaException e) {
            assertThat(e.column()).as("column of %s", RandomText.quote(text)).isBetween(0, text.length());
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(
                    "seed " + seed + " input " + index + ": " + RandomText.quote(text) + " threw " + e, e);
        }
        long millis = (CpuTime.now() - start) / 1_000_000;
        if (millis > MILLIS_PER_INPUT) {
            fail("seed " + seed + " input " + index + " used " + millis + " ms of CPU time (budget " + MILLIS_PER_INPUT
                    + " ms): " + RandomText.quote(text));
        }
        if (parsed != null) {
            String printed = parsed.toString();
            assertThat(Expression.parse(printed))
                    .as("seed %d input %d: %s printed as %s", seed, index, RandomText.quote(text), printed)
                    .isEqualTo(parsed);
        }
    }
}
