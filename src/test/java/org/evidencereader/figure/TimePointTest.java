package org.evidencereader.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimePointTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"2024, 2024年", "2024-09, 2024年9月", "2024-09-15, 2024年9月15日", "2024-Q3, 2024年第三季度", "2024-Q1, 2024年第一季度"
    })
    void parsesYamlWhenValues(String iso, String chinese) {
        TimePoint t = TimePoint.parse(iso);
        assertEquals(chinese, t.chinese());
        assertEquals(iso, t.iso());
    }

    @ParameterizedTest
    @CsvSource({"2024-13", "2024-Q5", "2023-02-29", "24", "2024/09", "'2024-09-1'"})
    void rejectsInvalidPoints(String text) {
        assertThrows(IllegalArgumentException.class, () -> TimePoint.parse(text));
    }

    /** ISO dates are the same on every machine: a default locale with other digits (Arabic) does not change them. */
    @Test
    void isoDatesDoNotFollowTheMachinesLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
            assertEquals("2024-09-15", TimePoint.parse("2024-09-15").iso());
            assertEquals("2024-Q3", TimePoint.parse("2024-Q3").iso());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aMonthWithoutAYearHasNoTimePointButAMonth() {
        NumericMention m = NumeralParser.find("Luma AI在9月的总访问量").get(0);
        assertEquals(MentionKind.TIME_POINT, m.kind());
        assertTrue(m.timePoint().isEmpty());
        assertEquals(9, m.month().getAsInt());
        assertEquals("月", m.unitText());
        assertTrue(m.quantity().isEmpty());
    }

    @Test
    void aMentionWithAYearCarriesItsTimePoint() {
        NumericMention m = NumeralParser.find("百度2024年第三季度总监会").get(0);
        assertEquals(TimePoint.ofQuarter(2024, 3), m.timePoint().orElseThrow());
        assertEquals(2, m.start());
        assertEquals(11, m.end());
    }
}
