package org.evidencereader.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

    @ParameterizedTest(name = "{0} → {1}..{2} {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "700 W | 700 | 700 | W",
                "700W | 700 | 700 | W",
                "612万 kW | 6120000 | 6120000 | kW",
                "50.4万千瓦 | 504000 | 504000 | kW",
                "4211..10528 GPU | 4211 | 10528 | GPU",
                "-38.49 % | -38.49 | -38.49 | %",
                "-38.49% | -38.49 | -38.49 | %",
                "0.5..2 CNY | 0.5 | 2 | CNY",
                "720000 GPU | 720000 | 720000 | GPU",
                "1 month | 1 | 1 | month",
                "10..20 year | 10 | 20 | year",
                "5 s | 5 | 5 | s",
                "1.5亿 元 | 150000000 | 150000000 | CNY",
                "42 | 42 | 42 | 1"
            })
    void parsesClaimFileValues(String text, double low, double high, String unit) {
        Quantity q = Quantity.parse(text);
        assertEquals(low, q.low(), 1e-9);
        assertEquals(high, q.high(), 1e-9);
        assertEquals(unit, q.unit().symbol());
    }

    @ParameterizedTest(name = "''{0}'' fails at column {1}")
    @CsvSource(
            delimiter = '|',
            value = {"'' | 0", "W | 0", "5..| 3", "10..5 s | 4", "5 W/ | 4", "5 W W | 4", "abc | 0"})
    void rejectsBadValuesWithColumn(String text, int column) {
        QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantity.parse(text));
        assertEquals(column, e.column(), e.getMessage());
    }

    @Test
    void validatesInCompactConstructor() {
        assertThrows(IllegalArgumentException.class, () -> new Quantity(2, 1, Unit.ONE));
        assertThrows(IllegalArgumentException.class, () -> new Quantity(Double.NaN, 1, Unit.ONE));
        assertThrows(IllegalArgumentException.class, () -> new Quantity(1, Double.POSITIVE_INFINITY, Unit.ONE));
        assertThrows(NullPointerException.class, () -> new Quantity(1, 1, null));
    }

    @Test
    void percentIsStoredAsRatioInCanonicalUnits() {
        Quantity q = Quantity.parse("-38.49%").canonical();
        assertEquals(-0.3849, q.low(), 1e-12);
        assertEquals("1", q.unit().symbol());
    }

    @Test
    void gpusTimesWattsConvertToWattsButNotToPercent() {
        Quantity power = Quantity.parse("720000 GPU").times(Quantity.parse("700 W"));
        assertEquals(504_000_000, power.to(Unit.parse("W")).low(), 1e-3);
        assertEquals(504_000, power.to(Unit.parse("kW")).low(), 1e-6);
        UnitMismatchException e = assertThrows(
                UnitMismatchException.class, () -> Quantity.parse("720000 GPU").to(Unit.PERCENT));
        assertEquals("cannot convert GPU to %", e.getMessage());
        assertEquals(
                "cannot convert GPU to W",
                assertThrows(
                                UnitMismatchException.class,
                                () -> Quantity.parse("1 GPU").to(Unit.parse("W")))
                        .getMessage());
    }

    @Test
    void intervalArithmetic() {
        Quantity a = Quantity.parse("1..2 W");
        Quantity b = Quantity.parse("-3..1 W");
        assertEquals(new Quantity(-2, 3, Unit.parse("W")), a.plus(b));
        assertEquals(new Quantity(0, 5, Unit.parse("W")), a.minus(b));
        assertEquals(new Quantity(-6, 2, Unit.parse("W").times(Unit.parse("W"))), a.times(b));
        assertEquals(new Quantity(-2, -1, Unit.parse("W")), a.negate());
        assertThrows(ArithmeticException.class, () -> a.dividedBy(b));
        Quantity perSecond = Quantity.parse("0.5..2 CNY").dividedBy(Quantity.parse("5 s"));
        assertEquals(new Quantity(0.1, 0.4, Unit.parse("CNY/s")), perSecond);
        assertTrue(perSecond.isRange());
        assertFalse(Quantity.parse("5 s").isRange());
    }

    @Test
    void sumTakesTheLeftUnit() {
        Quantity sum = Quantity.parse("10 kW").plus(Quantity.parse("500 W"));
        assertEquals(10.5, sum.low(), 1e-12);
        assertEquals("kW", sum.unit().symbol());
        assertThrows(UnitMismatchException.class, () -> Quantity.parse("1 W").plus(Quantity.parse("1 GPU")));
        assertThrows(UnitMismatchException.class, () -> Quantity.parse("1 GPU").plus(Quantity.parse("1 %")));
    }
}
