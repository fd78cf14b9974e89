package org.evidencereader.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.measure.IncommensurableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.units.indriya.AbstractUnit;

class UnitTest {

    @ParameterizedTest(name = "{0} has symbol {1} and canonical {2}")
    @CsvSource({
        "W, W, W",
        "kW, kW, W",
        "MW, MW, W",
        "GW, GW, W",
        "千瓦, kW, W",
        "万千瓦, 万千瓦, W",
        "J, J, J",
        "kWh, kWh, J",
        "MWh, MWh, J",
        "GWh, GWh, J",
        "TWh, TWh, J",
        "度, kWh, J",
        "s, s, s",
        "秒, s, s",
        "min, min, s",
        "分钟, min, s",
        "h, h, s",
        "小时, h, s",
        "d, d, s",
        "天, d, s",
        "month, month, s",
        "个月, month, s",
        "year, year, s",
        "年, year, s",
        "CNY, CNY, CNY",
        "元, CNY, CNY",
        "USD, USD, USD",
        "%, %, 1",
        "×, ×, 1",
        "1, 1, 1",
        "GPU, GPU, GPU",
        "clip, clip, clip",
        "CNY/s, CNY/s, CNY/s",
        "CNY/min, CNY/min, CNY/s",
        "GPU·h, GPU·h, GPU·s",
        "GPU*h, GPU·h, GPU·s",
        "元/秒, CNY/s, CNY/s",
        "kW·h, kW·h, J",
        "W/W, 1, 1",
        "GPU·W, GPU·W, GPU·W",
        "kWh/h, kWh/h, W"
    })
    void parsesSymbolAndCanonical(String text, String symbol, String canonical) {
        Unit u = Unit.parse(text);
        assertEquals(symbol, u.symbol());
        assertEquals(canonical, u.canonical().symbol());
    }

    @Test
    void conversionFactorsComeFromIndriya() {
        assertEquals(
                504_000, Quantity.of(504, Unit.parse("MW")).to(Unit.parse("kW")).low(), 1e-6);
        assertEquals(
                6.12e9, Quantity.of(612, Unit.parse("万千瓦")).to(Unit.parse("W")).low(), 1e-3);
        assertEquals(3.6e6, Quantity.of(1, Unit.parse("度")).to(Unit.parse("J")).low(), 1e-6);
        assertEquals(
                365.25 * 86400,
                Quantity.of(1, Unit.parse("year")).to(Unit.parse("s")).low(),
                1e-6);
        assertEquals(
                365.25 / 12 * 24,
                Quantity.of(1, Unit.parse("month")).to(Unit.parse("h")).low(),
                1e-9);
        assertEquals(0.082, Quantity.of(8.2, Unit.PERCENT).to(Unit.ONE).low(), 1e-12);
    }

    /** An editor writes units the way the article writes amounts: 万度, 亿瓦. */
    @Test
    void aPhysicalUnitMayStartWithAChineseMagnitude() {
        assertEquals(
                504_000 * 24 / 10_000.0,
                Quantity.of(504_000, Unit.parse("kW"))
                        .times(Quantity.of(24, Unit.parse("h")))
                        .to(Unit.parse("万度"))
                        .low(),
                1e-9);
        assertEquals(
                5.04, Quantity.of(504, Unit.parse("MW")).to(Unit.parse("亿瓦")).low(), 1e-12);
        assertEquals(
                2.0, Quantity.of(2e12, Unit.parse("W")).to(Unit.parse("万亿W")).low(), 1e-12);
        assertTrue(Unit.parse("万GPU").isCount(), "a count is not scaled: 万GPU stays a noun");
    }

    @Test
    void countsAreDimensionlessLabels() {
        Unit gpu = Unit.parse("GPU");
        assertTrue(gpu.isCount());
        assertTrue(gpu.times(Unit.parse("W")).isCompatible(Unit.parse("kW")));
        assertTrue(Unit.parse("GPU·h").isCompatible(Unit.parse("GPU·s")));
        assertFalse(gpu.isCompatible(Unit.parse("W")));
        assertFalse(gpu.isCompatible(Unit.PERCENT));
        assertFalse(gpu.isCompatible(Unit.ONE));
        assertFalse(gpu.isCompatible(Unit.parse("clip")));
        assertTrue(gpu.dividedBy(gpu).isRatio());
    }

    @Test
    void currenciesAreTheirOwnDimensions() {
        assertFalse(Unit.parse("CNY").isCompatible(Unit.parse("USD")));
        assertFalse(Unit.parse("CNY").isCompatible(Unit.ONE));
        assertTrue(Unit.parse("CNY/s").isCompatible(Unit.parse("元/分钟")));
    }

    @Test
    void chineseNames() {
        assertEquals("千瓦", Unit.parse("kW").chinese());
        assertEquals("元/秒", Unit.parse("CNY/s").chinese());
        assertEquals("倍", Unit.TIMES.chinese());
        assertEquals("", Unit.ONE.chinese());
    }

