package org.evidencereader.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.SpecFile;
import org.evidencereader.figure.Unit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs src/test/resources/spec/evaluation.txt. */
class EvaluationSpecTest {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.(\\d+))?");

    @TestFactory
    Stream<DynamicTest> evaluation() {
        return SpecFile.read("/spec/evaluation.txt").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private static void run(SpecFile.Case c) {
        String[] parts = c.input().split(";");
        Map<String, Quantity> figures = new HashMap<>();
        for (int i = 0; i < parts.length - 1; i++) {
            String[] kv = parts[i].split("=", 2);
            figures.put(kv[0].strip(), Quantity.parse(kv[1].strip()));
        }
        String formula = parts[parts.length - 1].strip();
        Unit target = null;
        int in = formula.lastIndexOf(" in ");
        if (in >= 0) {
            target = Unit.parse(formula.substring(in + 4).strip());
            formula = formula.substring(0, in);
        }
        Expression e = Expression.parse(formula);
        if (c.expected().startsWith("error:")) {
            EvaluationException ex = assertThrows(EvaluationException.class, () -> Evaluator.evaluate(e, figures::get));
            assertEquals(c.expected().substring(6).strip(), ex.getMessage(), "line " + c.line());
            return;
        }
        Quantity result = Evaluator.evaluate(e, figures::get);
        if (target != null) {
            result = result.to(target);
        }
        Quantity expected = Quantity.parse(c.expected());
        assertEquals(expected.unit(), result.unit(), "unit, line " + c.line());
        Quantity converted = result.to(expected.unit());
        Matcher m = NUMBER.matcher(c.expected());
        double[] steps = new double[2];
        int n = 0;
        while (m.find() && n < 2) {
            steps[n++] = m.group(1) == null ? 1 : Math.pow(10, -m.group(1).length());
        }
        if (n == 1) {
            steps[1] = steps[0];
        }
        String message = "line " + c.line() + ": got " + converted;
        assertTrue(Math.abs(converted.low() - expected.low()) <= steps[0] / 2 + 1e-9, message);
        assertTrue(Math.abs(converted.high() - expected.high()) <= steps[1] / 2 + 1e-9, message);
    }
}
