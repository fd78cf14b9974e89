package org.evidencereader.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.evidencereader.CpuTime;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.figure.RandomText;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: {@link ClaimFileReader#read} on any text, and on the shipped claim files with random
 * edits, returns a result (perhaps empty) whose diagnostics all name the file; within a time bound;
 * never an exception.
 */
class ClaimFileReaderPropertyTest {

    static final int INPUTS_PER_SEED = 1_000;
    /** CPU time of the test's thread, not wall-clock time: see {@link CpuTime}. */
    static final long MILLIS_PER_INPUT = 500;

    private static final String FILE = "claims/demo/fuzz.yaml";

    private final ClaimFileReader reader = new ClaimFileReader();

    static long[] seeds() {
        return RandomText.seeds();
    }

    static List<String> shipped() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("claims"))) {
            return files.filter(p -> p.toString().endsWith(".yaml"))
                    .sorted()
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anyTextYieldsClaimsOrDiagnostics(long seed) {
        RandomText random = new RandomText(seed);
        for (int i = 0; i < INPUTS_PER_SEED; i++) {
            check(seed, i, i % 10 == 9 ? random.longRun() : random.next(60));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void editedShippedFilesYieldClaimsOrDiagnostics(long seed) throws IOException {
        List<String> files = shipped();
        assertThat(files).isNotEmpty();
        RandomText random = new RandomText(seed);
        for (int i = 0; i < INPUTS_PER_SEED; i++) {
            String text = files.get(random.nextInt(files.size()));
            int rounds = 1 + random.nextInt(3);
            for (int r = 0; r < rounds; r++) {
                text = random.mutate(text);
            }
            check(seed, i, text);
        }
    }

    private void check(long seed, int index, String text) {
        long start = CpuTime.now();
        ClaimFileReader.Result result;
        try {
            result = reader.read(FILE, text);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(
                    "seed " + seed + " input " + index + ": " + RandomText.quote(text) + " threw " + e, e);
        }
        long millis = (CpuTime.now() - start) / 1_000_000;
        if (millis > MILLIS_PER_INPUT) {
            fail("seed " + seed + " input " + index + " used " + millis + " ms of CPU time (budget " + MILLIS_PER_INPUT
                    + " ms): " + RandomText.quote(text));
        }
        assertThat(result.claims()).isNotNull();
        for (Diagnostic d : result.diagnostics()) {
            assertThat(d.file()).isEqualTo(FILE);
            assertThat(d.message()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}
