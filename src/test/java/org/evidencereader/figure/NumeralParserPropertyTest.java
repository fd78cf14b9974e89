package org.evidencereader.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.evidencereader.CpuTime;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: on any string (Chinese and Latin numerals, units, stray surrogates, NUL, long runs)
 * {@link NumeralParser#find} and {@link NumeralParser#parseOne} return, within a time bound, a list
 * of mentions that lie inside the text, in order and without overlap; never an exception.
 */
class NumeralParserPropertyTest {

    static final int INPUTS_PER_SEED = 300;
    /** CPU time of the test's thread, not wall-clock time: see {@link CpuTime}. */
    static final long MILLIS_PER_INPUT = 250;

    static long[] seeds() {
        return RandomText.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anyTextYieldsMentionsOrNothing(long seed) {
        RandomText random = new RandomText(seed);
        for (int i = 0; i < INPUTS_PER_SEED; i++) {
            String text = switch (i % 10) {
                case 8 -> random.repeated(4_000);
                case 9 -> random.longRun();
                default -> random.next(40);
            };
            check(seed, i, text);
        }
    }

    private static void check(long seed, int index, String text) {
        long start = CpuTime.now();
        List<NumericMention> found;
        Optional<NumericMention> one;
        try {
            found = NumeralParser.find(text);
            one = NumeralParser.parseOne(text);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(
                    "seed " + seed + " input " + index + ": " + RandomText.quote(text) + " threw " + e, e);
        }
        long millis = (CpuTime.now() - start) / 1_000_000;
        if (millis > MILLIS_PER_INPUT) {
            fail("seed " + seed + " input " + index + " used " + millis + " ms of CPU time (budget " + MILLIS_PER_INPUT
                    + " ms): " + RandomText.quote(text));
        }
        int end = 0;
        for (NumericMention m : found) {
            assertThat(m.start())
                    .as("seed %d input %d: %s", seed, index, RandomText.quote(text))
                    .isGreaterThanOrEqualTo(end);
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            end = m.end();
        }
        one.ifPresent(m -> assertThat(m.end()).isLessThanOrEqualTo(text.length()));
    }
}
