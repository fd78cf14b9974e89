package org.evidencereader.library;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WhatIfTest {

    private static ReaderArticle demo;
    private final WhatIf whatIf = new WhatIf();

    @BeforeAll
    static void load() {
        demo = LibraryLoader.standard(LibraryLoaderTest.FIXTURE.resolve("articles"), LibraryLoaderTest.FIXTURE.resolve("claims"))
                .load().article("demo").orElseThrow();
    }

    @Test
    void recomputesEveryFigureThatDependsOnAChangedInput() {
        WhatIf.Result result = whatIf.apply(demo, Map.of("gpu-power", "350 W"));

        Figure server = result.article().figure("server-power").orElseThrow();
        assertThat(server.value().orElseThrow().low()).isCloseTo(2.8, within(1e-9));
        assertThat(server.value().orElseThrow().unit().symbol()).isEqualTo("kW");
        assertThat(server.display()).isEqualTo("2.8千瓦");
        assertThat(server.arithmetic()).extracting(Term::text).containsExactly("8 GPU", " × ", "350 W", " = ", "2.8 kW");
        // The share stays 12.5%: both its inputs scale together, so it is not "changed".
        assertThat(result.changed()).containsExactly("gpu-power", "server-power");
        assertThat(result.article().figure("server-power-share").orElseThrow().value().orElseThrow().low()).isCloseTo(12.5, within(1e-9));
        // The editor's verdict was on the article's 700 W, not on the reader's 350 W.
        assertThat(demo.figure("gpu-power").orElseThrow().verdict()).isPresent();
        assertThat(result.article().figure("gpu-power").orElseThrow().verdict()).isEmpty();
        // The original article is untouched.
        assertThat(demo.figure("server-power").orElseThrow().value().orElseThrow().low()).isCloseTo(5.6, within(1e-9));
    }

    @Test
    void takesABareNumberInTheFiguresUnitAndOtherUnitsOfTheSameKind() {
        assertThat(whatIf.apply(demo, Map.of("gpu-power", "350")).article().figure("gpu-power").orElseThrow().plain()).isEqualTo("350 W");
        assertThat(whatIf.apply(demo, Map.of("gpu-power", "0.35 kW")).article().figure("server-power").orElseThrow().plain())
                .isEqualTo("2.8 kW");
    }

    @Test
    void refusesWhatCannotBeComputed() {
        assertRefused(Map.of("nope", "1 W"), "unknown");
        assertRefused(Map.of("server-power", "1 kW"), "derived");
        assertRefused(Map.of("gpu-power", "350 GPU"), "unit");
        assertRefused(Map.of("gpu-power", "NaN"), "format");
        assertRefused(Map.of("gpu-power", "1e400 W"), "format");
        assertRefused(Map.of("gpu-power", "9".repeat(65)), "length");
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 51; i++) {
            many.put("f" + i, "1");
        }
        assertRefused(many, "too-many");
    }

    /** Values the engine cannot hold are a refused value like any other, never an exception of their own. */
    @Test
    void refusesAUnitPowerOrANumberBeyondTheEngineAsABadValue() {
        assertRefused(Map.of("gpu-power", "1 W·s·s·s·s"), "format");
        assertRefused(Map.of("gpu-power", "1 W·W·W·W"), "format");
        assertRefused(Map.of("gpu-power", "9".repeat(60) + "e300 kW"), "length");
        assertRefused(Map.of("gpu-power", "1e308 kW"), "format");
        assertRefused(Map.of("gpu-power", "1..1e308 kW"), "format");
    }

    @Test
    void namesEveryBadValueAtOnce() {
        Map<String, String> overrides = new java.util.LinkedHashMap<>();
        overrides.put("gpu-power", "abc");
        overrides.put("gpus-per-server", "xyz");
        assertThatThrownBy(() -> whatIf.apply(demo, overrides)).isInstanceOfSatisfying(WhatIf.Refused.class, e ->
                assertThat(e.problems()).extracting(p -> p.figureId().orElseThrow() + " " + p.reason())
                        .containsExactly("gpu-power format", "gpus-per-server format"));
    }

    @Test
    void computesEveryFigureItCanWhenOneCannotBeComputed() {
        WhatIf.Result result = whatIf.apply(demo, Map.of("gpus-per-server", "0"));

        assertThat(result.article().figure("server-power").orElseThrow().plain()).isEqualTo("0 kW");
        assertThat(result.changed()).containsExactly("gpus-per-server", "server-power");
        // gpu-power / server-power divides by 0 kW: that figure, and only that one, has no value.
        assertThat(result.notComputable()).containsOnlyKeys("server-power-share");
        assertThat(result.notComputable().get("server-power-share").reason()).isEqualTo("divide");
        Figure share = result.article().figure("server-power-share").orElseThrow();
        assertThat(share.value()).isEmpty();
        assertThat(share.display()).isEqualTo(WhatIf.NOT_COMPUTABLE);
        assertThat(share.arithmetic()).isEmpty();
    }

    @Test
    void refusesNegativePowersAndCounts() {
        assertRefused(Map.of("gpu-power", "-700 W"), "negative");
        assertRefused(Map.of("gpus-per-server", "-5"), "negative");
        assertRefused(Map.of("gpus-per-server", "-5 GPU", "gpu-power", "-700"), "negative");
        assertThat(whatIf.apply(demo, Map.of("gpu-power", "0 W")).changed()).contains("gpu-power");
    }

    @Test
    void takesACountWrittenWithAChineseCounterWord() {
        assertThat(whatIf.apply(demo, Map.of("gpus-per-server", "4张")).article().figure("gpus-per-server").orElseThrow().plain())
                .isEqualTo("4 GPU");
        assertThat(whatIf.apply(demo, Map.of("gpus-per-server", "1万片")).article().figure("gpus-per-server").orElseThrow()
                .value().orElseThrow().low()).isEqualTo(10000);
        assertThat(whatIf.apply(demo, Map.of("gpus-per-server", "16 颗")).article().figure("gpus-per-server").orElseThrow()
                .value().orElseThrow().low()).isEqualTo(16);
        // A counter word counts things; it is no power.
        assertRefused(Map.of("gpu-power", "700张"), "unit");
    }

    @Test
    void convertsOtherPowerUnitsAndSaysHowToWriteAMistypedOne() {
        assertThat(whatIf.apply(demo, Map.of("gpu-power", "350000 mW")).article().figure("gpu-power").orElseThrow().plain())
                .isEqualTo("350 W");
        assertThatThrownBy(() -> whatIf.apply(demo, Map.of("gpu-power", "350 w"))).isInstanceOfSatisfying(WhatIf.Refused.class, e -> {
            assertThat(e.problems().get(0).reason()).isEqualTo("unit-meant");
            assertThat(e.problems().get(0).arguments()).containsExactly("350 w", "W", "700 W");
        });
        assertRefused(Map.of("gpu-power", "350 Watts"), "unit-meant");
        // A unit written wrongly that would not fit anyway gets the plain answer.
        assertRefused(Map.of("gpu-power", "350 kwh"), "unit");
    }

    private void assertRefused(Map<String, String> overrides, String reason) {
        assertThatThrownBy(() -> whatIf.apply(demo, overrides))
                .isInstanceOfSatisfying(WhatIf.Refused.class, e -> assertThat(e.problems().get(0).reason()).isEqualTo(reason));
    }
}
