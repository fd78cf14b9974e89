package org.evidencereader.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A value or unit that cannot be read is explained from the bundles, in English as before and in Chinese. */
class FigureMessagesTest {

    @Test
    void aReversedRangeIsExplainedInBothLanguages() {
        QuantityFormatException e = catchThrowableOfType(QuantityFormatException.class, () -> Quantity.parse("5..3 W"));

        assertThat(e.getMessage()).isEqualTo("the range's high end is below its low end at column 3");
        assertThat(e.text().in(Locale.CHINESE)).isEqualTo("区间的上限小于下限");
    }

    @Test
    void aBadUnitAfterAValueKeepsTheUnitsWordsAndTheValuesColumn() {
        QuantityFormatException e = catchThrowableOfType(QuantityFormatException.class, () -> Quantity.parse("3 kW/"));

        assertThat(e.getMessage()).isEqualTo("expected a unit after '/' at column 5");
        assertThat(e.text().in(Locale.CHINESE)).isEqualTo("“/”后面应当是一个单位");
    }

    @Test
    void unitsThatCannotBeConvertedAreExplainedInChinese() {
        UnitMismatchException e = catchThrowableOfType(
                UnitMismatchException.class, () -> Quantity.parse("720000 GPU").to(Unit.parse("W")));

        assertThat(e.getMessage()).isEqualTo("cannot convert GPU to W");
        assertThat(e.text().in(Locale.CHINESE)).isEqualTo("无法把 GPU 换算成 W");
    }
}
