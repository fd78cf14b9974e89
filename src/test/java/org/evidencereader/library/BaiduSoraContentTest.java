package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.evidencereader.claim.Verdict;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.figure.Consistency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The first article as shipped in articles/ and claims/: what a reader of it relies on. */
class BaiduSoraContentTest {

    private static LibrarySnapshot snapshot;
    private static ReaderArticle article;

    @BeforeAll
    static void load() {
        snapshot =
                LibraryLoader.standard(Path.of("articles"), Path.of("claims")).load();
        article = snapshot.article("baidu-sora").orElseThrow();
    }

    @Test
    void loadsWithoutErrors() {
        assertThat(snapshot.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    }

    /** Chinese text the editors wrote for readers uses full-width brackets and colons, as the interface does. */
    @Test
    void chineseLabelsAndTheTitleUseFullWidthPunctuation() {
        java.util.regex.Pattern halfWidth = java.util.regex.Pattern.compile("[\\p{IsHan}][(:;]|[):;][\\p{IsHan}]");
        assertThat(article.figures().values())
                .extracting(f -> f.label().in(java.util.Locale.CHINESE))
                .noneMatch(label -> halfWidth.matcher(label).find());
        assertThat(article.article().meta().titleIn(java.util.Locale.CHINESE)).doesNotContainPattern(halfWidth);
    }

    @Test
    void marksEveryFigureTheIssueListsInTheText() {
        assertThat(article.figuresInText()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(article.figuresInText())
                .extracting(Figure::display)
                .contains(
                        "2024年第三季度",
                        "10年、20年",
                        "不到十秒",
                        "一分钟",
                        "4211至10528片",
                        "1个月",
                        "72万张",
                        "10万片",
                        "700W",
                        "50.4万千瓦",
                        "612万千瓦",
                        "5秒",
                        "5s",
                        "0.5—2元",
                        "38.49%",
                        "9.78%");
    }

    /** Every derived range of the article, as spec/ranges.txt works it out by hand; none is an estimate. */
    @Test
    void derivedRangesAreTheTrueBoundsAndNoneIsAnEstimate() {
        assertThat(article.figures().values()).noneMatch(Figure::estimate);
        assertRange("training-gpu-hours", 4200 * 730.5, 10500 * 730.5, 1e-3);
        assertRange("training-energy", 4200 * 730.5 * 0.7 / 1e6, 10500 * 730.5 * 0.7 / 1e6, 1e-9);
        assertRange("inference-vs-training-fleet", 720000.0 / 10500, 720000.0 / 4200, 1e-9);
        // Runway: 5-10 credits a second at $0.01 a credit
        assertRange("clip-price", 0.25, 0.5, 1e-12);
        assertRange("price-per-second", 0.05, 0.1, 1e-12);
        assertRange("price-per-minute", 3, 6, 1e-9);
    }

    private static void assertRange(String id, double low, double high, double tolerance) {
        var value = article.figure(id).orElseThrow().value().orElseThrow();
        assertThat(value.low()).as(id).isCloseTo(low, within(tolerance));
        assertThat(value.high()).as(id).isCloseTo(high, within(tolerance));
    }

    @Test
    void computesTheTotalPowerFromGpuCountAndPowerPerGpu() {
        Figure total = article.figure("total-power").orElseThrow();
        var watts = total.value().orElseThrow().canonical();
        assertThat(watts.low()).isCloseTo(5.04e8, within(1.0));
        assertThat(watts.unit().symbol()).isEqualTo("W");
        assertThat(total.inputs()).containsExactly("inference-gpus", "h100-power");
        assertThat(article.figure("inference-gpus")
                        .orElseThrow()
                        .value()
                        .orElseThrow()
                        .canonical()
                        .low())
                .isEqualTo(720_000);
        assertThat(article.figure("h100-power")
                        .orElseThrow()
                        .value()
                        .orElseThrow()
                        .canonical()
                        .low())
                .isEqualTo(700);
        assertThat(total.check()).isEqualTo(Consistency.CONSISTENT);
        assertThat(total.arithmetic())
                .extracting(Term::text)
                .containsExactly("720,000 GPU", " × ", "700 W", " = ", "504,000 kW");
    }

    @Test
    void aCardsArithmeticSpeaksInTheArticlesOwnUnits() {
        Figure total = article.figure("total-power").orElseThrow();
        assertThat(article.arithmeticAsWritten(total))
                .extracting(Term::text)
                .containsExactly("72万张", " × ", "700W", " = ", "50.4万千瓦");
        assertThat(article.arithmeticAsWritten(total))
                .extracting(Term::figureId)
                .containsExactly(
                        java.util.Optional.of("inference-gpus"),
                        java.util.Optional.empty(),
                        java.util.Optional.of("h100-power"),
                        java.util.Optional.empty(),
                        java.util.Optional.empty());
        // A constant or a result the article does not state is in SI with a sensible prefix, as the card's
        // value line shows it, never 252,000 kW; and no more precise than 72万 (two figures): 250 MW
        Figure pcie = article.figure("total-power-pcie").orElseThrow();
        assertThat(article.arithmeticAsWritten(pcie))
                .extracting(Term::text)
                .containsExactly("72万张", " × ", "350 W", " = ", "250 MW");
        assertThat(pcie.si()).isEqualTo("250 MW");
    }

    @Test
    void everyVerdictCountsOnceInTheSummary() {
        assertThat(article.verdictCounts())
                .extracting(VerdictCount::filter, VerdictCount::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("supported", 9L),
                                org.assertj.core.groups.Tuple.tuple("approximate", 9L),
                        org.assertj.core.groups.Tuple.tuple("imprecise", 2L),
                                org.assertj.core.groups.Tuple.tuple("misattributed", 1L),
                        org.assertj.core.groups.Tuple.tuple("unverifiable", 1L),
                                org.assertj.core.groups.Tuple.tuple("none", 17L));
        assertThat(article.verdictCounts().stream()
                        .mapToLong(VerdictCount::count)
                        .sum())
                .isEqualTo(article.figures().size() + article.statements().size());
    }

    /**
     * The article's 4,211-10,528 is more precise than Factorial's 4,200-10,500: the check says so rather than
     * "matches". The one stated number that does not agree is the clip price in yuan, which the sources give
     * in dollars: the check shows both, and the verdict says the article is off. The H100 count has no
     * source, so there is nothing to check it against.
     */
    @Test
    void everyStatedNumberAgreesWithItsFigureAtTheLeastPreciseOfTheTwo() {
        assertThat(article.figuresInText())
                .filteredOn(f -> !f.id().equals("clip-price") && !f.id().equals("openai-h100-count"))
                .allSatisfy(f -> assertThat(f.check().agrees())
                        .as(f.id() + " stated " + f.display() + ": " + f.check())
                        .isTrue());
        assertThat(article.figure("training-gpus").orElseThrow().check()).isEqualTo(Consistency.SOURCE_PRECISION);
        assertThat(article.figure("openai-h100-count").orElseThrow().check()).isEqualTo(Consistency.UNCHECKED);
        Figure price = article.figure("clip-price").orElseThrow();
        assertThat(price.check()).isEqualTo(Consistency.INCONSISTENT);
        assertThat(price.verdict()).contains(Verdict.IMPRECISE);
        assertThat(price.si()).isEqualTo("0.25–0.5 USD");
    }

    @Test
    void comparesTheTotalWithTheDayaBayBaseAndStation() {
        assertThat(article.figure("share-of-daya-bay-base")
                        .orElseThrow()
                        .value()
                        .orElseThrow()
                        .low())
                .isCloseTo(8.235, within(0.01));
        assertThat(article.figure("share-of-daya-bay-station")
                        .orElseThrow()
                        .value()
                        .orElseThrow()
                        .low())
                .isCloseTo(25.61, within(0.01));
        assertThat(article.figure("daya-bay-base-capacity").orElseThrow().verdict())
                .contains(Verdict.MISATTRIBUTED);
    }

    /** A note that gives the figure's number in words gives the number the card shows. */
    @Test
    void theTrainingEnergyNoteSaysWhatTheCardShows() {
        Figure energy = article.figure("training-energy").orElseThrow();
        assertThat(energy.display()).isEqualTo("210万–540万度");
        assertThat(energy.si()).isEqualTo("2,100–5,400 MWh");
        assertThat(energy.note().orElseThrow().zh()).contains("约210万至540万千瓦时");
        assertThat(energy.note().orElseThrow().en()).contains("about 2.1 to 5.4 GWh");
        assertThat(article.figure("training-gpu-hours").orElseThrow().display()).isEqualTo("310万–770万 GPU·小时");
    }

    /** Only "unverifiable" stands without a source, and then no unrelated source is cited to fill the gap. */
    @Test
    void everySourcedFigureCitesASourceWithAnAddressUnlessNoneWasFound() {
        assertThat(article.figures().values())
                .filteredOn(f -> !f.isDerived() && f.verdict().orElse(null) != Verdict.UNVERIFIABLE)
                .allSatisfy(f -> assertThat(f.sources()).as(f.id()).isNotEmpty());
        assertThat(article.figures().values())
                .filteredOn(f -> f.verdict().isPresent())
                .allSatisfy(f -> assertThat(f.sources())
                        .as(f.id())
                        .allSatisfy(s -> assertThat(s.url()).as(s.id()).isNotNull()));
        Figure count = article.figure("openai-h100-count").orElseThrow();
        assertThat(count.verdict()).contains(Verdict.UNVERIFIABLE);
        assertThat(count.sources()).isEmpty();
    }
}
