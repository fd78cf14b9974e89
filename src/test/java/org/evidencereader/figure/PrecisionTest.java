package org.evidencereader.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A computed figure is shown no more precisely than the least precise number it comes from. */
class PrecisionTest {

    @Test
    void countsTheSignificantFiguresOfANumberAsWritten() {
        assertThat(Precision.significantFigures("72万张")).isEqualTo(OptionalInt.of(2));
        assertThat(Precision.significantFigures("700W")).isEqualTo(OptionalInt.of(3));
        assertThat(Precision.significantFigures("612万千瓦")).isEqualTo(OptionalInt.of(3));
        assertThat(Precision.significantFigures("50.4万千瓦")).isEqualTo(OptionalInt.of(3));
        assertThat(Precision.significantFigures("0.05")).isEqualTo(OptionalInt.of(1));
        assertThat(Precision.significantFigures("-38.49%")).isEqualTo(OptionalInt.of(4));
        assertThat(Precision.significantFigures("4211至10528片")).isEqualTo(OptionalInt.of(4));
        assertThat(Precision.significantFigures("0.5—2元")).isEqualTo(OptionalInt.of(1));
        assertThat(Precision.significantFigures("10,528")).isEqualTo(OptionalInt.of(5));
        assertThat(Precision.significantFigures("几个")).isEmpty();
    }

    @Test
    void roundsAValueToThatManyFiguresAndARangeAtTheDecimalPlaceOfItsSmallerEnd() {
        assertThat(Precision.round(Quantity.of(8.235294, Unit.parse("%")), 2))
                .isEqualTo(Quantity.of(8.2, Unit.parse("%")));
        assertThat(Precision.round(Quantity.range(68.39, 170.98, Unit.parse("×")), 2))
                .isEqualTo(Quantity.range(68, 171, Unit.parse("×")));
        assertThat(Precision.round(Quantity.of(504000, Unit.parse("kW")), 2))
                .isEqualTo(Quantity.of(500000, Unit.parse("kW")));
        assertThat(Precision.round(Quantity.of(-0.0123456, Unit.ONE), 3)).isEqualTo(Quantity.of(-0.0123, Unit.ONE));
        assertThat(Precision.round(Quantity.of(0, Unit.ONE), 2)).isEqualTo(Quantity.of(0, Unit.ONE));
        assertThat(Precision.round(Quantity.range(0, 7.25, Unit.ONE), 2)).isEqualTo(Quantity.range(0, 7.3, Unit.ONE));
    }
}
