package org.evidencereader.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.evidencereader.figure.SpecFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs src/test/resources/spec/formulas.txt. */
class FormulaSpecTest {

    @TestFactory
    Stream<DynamicTest> formulas() {
        return SpecFile.read("/spec/formulas.txt").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private static void run(SpecFile.Case c) {
        if (c.input().startsWith("refs:")) {
            Expression e = Expression.parse(c.input().substring(5));
            assertEquals(c.expected(), String.join(", ", e.references()), "line " + c.line());
            return;
        }
        if (c.expected().startsWith("error ")) {
            String rest = c.expected().substring(6);
            int column = Integer.parseInt(rest.substring(0, rest.indexOf(':')));
            String message = rest.substring(rest.indexOf(':') + 1).strip();
            FormulaException e =
                    assertThrows(FormulaException.class, () -> Expression.parse(c.input()), "line " + c.line());
            assertEquals(column, e.column(), "column, line " + c.line() + ": " + e.getMessage());
            assertTrue(e.getMessage().startsWith(message), "line " + c.line() + ": " + e.getMessage());
            assertTrue(e.getMessage().endsWith("at column " + column), e.getMessage());
            return;
        }
        Expression parsed = Expression.parse(c.input());
        assertEquals(c.expected(), parsed.toString(), "line " + c.line());
        assertEquals(parsed, Expression.parse(parsed.toString()), "round trip, line " + c.line());
    }
}
