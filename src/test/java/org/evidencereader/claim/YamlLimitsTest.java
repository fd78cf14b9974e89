package org.evidencereader.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evidencereader.CpuTime;
import org.evidencereader.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

/** The YAML reader's limits, one by one, with the exact diagnostic each produces. */
class YamlLimitsTest {

    private static final String FILE = "claims/demo/power.yaml";
    private final ClaimFileReader reader = new ClaimFileReader();

    private List<String> errors(String yaml) {
        return reader.read(FILE, yaml).diagnostics().stream()
                .filter(Diagnostic::isError)
                .map(Diagnostic::toString)
                .toList();
    }

    @Test
    void anyAnchorOrAliasIsRefusedAtItsNode() {
        assertThat(errors("sources:\n  s: &s {title: T}\n  t: *s\n"))
                .containsExactly(
                        FILE
                                + ":2:6: error: YAML anchors and aliases ('&name', '*name') are not allowed in claim files: write the value out in full");
        assertThat(errors("sources:\n  s: {title: T}\n  t: *s\n"))
                .containsExactly(
                        FILE
                                + ":3:6: error: YAML anchors and aliases ('&name', '*name') are not allowed in claim files: write the value out in full");
    }

    @Test
    void anAliasBombIsRefusedInMilliseconds() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            bomb.append("a")
                    .append(i)
                    .append(": &a")
                    .append(i)
                    .append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1))))
                    .append("]\n");
        }
        assertThat(CpuTime.within(1_000, "reading an alias bomb", () -> errors(bomb.toString())))
                .singleElement()
                .asString()
                .contains("anchors and aliases");
    }

    @Test
    void twentyLevelsAreReadAndTwentyOneAreNot() {
        assertThat(errors("x: " + "[".repeat(19) + "]".repeat(19) + "\n")).noneMatch(e -> e.contains("nested"));
        assertThat(errors("x: " + "[".repeat(20) + "]".repeat(20) + "\n"))
                .containsExactly(FILE + ":1:23: error: nested more than 20 levels deep: a claim file needs at most 4");
    }

    @Test
    void aLongValueOrKeyIsRefused() {
        assertThat(errors("figures:\n  f:\n    label: " + "x".repeat(20_000) + "\n"))
                .noneMatch(e -> e.contains("limit"));
        assertThat(errors("figures:\n  f:\n    label: " + "x".repeat(20_001) + "\n"))
                .containsExactly(FILE + ":3:12: error: a value of 20001 characters; the limit is 20000: shorten it");
        assertThat(errors("k" + "x".repeat(20_000) + ": 1\n"))
                .containsExactly(FILE + ":1:1: error: a value of 20001 characters; the limit is 20000: shorten it");
    }

    @Test
    void fiveHundredFiguresAreReadAndFiveHundredAndOneAreNot() {
        StringBuilder yaml = new StringBuilder("figures:\n");
        for (int i = 1; i <= 501; i++) {
            yaml.append("  f")
                    .append(i)
                    .append(": {label: x, value: ")
                    .append(i)
                    .append(" W}\n");
        }
        assertThat(errors(yaml.toString()))
                .containsExactly(
                        FILE
                                + ":2:3: error: 'figures' has 501 entries; the limit is 500 in one file: split them into several files");
        String fiveHundred = yaml.substring(0, yaml.indexOf("  f501:"));
        assertThat(reader.read(FILE, fiveHundred).claims().figures()).hasSize(500);
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsReadWhereverItFalls() {
        // snakeyaml-engine 3.0.1 throws IndexOutOfBoundsException when such a character straddles its
        // 1024-character buffer; 3.2, declared in pom.xml, reads it (this test failed with 3.0.1 and a plain reader).
        for (int pad = 990; pad < 1_100; pad++) {
            String yaml = "sources:\n  s:\n    title: \"" + "x".repeat(pad) + "\uD840\uDC00\uD83D\uDE00\"\n";
            ClaimFileReader.Result result = reader.read(FILE, yaml);
            assertThat(result.diagnostics()).as("pad %d", pad).isEmpty();
            assertThat(result.claims().sources().get(0).title()).endsWith("\uD840\uDC00\uD83D\uDE00");
        }
    }

    @Test
    void aLoneSurrogateIsNotUnicode() {
        assertThat(errors("sources:\n  s: {title: \"a\uD800b\"}\n"))
                .containsExactly(
                        FILE + ":2:16: error: not valid Unicode (a lone UTF-16 surrogate): save the file as UTF-8");
    }
}
