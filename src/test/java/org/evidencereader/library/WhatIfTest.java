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
        // Not read from files: its pages are never kept under the article's digest.
        assertThat(result.article().sources()).isEmpty();
        assertThat(demo.sources()).isNotEmpty();
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
        assertRefused(Map.of("gpus-per-server", "0 GPU", "gpu-power", "1 W"), "compute");
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 51; i++) {
            many.put("f" + i, "1");
        }
        assertRefused(many, "too-many");
    }

    private void assertRefused(Map<String, String> overrides, String reason) {
        assertThatThrownBy(() -> whatIf.apply(demo, overrides))
                .isInstanceOfSatisfying(WhatIf.Refused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
