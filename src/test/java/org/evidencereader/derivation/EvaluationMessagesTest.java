package org.evidencereader.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.Unit;
import org.junit.jupiter.api.Test;

/**
 * Why a formula cannot be read or computed is a message in the bundles, so a diagnostic or a
 * what-if page can say it in the reader's language; the English stays as editors know it.
 */
class EvaluationMessagesTest {

    @Test
    void anUnclosedParenthesisIsExplainedInBothLanguages() {
        FormulaException e =
                catchThrowableOfType(FormulaException.class, () -> Expression.parse("inference-gpus * (h100-power"));

        assertThat(e.getMessage()).isEqualTo("expected ')' (to close '(' from column 17) at column 28");
        assertThat(e.text().in(Locale.ENGLISH)).isEqualTo("expected ')' (to close '(' from column 17)");
        assertThat(e.text().in(Locale.CHINESE)).isEqualTo("这里应当有“)”（与第 17 列的“(”配对）");
        assertThat(e.located().in(Locale.ENGLISH)).isEqualTo(e.getMessage());
        assertThat(e.located().in(Locale.CHINESE)).isEqualTo("这里应当有“)”（与第 17 列的“(”配对）（第 28 列）");
    }

    @Test
    void aBadUnitInsideAFormulaKeepsItsOwnWordsAndTheFormulasColumn() {
        FormulaException e = catchThrowableOfType(FormulaException.class, () -> Expression.parse("x * 2 kW·"));

        assertThat(e.getMessage()).isEqualTo("expected a unit after '·' at column 9");
        assertThat(e.text().in(Locale.CHINESE)).isEqualTo("“·”后面应当是一个单位");
    }

    @Test
    void unitsThatCannotBeAddedAreExplainedInChinese() {
        Map<String, FigureGraph.Node> nodes = new LinkedHashMap<>();
        nodes.put("h100-power", new FigureGraph.Given(Quantity.parse("700 W")));
        nodes.put("inference-gpus", new FigureGraph.Given(Quantity.parse("720000 GPU")));
        nodes.put("total", new FigureGraph.Derived(Expression.parse("h100-power + inference-gpus"), Unit.parse("W")));

        FigureGraph.Failure failure =
                FigureGraph.evaluate(nodes, Map.of()).failures().get("total");

        assertThat(failure).isInstanceOfSatisfying(FigureGraph.Unevaluable.class, unevaluable -> {
            assertThat(unevaluable.message()).isEqualTo("cannot add W and GPU in 'h100-power + inference-gpus'");
            assertThat(unevaluable.reason().in(Locale.CHINESE))
                    .isEqualTo("无法将 W 与 GPU 相加（在“h100-power + inference-gpus”中）");
        });
    }

    @Test
    void aDivisorThatCanBeZeroIsExplainedInChinese() {
        Map<String, FigureGraph.Node> nodes = new LinkedHashMap<>();
        nodes.put("cost", new FigureGraph.Given(Quantity.parse("100 CNY")));
        nodes.put("change", new FigureGraph.Given(Quantity.parse("-1..1")));
        nodes.put("ratio", new FigureGraph.Derived(Expression.parse("cost / change"), Unit.parse("CNY")));

        FigureGraph.Failure failure =
                FigureGraph.evaluate(nodes, Map.of()).failures().get("ratio");

        assertThat(failure).isInstanceOfSatisfying(FigureGraph.Unevaluable.class, unevaluable -> {
            assertThat(unevaluable.cause()).isEqualTo(FigureGraph.Cause.DIVISOR_CAN_BE_ZERO);
            assertThat(unevaluable.message())
                    .isEqualTo("cannot divide by -1–1: the divisor can be 0 in 'cost / change'");
            assertThat(unevaluable.reason().in(Locale.CHINESE)).isEqualTo("无法除以 -1–1：除数可能为 0（在“cost / change”中）");
        });
    }
}
