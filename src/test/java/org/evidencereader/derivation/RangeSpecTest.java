package org.evidencereader.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.SpecFile;
import org.evidencereader.figure.Unit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs src/test/resources/spec/ranges.txt through {@link FigureGraph#evaluate}. */
class RangeSpecTest {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.(\\d+))?");
    private static final String ESTIMATE = "(estimate)";
    private static final String RESULT = "result";

    @TestFactory
    Stream<DynamicTest> ranges() {
        return SpecFile.read("/spec/ranges.txt").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private static void run(SpecFile.Case c) {
        String[] parts = c.input().split(";");
        Map<String, FigureGraph.Node> nodes = new LinkedHashMap<>();
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i].strip();
            int derived = part.indexOf(":=");
            if (derived >= 0) {
                nodes.put(part.substring(0, derived).strip(), derived(part.substring(derived + 2), nodes));
            } else {
                String[] kv = part.split("=", 2);
                nodes.put(kv[0].strip(), new FigureGraph.Given(Quantity.parse(kv[1].strip())));
            }
        }
        nodes.put(RESULT, derived(parts[parts.length - 1], nodes));
        FigureGraph.Evaluation evaluation = FigureGraph.evaluate(nodes, Map.of());
        assertEquals(Map.of(), evaluation.failures(), "line " + c.line());

        String expectedText = c.expected();
        boolean estimate = expectedText.endsWith(ESTIMATE);
        if (estimate) {
            expectedText = expectedText
                    .substring(0, expectedText.length() - ESTIMATE.length())
                    .strip();
        }
        Quantity expected = Quantity.parse(expectedText);
        Quantity converted = evaluation.values().get(RESULT).to(expected.unit());
        String message =
                "line " + c.line() + ": got " + converted + " (" + converted.low() + ".." + converted.high() + ")";
        assertEquals(estimate, evaluation.estimates().contains(RESULT), "estimate? " + message);
        Matcher m = NUMBER.matcher(expectedText);
        double[] steps = new double[2];
        int n = 0;
        while (m.find() && n < 2) {
            steps[n++] = m.group(1) == null ? 1 : Math.pow(10, -m.group(1).length());
        }
        if (n == 1) {
            steps[1] = steps[0];
        }
        assertTrue(Math.abs(converted.low() - expected.low()) <= steps[0] / 2 + 1e-9, message);
        assertTrue(Math.abs(converted.high() - expected.high()) <= steps[1] / 2 + 1e-9, message);
    }

    /** A derived figure in the unit after "in", or else in the unit its formula computes. */
    private static FigureGraph.Node derived(String text, Map<String, FigureGraph.Node> earlier) {
        String formula = text.strip();
        int in = formula.lastIndexOf(" in ");
        Expression expression = Expression.parse(in >= 0 ? formula.substring(0, in) : formula);
        Unit unit;
        if (in >= 0) {
            unit = Unit.parse(formula.substring(in + 4).strip());
        } else {
            Map<String, Quantity> values =
                    FigureGraph.evaluate(earlier, Map.of()).values();
            unit = Evaluator.evaluate(expression, values::get).unit();
        }
        return new FigureGraph.Derived(expression, unit);
    }
}
