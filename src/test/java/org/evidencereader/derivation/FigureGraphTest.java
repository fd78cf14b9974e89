package org.evidencereader.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.Unit;
import org.junit.jupiter.api.Test;

class FigureGraphTest {

    private static Map<String, FigureGraph.Node> peak() {
        Map<String, FigureGraph.Node> nodes = new LinkedHashMap<>();
        nodes.put("x", new FigureGraph.Given(Quantity.parse("0.2..0.7")));
        nodes.put("f", new FigureGraph.Derived(Expression.parse("x * (1 - x)"), Unit.ONE));
        return nodes;
    }

    /** With no work left, a range that needs searching is an estimate that still holds the true one. */
    @Test
    void aSearchWithoutWorkLeftGivesBoundsThatHoldTheTrueRangeAndSaysItIsAnEstimate() {
        FigureGraph.Evaluation evaluation = FigureGraph.evaluate(peak(), Map.of(), 0);

        assertThat(evaluation.estimates()).containsExactly("f");
        Quantity f = evaluation.values().get("f");
        assertThat(f.low()).isLessThanOrEqualTo(0.16);
        assertThat(f.high()).isGreaterThanOrEqualTo(0.25);
    }

    /**
     * Expanded, (x + 1)² is x² + 2x + 1, whose bounds over −0.5..0.5 reach 0 though the square never
     * does: an estimate without work left is held to interval arithmetic's 1/2.25..1/0.25 rather than
     * becoming unbounded (and the figure an error).
     */
    @Test
    void anEstimateIsNeverWiderThanIntervalArithmetic() {
        Map<String, FigureGraph.Node> nodes = new LinkedHashMap<>();
        nodes.put("x", new FigureGraph.Given(Quantity.parse("-0.5..0.5")));
        nodes.put("f", new FigureGraph.Derived(Expression.parse("1 / ((x + 1) * (x + 1))"), Unit.ONE));

        FigureGraph.Evaluation evaluation = FigureGraph.evaluate(nodes, Map.of(), 0);

        assertThat(evaluation.failures()).isEmpty();
        assertThat(evaluation.estimates()).containsExactly("f");
        assertThat(evaluation.values().get("f").low()).isCloseTo(1 / 2.25, within(1e-12));
        assertThat(evaluation.values().get("f").high()).isCloseTo(4, within(1e-12));
        Quantity exact = FigureGraph.evaluate(nodes, Map.of()).values().get("f");
        assertThat(exact.low()).isCloseTo(1 / 2.25, within(1e-6));
        assertThat(exact.high()).isCloseTo(4, within(1e-6));
    }

    @Test
    void withWorkLeftTheSameRangeIsFoundAndIsNoEstimate() {
        FigureGraph.Evaluation evaluation = FigureGraph.evaluate(peak(), Map.of(), RangeSearch.WORK);

        assertThat(evaluation.estimates()).isEmpty();
        assertThat(evaluation.values().get("f").low()).isCloseTo(0.16, within(1e-9));
        assertThat(evaluation.values().get("f").high()).isCloseTo(0.25, within(1e-6));
    }

    /** An override replaces a given value, and a range given by a reader is counted once like any other. */
    @Test
    void anOverrideWithARangeCountsItsFigureOnce() {
        Map<String, FigureGraph.Node> nodes = new LinkedHashMap<>();
        nodes.put("power", new FigureGraph.Given(Quantity.parse("700 W")));
        nodes.put("count", new FigureGraph.Given(Quantity.parse("8 GPU")));
        nodes.put("total", new FigureGraph.Derived(Expression.parse("count * power"), Unit.parse("kW")));
        nodes.put("share", new FigureGraph.Derived(Expression.parse("power / total"), Unit.PERCENT));

        FigureGraph.Evaluation evaluation = FigureGraph.evaluate(
                nodes, Map.of("power", Quantity.parse("350..700 W"), "total", Quantity.parse("1 kW")));

        assertThat(evaluation.values().get("total")).isEqualTo(Quantity.parse("2.8..5.6 kW"));
        assertThat(evaluation.values().get("share").low()).isCloseTo(12.5, within(1e-9));
        assertThat(evaluation.values().get("share").high()).isCloseTo(12.5, within(1e-9));
    }

    /**
     * Many figures that each need a search share one budget: the evaluation ends with every figure
     * valued, and a range left open is an estimate that holds the true one (each peaks at 0.25).
     */
    @Test
    void manyFiguresThatNeedSearchingShareOneBudget() {
        Map<String, FigureGraph.Node> nodes = new LinkedHashMap<>();
        for (int i = 0; i < 400; i++) {
            nodes.put("x" + i, new FigureGraph.Given(Quantity.parse("0.2..0.7")));
            nodes.put("f" + i, new FigureGraph.Derived(Expression.parse("x" + i + " * (1 - x" + i + ")"), Unit.ONE));
        }

        FigureGraph.Evaluation evaluation = FigureGraph.evaluate(nodes, Map.of(), 20_000);

        assertThat(evaluation.failures()).isEmpty();
        assertThat(evaluation.estimates()).isNotEmpty().hasSizeLessThan(400);
        for (int i = 0; i < 400; i++) {
            Quantity f = evaluation.values().get("f" + i);
            assertThat(f.low()).isLessThanOrEqualTo(0.16 + 1e-9);
            assertThat(f.high()).isGreaterThanOrEqualTo(0.25 - 1e-6);
        }
    }
}
