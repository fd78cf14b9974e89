package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A problem that exists only because of another carries where that other one is. */
class FollowOnDiagnosticsTest {

    private static final String CLAIMS = "claims/demo/power.yaml";

    @Test
    void whatDependsOnAFigureOrSourceLeftOutFollowsFromItsError(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("claims/demo"));
        Files.writeString(dir.resolve("articles/demo.md"), "---\ntitle: 演示\n---\n\n每片GPU的功耗为700W，8片共5600W，另有12台空调。\n");
        Files.writeString(dir.resolve("claims/demo/power.yaml"), """
                sources:
                  sheet:
                    title: Datasheet
                    url: not-an-address
                figures:
                  gpus:
                    label: 片数
                    quote: 8片
                    value: 8 GPU
                    source: sheet
                  gpu-power:
                    label: 功耗
                    quote: 功耗为700W
                    value: 700 W
                    verdict: aproximate
                  total:
                    label: 总功耗
                    quote: 共5600W
                    derive: gpus * gpu-power
                    unit: W
                """);

        LibrarySnapshot snapshot = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"), 1)
                .load();

        SourcePosition badUrl = new SourcePosition(CLAIMS, 4, 10);
        SourcePosition badVerdict = new SourcePosition(CLAIMS, 15, 14);
        assertThat(causeOf(snapshot, CLAIMS + ":10:13")).contains(badUrl);
        assertThat(causeOf(snapshot, CLAIMS + ":19:20"))
                .as("total, from gpu-power")
                .contains(badVerdict);
        assertThat(causeOf(snapshot, "articles/demo.md:5:10")).as("700W").contains(badVerdict);
        assertThat(causeOf(snapshot, "articles/demo.md:5:15"))
                .as("8片, whose figure cites the bad source")
                .contains(new SourcePosition(CLAIMS, 10, 13));
        assertThat(causeOf(snapshot, "articles/demo.md:5:18"))
                .as("5600W, of total")
                .contains(new SourcePosition(CLAIMS, 19, 20));
        assertThat(causeOf(snapshot, "articles/demo.md:5:26"))
                .as("12台, nobody's")
                .isEmpty();
        assertThat(causeOf(snapshot, CLAIMS + ":4:10")).as("the bad url itself").isEmpty();
        assertThat(causeOf(snapshot, CLAIMS + ":15:14"))
                .as("the bad verdict itself")
                .isEmpty();
    }

    private static Optional<SourcePosition> causeOf(LibrarySnapshot snapshot, String at) {
        Diagnostic found = snapshot.diagnostics().stream()
                .filter(d -> d.at().toString().equals(at))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + at + " in " + snapshot.diagnostics()));
        return found.causedBy();
    }
}
