package org.evidencereader.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.figure.Quantity;
import org.junit.jupiter.api.Test;

class RegistryTest {

    private final ClaimFileReader reader = new ClaimFileReader();

    private Registry resolve(String... fileAndYaml) {
        List<ClaimFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < fileAndYaml.length; i += 2) {
            ClaimFileReader.Result result = reader.read(fileAndYaml[i], fileAndYaml[i + 1]);
            assertThat(result.diagnostics()).as("reading " + fileAndYaml[i]).isEmpty();
            files.add(result.claims());
        }
        return Registry.resolve(files);
    }

    private static final String POWER = """
            sources:
              sheet: {title: Datasheet, url: "https://example.org"}
            figures:
              inference-gpus:
                label: 推理GPU
                value: 72万 GPU
                sources: [sheet]
              h100-power:
                label: 功耗
                value: 700 W
                sources: [sheet]
              total-power:
                label: 总功耗
                derive: inference-gpus * h100-power
                unit: kW
            """;

    @Test
    void evaluatesADerivedFigureInItsUnit() {
        Registry registry = resolve("a.yaml", POWER);
        assertThat(registry.diagnostics()).isEmpty();
        Quantity total = registry.value("total-power").orElseThrow();
        assertThat(total.low()).isCloseTo(504_000, within(1e-6));
        assertThat(total.unit().symbol()).isEqualTo("kW");
        assertThat(total.canonical().low()).isCloseTo(5.04e8, within(1e-3));
        assertThat(total.canonical().unit().symbol()).isEqualTo("W");
    }

    @Test
    void reportsTheSameIdInTwoFilesAtBothPlaces() {
        Registry registry = resolve("a.yaml", POWER, "b.yaml", """
                figures:
                  h100-power:
                    label: 又一个
                    value: 350 W
                """);
        assertThat(messages(registry))
                .contains(
                        "b.yaml:2:3: error: duplicate figure id 'h100-power', already defined at a.yaml:8:3: rename one of them",
                        "a.yaml:8:3: error: duplicate figure id 'h100-power', defined again at b.yaml:2:3: rename one of them");
    }

    @Test
    void reportsAnUnknownFigureInAFormulaWithASuggestion() {
        Registry registry = resolve("a.yaml", POWER, "b.yaml", """
                figures:
                  doubled:
                    label: 两倍
                    derive: h100-powr * 2
                    unit: W
                """);
        assertThat(messages(registry))
                .containsExactly(
                        "b.yaml:4:13: error: unknown figure 'h100-powr' in formula 'h100-powr * 2'; did you mean 'h100-power'?"
                                + " fix: 'derive: h100-power * 2'");
        assertThat(registry.figures()).doesNotContainKey("doubled").containsKey("total-power");
    }

    @Test
    void pointsAtAnUnknownIdInsideAFormulaAtItsColumnWithTheFixWhenOnlyOneIdIsClose() {
        Registry registry = resolve("a.yaml", POWER, "b.yaml", """
                figures:
                  doubled:
                    label: 两倍
                    derive: 2 * (h100-powr + 0 W)
                    unit: W
                  quoted:
                    label: 引号
                    derive: "2 * h100-pwer"
                    unit: W
                """);
        assertThat(messages(registry))
                .containsExactly(
                        "b.yaml:4:18: error: unknown figure 'h100-powr' in formula '2 * (h100-powr + 0 W)'; did you mean 'h100-power'?"
                                + " fix: 'derive: 2 * (h100-power + 0 W)'",
                        "b.yaml:8:18: error: unknown figure 'h100-pwer' in formula '2 * h100-pwer'; did you mean 'h100-power'?"
                                + " fix: 'derive: 2 * h100-power'");
    }

    @Test
    void reportsACycleAndPrintsIt() {
        Registry registry = resolve("a.yaml", """
                figures:
                  a:
                    label: 甲
                    derive: b * 2
                    unit: W
                  b:
                    label: 乙
                    derive: a / 2
                    unit: W
                """);
        assertThat(registry.diagnostics())
                .extracting(Diagnostic::message)
                .anySatisfy(
                        m -> assertThat(m).startsWith("formulas form a cycle: ").contains("a → b → a"));
        assertThat(registry.figures()).isEmpty();
    }

    @Test
    void reportsAddingWattsToGpus() {
        Registry registry = resolve("a.yaml", POWER, "b.yaml", """
                figures:
                  nonsense:
                    label: 错误
                    derive: h100-power + inference-gpus
                    unit: W
                """);
        assertThat(registry.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.toString())
                    .startsWith("b.yaml:4:13: error: cannot compute 'nonsense' = h100-power + inference-gpus: ");
            assertThat(d.message()).contains("W").contains("GPU");
        });
    }

    @Test
    void reportsAnUnknownSourceWithASuggestion() {
        Registry registry = resolve("a.yaml", """
                sources:
                  nvidia-sheet: {title: Datasheet}
                figures:
                  a:
                    label: 甲
                    value: 1 W
                    sources: [nvidia-shet]
                """);
        assertThat(registry.diagnostics())
                .extracting(Diagnostic::message)
                .containsExactly(
                        "unknown source 'nvidia-shet'; did you mean 'nvidia-sheet'? (define it under 'sources:' in any claim file of this article)");
    }

    /** A follow-on error must send the editor to the real mistake, not to define what is defined. */
    @Test
    void aSourceWithAnErrorOrAFileThatCannotBeReadIsNamedInsteadOfAnUnknownId() {
        ClaimFileReader.Result badSource = reader.read("a.yaml", """
                sources:
                  ft: {title: FT, url: www.ft.com}
                figures:
                  a:
                    label: 甲
                    value: 1 W
                    sources: [ft]
                """);
        assertThat(badSource.hasErrors()).isTrue();
        assertThat(Registry.resolve(List.of(badSource.claims())).diagnostics())
                .extracting(Diagnostic::message)
                .containsExactly("source 'ft' has an error of its own, so figure 'a' cannot cite it until it is fixed");

        ClaimFileReader.Result unreadable = reader.read("power.yaml", "figures:\n  h100-power:\n    value: [700 W\n");
        ClaimFileReader.Result compute = reader.read("compute.yaml", """
                sources:
                  s: {title: S}
                figures:
                  total:
                    label: 总
                    derive: 2 * h100-power
                    unit: W
                    sources: [sheet]
                """);
        assertThat(Registry.resolve(List.of(unreadable.claims(), compute.claims()))
                        .diagnostics())
                .extracting(Diagnostic::message)
                .containsExactly(
                        "unknown source 'sheet' (define it under 'sources:' in any claim file of this article); power.yaml"
                                + " could not be read and may define it: fix that file first",
                        "unknown figure 'h100-power' in formula '2 * h100-power'; power.yaml could not be read and may define it:"
                                + " fix that file first");
    }

    /** validate sorts its output by file, so "see above" could point below: the input's error is named by its place. */
    @Test
    void aFigureWhoseInputCannotBeComputedNamesWhereThatInputIs() {
        Registry registry = resolve("a.yaml", POWER, "b.yaml", """
                figures:
                  bad:
                    label: 错
                    derive: inference-gpus + h100-power
                    unit: W
                  worse:
                    label: 更错
                    derive: 2 * bad
                    unit: W
                """);
        assertThat(messages(registry))
                .contains("b.yaml:8:13: error: cannot compute 'worse': its input 'bad' has an error of its own"
                        + " (at b.yaml:2:3): fix that first");
    }

    @Test
    void warnsAboutASourcedValueWithoutASource() {
        Registry registry = resolve("a.yaml", """
                figures:
                  a:
                    label: 甲
                    value: 1 W
                """);
        assertThat(messages(registry))
                .containsExactly(
                        "a.yaml:2:3: warning: figure 'a' has a value but no source: add 'sources: [source-id]'");
        assertThat(registry.figures()).containsKey("a");
    }

    private static List<String> messages(Registry registry) {
        return registry.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void collectsTheNotClaimsOfEveryFileInOrder() {
        Registry registry = resolve(
                "claims/demo/a.yaml",
                "not-claims:\n  - {quote: 两大最成熟的产品, stated: 两大, reason: a count}\n"
                        + "  - {quote: 第二春, reason: a figure of speech}\n",
                "claims/demo/b.yaml",
                "not-claims:\n  - {quote: 第三季度, reason: a date already covered}\n");
        assertThat(registry.notClaims()).extracting(NotClaim::quote).containsExactly("两大最成熟的产品", "第二春", "第三季度");
        assertThat(registry.notClaims().get(2).at().file()).isEqualTo("claims/demo/b.yaml");
        assertThat(registry.diagnostics()).isEmpty();
    }
}
