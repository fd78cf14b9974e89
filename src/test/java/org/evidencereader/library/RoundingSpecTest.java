package org.evidencereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.SpecFile;
import org.evidencereader.figure.Unit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs src/test/resources/spec/rounding.txt. */
class RoundingSpecTest {

    @TestFactory
    Stream<DynamicTest> rounding() {
        return SpecFile.read("/spec/rounding.txt").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private static void run(SpecFile.Case c) {
        int bar = c.input().indexOf('|');
        OptionalInt least = Arrays.stream(c.input().substring(0, bar).split(";"))
                .map(String::strip)
                .map(RoundedFigures::supports)
                .filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt)
                .min();
        String value = c.input().substring(bar + 1).strip();
        int in = value.lastIndexOf(" in ");
        Quantity q = in >= 0
                ? Quantity.parse(value.substring(0, in))
                        .to(Unit.parse(value.substring(in + 4).strip()))
                : Quantity.parse(value);
        assertEquals(c.expected(), RoundedFigures.display(q, least), "line " + c.line());
    }
}
