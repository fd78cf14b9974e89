package org.evidencereader.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityFormatTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | 0",
                "7 | 7",
                "999 | 999",
                "1000 | 1,000",
                "-1000 | -1,000",
                "4211 | 4,211",
                "10528 | 10,528",
                "504000 | 504,000",
                "720000 | 720,000",
                "1234567 | 1,235,000",
                "-38.49 | -38.49",
                "0.082 | 0.082",
                "1234.5 | 1,235",
                "123456.7 | 123,500",
                "-0.0001234567 | -0.0001235",
                "6.12E9 | 6,120,000,000",
                "1E21 | 1,000,000,000,000,000,000,000"
            })
    void writesThousandsSeparatorsInTheWholePartOnly(double value, String expected) {
        assertEquals(expected, QuantityFormat.number(value, true));
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "10..20 year | 10–20 years", "1 year | 1 year", "2 year | 2 years", "0 year | 0 years",
                "1.5 year | 1.5 years", "1 month | 1 month", "3 month | 3 months", "1..2 month | 1–2 months",
                "-1 year | -1 year", "100 CNY/year | 100 CNY/year", "1.00004 year | 1 year"
            })
    void writesEnglishUnitWordsInThePluralForEveryNumberButOne(String value, String expected) {
        Quantity q = Quantity.parse(value);
        assertEquals(expected, QuantityFormat.plain(q));
        assertEquals(expected, QuantityFormat.si(q));
    }

    /**
     * Numbers used to be written with {@code new DecimalFormat("#,##0")} per call; the hand-written
     * grouping must give exactly the same text for every value, from the tiniest to the largest.
     */
    @Test
    void groupsDigitsExactlyAsDecimalFormatDid() {
        Random random = new Random(20261129);
        for (int i = 0; i < 20_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(80) - 40);
            double value = (random.nextBoolean() ? -1 : 1) * random.nextDouble() * magnitude;
            if (i % 4 == 0) {
                value = Math.rint(value); // whole numbers, the common case
            }
            assertEquals(withDecimalFormat(value), QuantityFormat.number(value, true), "value " + value);
        }
        for (double extreme :
                new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 1e-300, 99999.5, 999.95}) {
            assertEquals(withDecimalFormat(extreme), QuantityFormat.number(extreme, true), "value " + extreme);
        }
    }

    /** The former implementation of {@code QuantityFormat.number(value, true)}, kept as the reference. */
    private static String withDecimalFormat(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal bd = new BigDecimal(value);
        BigDecimal rounded = Math.abs(value) >= 1000 && Math.abs(value) < 100000
                ? bd.setScale(0, RoundingMode.HALF_UP)
                : bd.round(new MathContext(4, RoundingMode.HALF_UP));
        rounded = rounded.stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0);
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(Math.max(0, rounded.scale()));
        f.setMaximumFractionDigits(Math.max(0, rounded.scale()));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(rounded);
    }
}
