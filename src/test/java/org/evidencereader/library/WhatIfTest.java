package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WhatIfTest {

    private static ReaderArticle demo;
    private final WhatIf whatIf = new WhatIf();

    @BeforeAll
    static void load() {
        demo = LibraryLoader.standard(
                        LibraryLoaderTest.FIXTURE.resolve("articles"), LibraryLoaderTest.FIXTURE.resolve("claims"))
                .load()
                .article("demo")
                .orElseThrow();
    }

    @Test
    void recomputesEveryFigureThatDependsOnAChangedInput() {
        WhatIf.Result result = whatIf.apply(demo, Map.of("gpu-power", "350 W"));

        Figure server = result.article().figure("server-power").orElseThrow();
        assertThat(server.value().orElseThrow().low()).isCloseTo(2.8, within(1e-9));
        assertThat(server.value().orElseThrow().unit().symbol()).isEqualTo("kW");
        assertThat(server.display()).isEqualTo("2.8千瓦");
        assertThat(server.arithmetic())
                .extracting(Term::text)
                .containsExactly("8 GPU", " × ", "350 W", " = ", "2.8 kW");
        // The share stays 12.5%: both its inputs scale together, so it is not "changed".
        assertThat(result.changed()).containsExactly("gpu-power", "server-power");
        assertThat(result.article()
                        .figure("server-power-share")
                        .orElseThrow()
                        .value()
                        .orElseThrow()
                        .low())
                .isCloseTo(12.5, within(1e-9));
        // The editor's verdict was on the article's 700 W, not on the reader's 350 W.
        assertThat(demo.figure("gpu-power").orElseThrow().verdict()).isPresent();
        assertThat(result.article().figure("gpu-power").orElseThrow().verdict()).isEmpty();
        // The original article is untouched.
        assertThat(demo.figure("server-power")
                        .orElseThrow()
                        .value()
                        .orElseThrow()
                        .low())
                .isCloseTo(5.6, within(1e-9));
    }

    /**
     * The share is gpu-power / (8 GPU × gpu-power): with a range for gpu-power it is still exactly
     * 12.5 %, so it is not "changed" (counted as two independent inputs it was 6.25–25 %).
     */
    @Test
    void aRangeCountsEachInputOnceSoARatioThatCannotChangeIsNotChanged() {
        WhatIf.Result result = whatIf.apply(demo, Map.of("gpu-power", "350..700 W"));

        Figure share = result.article().figure("server-power-share").orElseThrow();
        assertThat(share.value().orElseThrow().low()).isCloseTo(12.5, within(1e-9));
        assertThat(share.value().orElseThrow().high()).isCloseTo(12.5, within(1e-9));
        assertThat(result.changed()).containsExactly("gpu-power", "server-power");
        Figure server = result.article().figure("server-power").orElseThrow();
        assertThat(server.value().orElseThrow().low()).isCloseTo(2.8, within(1e-9));
        assertThat(server.value().orElseThrow().high()).isCloseTo(5.6, within(1e-9));
        assertThat(server.estimate()).isFalse();
    }

    @Test
    void takesABareNumberInTheFiguresUnitAndOtherUnitsOfTheSameKind() {
        assertThat(whatIf.apply(demo, Map.of("gpu-power", "350"))
                        .article()
                        .figure("gpu-power")
                        .orElseThrow()
                        .plain())
                .isEqualTo("350 W");
        assertThat(whatIf.apply(demo, Map.of("gpu-power", "0.35 kW"))
                        .article()
                        .figure("server-power")
                        .orElseThrow()
                        .plain())
                .isEqualTo("2.8 kW");
    }

    @Test
    void refusesWhatCannotBeComputed() {
        assertRefused(Map.of("nope", "1 W"), WhatIf.Reason.UNKNOWN);
        assertRefused(Map.of("server-power", "1 kW"), WhatIf.Reason.DERIVED);
        assertRefused(Map.of("gpu-power", "350 GPU"), WhatIf.Reason.UNIT);
        assertRefused(Map.of("gpu-power", "NaN"), WhatIf.Reason.FORMAT);
        assertRefused(Map.of("gpu-power", "1e400 W"), WhatIf.Reason.FORMAT);
        assertRefused(Map.of("gpu-power", "9".repeat(65)), WhatIf.Reason.LENGTH);
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 51; i++) {
            many.put("f" + i, "1");
        }
        assertRefused(many, WhatIf.Reason.TOO_MANY);
    }

    /** Values the engine cannot hold are a refused value like any other, never an exception of their own. */
    @Test
    void refusesAUnitPowerOrANumberBeyondTheEngineAsABadValue() {
        assertRefused(Map.of("gpu-power", "1 W·s·s·s·s"), WhatIf.Reason.FORMAT);
        assertRefused(Map.of("gpu-power", "1 W·W·W·W"), WhatIf.Reason.FORMAT);
        assertRefused(Map.of("gpu-power", "9".repeat(60) + "e300 kW"), WhatIf.Reason.LENGTH);
        assertRefused(Map.of("gpu-power", "1e308 kW"), WhatIf.Reason.FORMAT);
        assertRefused(Map.of("gpu-power", "1..1e308 kW"), WhatIf.Reason.FORMAT);
    }

    @Test
    void namesEveryBadValueAtOnce() {
        Map<String, String> overrides = new java.util.LinkedHashMap<>();
        overrides.put("gpu-power", "abc");
        overrides.put("gpus-per-server", "xyz");
        assertThatThrownBy(() -> whatIf.apply(demo, overrides))
                .isInstanceOfSatisfying(
                        WhatIf.Refused.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.figureId().orElseThrow() + " " + p.reason())
                                .containsExactly("gpu-power FORMAT", "gpus-per-server FORMAT"));
    }

    @Test
    void computesEveryFigureItCanWhenOneCannotBeComputed() {
        WhatIf.Result result = whatIf.apply(demo, Map.of("gpus-per-server", "0"));

        assertThat(result.article().figure("server-power").orElseThrow().plain())
                .isEqualTo("0 kW");
        assertThat(result.changed()).containsExactly("gpus-per-server", "server-power");
        // gpu-power / server-power divides by 0 kW: that figure, and only that one, has no value.
        assertThat(result.notComputable()).containsOnlyKeys("server-power-share");
        assertThat(result.notComputable().get("server-power-share").reason()).isEqualTo(WhatIf.Reason.DIVIDES_BY_ZERO);
        Figure share = result.article().figure("server-power-share").orElseThrow();
        assertThat(share.value()).isEmpty();
        assertThat(share.display()).isEqualTo(Figure.NOT_COMPUTABLE);
        assertThat(share.arithmetic()).isEmpty();
    }

    @Test
    void refusesNegativePowersAndCounts() {
        assertRefused(Map.of("gpu-power", "-700 W"), WhatIf.Reason.NEGATIVE);
        assertRefused(Map.of("gpus-per-server", "-5"), WhatIf.Reason.NEGATIVE);
        assertRefused(Map.of("gpus-per-server", "-5 GPU", "gpu-power", "-700"), WhatIf.Reason.NEGATIVE);
        assertThat(whatIf.apply(demo, Map.of("gpu-power", "0 W")).changed()).contains("gpu-power");
    }

    @Test
    void takesACountWrittenWithAChineseCounterWord() {
        assertThat(whatIf.apply(demo, Map.of("gpus-per-server", "4张"))
                        .article()
                        .figure("gpus-per-server")
                        .orElseThrow()
                        .plain())
                .isEqualTo("4 GPU");
        assertThat(whatIf.apply(demo, Map.of("gpus-per-server", "1万片"))
                        .article()
                        .figure("gpus-per-server")
                        .orElseThrow()
                        .value()
                        .orElseThrow()
                        .low())
                .isEqualTo(10000);
        assertThat(whatIf.apply(demo, Map.of("gpus-per-server", "16 颗"))
                        .article()
                        .figure("gpus-per-server")
                        .orElseThrow()
                        .value()
                        .orElseThrow()
                        .low())
                .isEqualTo(16);
        // A counter word counts things; it is no power.
        assertRefused(Map.of("gpu-power", "700张"), WhatIf.Reason.UNIT);
    }

    @Test
    void convertsOtherPowerUnitsAndSaysHowToWriteAMistypedOne() {
        assertThat(whatIf.apply(demo, Map.of("gpu-power", "350000 mW"))
                        .article()
                        .figure("gpu-power")
                        .orElseThrow()
                        .plain())
                .isEqualTo("350 W");
        assertThatThrownBy(() -> whatIf.apply(demo, Map.of("gpu-power", "350 w")))
                .isInstanceOfSatisfying(WhatIf.Refused.class, e -> {
                    assertThat(e.problems().get(0).reason()).isEqualTo(WhatIf.Reason.UNIT_MEANT);
                    assertThat(e.problems().get(0).arguments()).containsExactly("350 w", "W", "700 W");
                });
        assertRefused(Map.of("gpu-power", "350 Watts"), WhatIf.Reason.UNIT_MEANT);
        // A unit written wrongly that would not fit anyway gets the plain answer.
        assertRefused(Map.of("gpu-power", "350 kwh"), WhatIf.Reason.UNIT);
    }

    private void assertRefused(Map<String, String> overrides, WhatIf.Reason reason) {
        assertThatThrownBy(() -> whatIf.apply(demo, overrides))
                .isInstanceOfSatisfying(
                        WhatIf.Refused.class,
                        e -> assertThat(e.problems().get(0).reason()).isEqualTo(reason));
    }
}
