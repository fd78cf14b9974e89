package org.evidencereader.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs src/test/resources/spec/formatting.txt. */
class FormattingSpecTest {

    @TestFactory
    Stream<DynamicTest> formatting() {
        return SpecFile.read("/spec/formatting.txt").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private static void run(SpecFile.Case c) {
        int colon = c.input().indexOf(':');
        String style = c.input().substring(0, colon);
        String value = c.input().substring(colon + 1).strip();
        Quantity q;
        int in = value.lastIndexOf(" in ");
        if (in >= 0) {
            q = Quantity.parse(value.substring(0, in))
                    .to(Unit.parse(value.substring(in + 4).strip()));
        } else {
            q = Quantity.parse(value);
        }
        String actual = switch (style) {
            case "chinese" -> QuantityFormat.chinese(q);
            case "si" -> QuantityFormat.si(q);
            case "plain" -> QuantityFormat.plain(q);
            default -> throw new IllegalArgumentException("unknown style " + style);
        };
        assertEquals(c.expected(), actual, "line " + c.line());
    }
}
