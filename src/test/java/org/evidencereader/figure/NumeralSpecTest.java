package org.evidencereader.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs src/test/resources/spec/numerals.txt. */
class NumeralSpecTest {

    @TestFactory
    Stream<DynamicTest> numerals() {
        List<SpecFile.Case> cases = SpecFile.read("/spec/numerals.txt");
        assertTrue(cases.size() >= 40, "at least 40 cases, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private static void run(SpecFile.Case c) {
        String input;
        List<NumericMention> mentions;
        if (c.input().startsWith("find:")) {
            input = c.input().substring(5).strip();
            mentions = NumeralParser.find(input);
        } else if (c.input().startsWith("one:")) {
            input = c.input().substring(4).strip();
            mentions = NumeralParser.parseOne(input).stream().toList();
        } else {
            throw new IllegalArgumentException("a case starts with find: or one:");
        }
        String actual = mentions.isEmpty()
                ? "nothing"
                : mentions.stream().map(NumeralSpecTest::render).collect(Collectors.joining(" ; "));
        assertEquals(c.expected(), actual, "line " + c.line());
        int from = 0;
        for (NumericMention m : mentions) {
            assertEquals(m.text(), input.substring(m.start(), m.end()), "text matches the offsets");
            assertEquals(input.indexOf(m.text(), from), m.start(), "offset of «" + m.text() + "»");
            from = m.end();
        }
    }

    static String render(NumericMention m) {
        StringBuilder b = new StringBuilder("«").append(m.text()).append("» = ");
        if (m.kind() == MentionKind.TIME_POINT) {
            b.append(m.timePoint()
                    .map(t -> "when " + t.iso())
                    .orElseGet(() -> "month " + m.month().getAsInt()));
        } else {
            b.append(number(m.low()));
            if (m.isRange()) {
                b.append("..").append(number(m.high()));
            }
            Optional<Unit> unit = m.unit();
            if (unit.isPresent()) {
                b.append(' ').append(unit.get().symbol());
            } else if (!m.unitText().isEmpty()) {
                b.append(" (").append(m.unitText()).append(')');
            }
        }
        if (!m.cue().isEmpty()) {
            b.append(" cue ").append(m.cue());
        }
        return b.toString();
    }

    static String number(double v) {
        return new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