    @ParameterizedTest(name = "''{0}'' fails at column {1}")
    @CsvSource(
            delimiter = '|',
            value = {"'' | 0", "W/ | 2", "kW·/h | 3", "W W | 2", "CNY/(s) | 4", "'  ' | 2", "W+kW | 1"})
    void rejectsBadUnitsWithColumn(String text, int column) {
        UnitFormatException e = assertThrows(UnitFormatException.class, () -> Unit.parse(text));
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().endsWith("at column " + column), e.getMessage());
    }

    private static final List<String> ATOMS = List.of(
            "W", "kW", "MW", "GW", "万千瓦", "J", "kWh", "MWh", "GWh", "TWh", "s", "min", "h", "d", "month", "year", "%",
            "×", "CNY", "USD", "GPU");

    /** Products and quotients of two atoms each, with exponents: a few thousand different units. */
    private static List<String> pairs() {
        List<String> units = new ArrayList<>();
        for (String a : ATOMS) {
            for (String b : ATOMS) {
                units.add(a + "·" + b);
                units.add(a + "/" + b);
                units.add(a + "·" + b + "²");
                units.add(a + "/" + b + "²");
                units.add(a + "³/" + b);
            }
        }
        return units;
    }

    /** The physical part of a unit as Indriya makes it, every time afresh: what the caches must agree with. */
    private static javax.measure.Unit<?> indriya(Unit unit) {
        javax.measure.Unit<?> product = AbstractUnit.ONE;
        for (Unit.Term t : unit.terms()) {
            if (t.atom().kind() == Unit.Kind.PHYSICAL || t.atom().kind() == Unit.Kind.RATIO) {
                product = product.multiply(t.atom().si().pow(t.exponent()));
            }
        }
        return product;
    }

    private static double indriyaFactor(Unit unit) throws IncommensurableException {
        javax.measure.Unit<?> u = indriya(unit);
        return u.getConverterToAny(u.getSystemUnit()).convert(1.0);
    }

    @Test
    void dimensionsAndFactorsAreIndriyasForEveryUnitEvenPastTheCacheLimit() throws Exception {
        List<String> texts = pairs();
        assertTrue(texts.size() > 2 * Unit.CACHE_LIMIT, "enough units to fill the caches");
        for (String text : texts) {
            Unit unit = Unit.parse(text);
            assertEquals(indriya(unit).getDimension(), unit.dimension(), text);
            assertEquals(indriyaFactor(unit), unit.factor(), Math.abs(indriyaFactor(unit)) * 1e-15, text);
        }
        Unit kw = Unit.parse("kW");
        for (String text : texts) {
            Unit unit = Unit.parse(text);
            boolean sameDimension =
                    indriya(unit).getDimension().equals(indriya(kw).getDimension());
            assertEquals(
                    sameDimension
                            && !unit.terms().stream().anyMatch(t -> t.atom().kind() == Unit.Kind.CURRENCY),
                    unit.isCompatible(kw),
                    text + " against kW");
        }
    }

    @Test
    void theCachesStopGrowingAtTheirLimit() {
        for (int i = 0; i < 3 * Unit.CACHE_LIMIT; i++) {
            Unit unit = Unit.parse("item" + i + "/h");
            assertEquals("item" + i + "/h", unit.symbol());
            assertTrue(unit.isCompatible(Unit.parse("item" + i + "/min")));
            assertEquals(
                    1, Quantity.of(60, unit).to(Unit.parse("item" + i + "/min")).low(), 1e-12);
        }
        pairs().forEach(Unit::parse);
        assertTrue(Unit.cached() <= Unit.CACHE_LIMIT, "cached: " + Unit.cached());
    }

    @Test
    void unitsMadeOnManyThreadsAtOnceAgreeWithUnitsMadeOnOne() throws Exception {
        List<String> texts = pairs().subList(0, 600);
        List<String> expected = new ArrayList<>();
        for (String text : texts) {
            expected.add(describe(Unit.parse(text)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int round = 0; round < 16; round++) {
                results.add(pool.submit(
                        () -> texts.stream().map(t -> describe(Unit.parse(t))).toList()));
            }
            for (Future<List<String>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String describe(Unit unit) {
        return unit.symbol() + " " + unit.canonical().symbol() + " " + unit.factor() + " "
                + unit.isCompatible(Unit.parse("W")) + " " + unit.isRatio() + " " + unit.isCount();
    }

    @Test
    void readsSiPrefixesOfWattJouleAndSecondAsIndriyaDefinesThem() {
        assertThat(Quantity.parse("350 mW").to(Unit.parse("W")).low())
                .isCloseTo(0.35, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Quantity.parse("2 µs").to(Unit.parse("s")).low())
                .isCloseTo(2e-6, org.assertj.core.api.Assertions.within(1e-18));
        assertThat(Quantity.parse("3 MJ").to(Unit.parse("J")).low())
                .isCloseTo(3e6, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(Unit.isKnown("mW")).isTrue();
        assertThat(Unit.parse("mW").isCompatible(Unit.parse("GPU"))).isFalse();
        // Other words stay counted nouns.
        assertThat(Unit.parse("mGPU").countedNouns()).containsExactly("mGPU");
        assertThat(Unit.likelyMeant("w")).contains("W");
    }

    @Test
    void physicalAmountsAndCountsAreNeverNegativeWhileRatiosAndMoneyCanBe() {
        assertThat(Unit.parse("W").isNeverNegative()).isTrue();
        assertThat(Unit.parse("kWh").isNeverNegative()).isTrue();
        assertThat(Unit.parse("s").isNeverNegative()).isTrue();
        assertThat(Unit.parse("GPU").isNeverNegative()).isTrue();
        assertThat(Unit.parse("GPU·h").isNeverNegative()).isTrue();
        assertThat(Unit.parse("%").isNeverNegative()).isFalse();
        assertThat(Unit.ONE.isNeverNegative()).isFalse();
        assertThat(Unit.parse("CNY").isNeverNegative()).isFalse();
        assertThat(Unit.parse("CNY/s").isNeverNegative()).isFalse();
    }
}
