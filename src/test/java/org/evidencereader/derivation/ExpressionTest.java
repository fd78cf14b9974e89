package org.evidencereader.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.Unit;
import org.junit.jupiter.api.Test;

class ExpressionTest {

    @Test
    void buildsTheTreeWithPrecedenceAndLeftAssociativity() {
        Expression e = Expression.parse("a - b - c * d");
        Expression expected = new Binary(
                Operator.MINUS,
                new Binary(Operator.MINUS, new Reference("a"), new Reference("b")),
                new Binary(Operator.TIMES, new Reference("c"), new Reference("d")));
        assertEquals(expected, e);
    }

    @Test
    void hyphenInsideAnIdOnlyWhenGlued() {
        assertEquals(new Reference("inference-gpus"), Expression.parse("inference-gpus"));
        assertEquals(new Binary(Operator.MINUS, new Reference("a"), new Reference("b")), Expression.parse("a - b"));
    }

    @Test
    void literalsCarryUnits() {
        assertEquals(new Literal(Quantity.of(60, Unit.parse("s"))), Expression.parse("60 s"));
        assertEquals(new Literal(Quantity.of(100, Unit.PERCENT)), Expression.parse("100 %"));
        assertEquals(new Literal(Quantity.of(1.5, Unit.ONE)), Expression.parse("1.5"));
    }

    @Test
    void referencesInOrderOfAppearance() {
        assertEquals(
                List.of("total-power", "daya-bay", "x"),
                List.copyOf(Expression.parse("total-power / daya-bay + x * total-power")
                        .references()));
    }

    @Test
    void recordsValidate() {
        assertThrows(IllegalArgumentException.class, () -> new Reference("Bad"));
        assertThrows(IllegalArgumentException.class, () -> new Reference("a-"));
        assertThrows(IllegalArgumentException.class, () -> new Literal(Quantity.parse("1..2 W")));
        assertThrows(NullPointerException.class, () -> new Binary(Operator.PLUS, null, new Reference("a")));
    }

    @Test
    void badUnitInALiteralReportsTheColumnInTheFormula() {
        FormulaException e = assertThrows(FormulaException.class, () -> Expression.parse("a * 5 W·"));
        assertEquals(8, e.column());
    }
}
