package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What readers are shown of the shipped article's computed figures: no more significant figures
 * than the numbers they come from, while the value keeps full precision.
 */
class RoundedFiguresTest {

    private static ReaderArticle article;

    @BeforeAll
    static void load() {
        article = LibraryLoader.standard(Path.of("articles"), Path.of("claims"))
                .load()
                .article("baidu-sora")
                .orElseThrow();
    }

    private static Figure figure(ReaderArticle a, String id) {
        return a.figure(id).orElseThrow();
    }

    private static String result(Figure f) {
        List<Term> terms = f.arithmetic();
        return terms.get(terms.size() - 1).text();
    }

    @Test
    void aComputedFigureIsShownToTheFiguresOfItsLeastPreciseInput() {
        Figure share = figure(article, "share-of-daya-bay-base");
        assertThat(share.display()).isEqualTo("8.2%");
        assertThat(share.si()).isEqualTo("8.2%");
        assertThat(result(share)).isEqualTo("8.2%");
        assertThat(share.value().orElseThrow().canonical().low()).isCloseTo(0.0823529, within(1e-6));
        assertThat(share.plain()).isEqualTo("8.2%");
        assertThat(figure(article, "inference-vs-training-fleet").display()).isEqualTo("69–171倍");
        assertThat(figure(article, "total-power-pcie").display()).isEqualTo("25万千瓦");
    }

    @Test
    void aFigureTheTextStatesIsShownAsWritten() {
        Figure total = figure(article, "total-power");
        assertThat(total.display()).isEqualTo("50.4万千瓦");
        assertThat(total.si()).isEqualTo("504 MW");
        assertThat(figure(article, "h100-power").display()).isEqualTo("700W");
    }

    @Test
    void aWhatIfRoundsTheChangedFiguresAStatedOneToTheArticlesFigures() {
        WhatIf.Result result = new WhatIf().apply(article, Map.of("h100-power", "350 W"));
        ReaderArticle changed = result.article();
        assertThat(figure(changed, "total-power").display()).isEqualTo("25.2万千瓦");
        assertThat(figure(changed, "total-power").si()).isEqualTo("252 MW");
        assertThat(figure(changed, "share-of-daya-bay-base").display()).isEqualTo("4.1%");
        assertThat(result(figure(changed, "share-of-daya-bay-base"))).isEqualTo("4.1%");
        assertThat(figure(changed, "share-of-daya-bay-base").plain()).isEqualTo("4.1%");
        assertThat(figure(changed, "inference-vs-training-fleet").display()).isEqualTo("69–171倍");
    }

    @Test
    void anInputWithOneSignificantFigureLimitsNoResultBelowTwo() {
        Figure hours = figure(article, "training-gpu-hours");
        assertThat(hours.plain()).isEqualTo("3,100,000–7,700,000 GPU·h");
        assertThat(result(hours)).isEqualTo("3,100,000–7,700,000 GPU·h");
        assertThat(hours.value().orElseThrow().low()).isCloseTo(3_068_100, within(1.0));
        assertThat(figure(article, "training-energy").si()).isEqualTo("2,100–5,400 MWh");
    }

    @Test
    void aLiteralInTheFormulaIsExact() {
        assertThat(result(figure(article, "daya-bay-station-capacity"))).isEqualTo("1,970,000 kW");
    }

    @Test
    void aRoundedFigureIsShownTheSameWayWhereItIsAnInput() {
        assertThat(inputs(figure(article, "training-energy")).get(0))
                .isEqualTo(figure(article, "training-gpu-hours").plain());
        assertThat(inputs(figure(article, "share-of-daya-bay-station")).get(1))
                .isEqualTo(figure(article, "daya-bay-station-capacity").plain());
        ReaderArticle changed = new WhatIf()
                .apply(article, Map.of("training-duration", "2 month"))
                .article();
        assertThat(inputs(figure(changed, "training-energy")).get(0))
                .isEqualTo(figure(changed, "training-gpu-hours").plain())
                .isEqualTo("6,100,000–15,300,000 GPU·h");
    }

    private static List<String> inputs(Figure f) {
        return f.arithmetic().stream().filter(Term::isInput).map(Term::text).toList();
    }
}
