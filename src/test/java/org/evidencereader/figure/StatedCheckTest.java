package org.evidencereader.figure;

import static org.evidencereader.figure.Consistency.CONSISTENT;
import static org.evidencereader.figure.Consistency.INCONSISTENT;
import static org.evidencereader.figure.Consistency.UNCHECKED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatedCheckTest {

    @ParameterizedTest(name = "{0} against {1} is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "50.4万千瓦 | 504000 kW | CONSISTENT",
                "50.4万千瓦 | 503500 kW | CONSISTENT",
                "50.4万千瓦 | 504500 kW | CONSISTENT",
                "50.4万千瓦 | 503499 kW | INCONSISTENT",
                "50.4万千瓦 | 504501 kW | INCONSISTENT",
                "50.4万千瓦 | 504 MW | CONSISTENT",
                "50.4万千瓦 | 504000000 GPU·W | CONSISTENT",
                "50.4万千瓦 | 252000 kW | INCONSISTENT",
                "50.4万千瓦 | 504000 GPU | INCONSISTENT",
                "612万千瓦 | 6120 MW | CONSISTENT",
                "8.2% | 0.082 | CONSISTENT",
                "8.2% | 0.0815 | CONSISTENT",
                "8.2% | 0.0825 | CONSISTENT",
                "8.2% | 0.0814 | INCONSISTENT",
                "8.2% | 0.08235 | CONSISTENT",
                "82‰ | 0.08235 | CONSISTENT",
                "82‰ | 0.0826 | INCONSISTENT",
                "72万张 | 720000 GPU | CONSISTENT",
                "72万张 | 89000 GPU | INCONSISTENT",
                "4211至10528片 | 4211..10528 GPU | CONSISTENT",
                "4211至10528片 | 4200..10500 GPU | INCONSISTENT",
                "0.5—2元 | 0.5..2 CNY | CONSISTENT",
                "0.5—2元 | 0.5..2 USD | INCONSISTENT",
                "下跌38.49% | -38.49 % | CONSISTENT",
                "不到十秒 | 3..4 s | CONSISTENT",
                "不到十秒 | 10 s | CONSISTENT",
                "不到十秒 | 12 s | INCONSISTENT",
                "不超过10万片 | 80000 GPU | CONSISTENT",
                "不超过10万片 | 120000 GPU | INCONSISTENT",
                "不会超过10万片 | 100000 GPU | CONSISTENT",
                "至少5秒 | 5..18 s | CONSISTENT",
                "至少5秒 | 3..18 s | INCONSISTENT",
                "约72万张 | 750000 GPU | CONSISTENT",
                "约72万张 | 900000 GPU | INCONSISTENT",
                "下跌38.49% | 38.49 % | INCONSISTENT",
                "不到十秒 | 10 s | CONSISTENT",
                "一分钟 | 60 s | CONSISTENT",
                "10年、20年 | 10..20 year | CONSISTENT",
                "10年、20年 | 10 year | INCONSISTENT",
                "700W | 0.7 kW | CONSISTENT",
                "2024年第三季度 | 2024 | UNCHECKED"
            })
    void comparesStatedNumberWithValue(String stated, String value, Consistency expected) {
        NumericMention m = NumeralParser.parseOne(stated).orElseThrow();
        assertEquals(expected, StatedCheck.check(m, Quantity.parse(value)));
    }

    @Test
    void codesAreLowerCase() {
        assertEquals("consistent", CONSISTENT.code());
        assertEquals("inconsistent", INCONSISTENT.code());
        assertEquals("unchecked", UNCHECKED.code());
    }
}
