package org.evidencereader.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidencereader.figure.MentionKind;
import org.evidencereader.figure.NumericMention;
import org.evidencereader.figure.SpecFile;
import org.evidencereader.nlp.HanLpTokenizer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs src/test/resources/spec/detection.txt against the detector on HanLP's tokens. */
class DetectionSpecTest {

    static final Detector DETECTOR = new Detector(new HanLpTokenizer());

    @TestFactory
    Stream<DynamicTest> detection() {
        List<SpecFile.Case> cases = SpecFile.read("/spec/detection.txt");
        assertTrue(cases.size() >= 60, "at least 60 cases, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private static void run(SpecFile.Case c) {
        String input = c.input();
        List<NumericMention> mentions = DETECTOR.detect(input);
        assertEquals(c.expected(), render(mentions), "line " + c.line());
        int from = 0;
        for (NumericMention m : mentions) {
            assertEquals(m.text(), input.substring(m.start(), m.end()), "text matches the offsets");
            assertEquals(input.indexOf(m.text(), from), m.start(), "offset of «" + m.text() + "»");
            from = m.end();
        }
    }

    /** The spec file's notation: {@code 72万张[720000 (张)] | 38.49%[-38.49 % cue 下跌]}, or (none). */
    static String render(List<NumericMention> mentions) {
        return mentions.isEmpty()
                ? "(none)"
                : mentions.stream().map(DetectionSpecTest::render).collect(Collectors.joining(" | "));
    }

    static String render(NumericMention m) {
        StringBuilder b = new StringBuilder(m.text()).append('[');
        if (m.kind() == MentionKind.TIME_POINT) {
            b.append(m.timePoint()
                    .map(t -> "time " + t.iso())
                    .orElseGet(() -> "month " + m.month().getAsInt()));
        } else {
            if (m.kind() == MentionKind.VAGUE) {
                b.append("vague ");
            }
            b.append(number(m.low()));
            if (m.isRange()) {
                b.append("..").append(number(m.high()));
            }
            if (m.unit().isPresent()) {
                b.append(' ').append(m.unit().get().symbol());
            } else if (!m.unitText().isEmpty()) {
                b.append(" (").append(m.unitText()).append(')');
            }
        }
        if (!m.cue().isEmpty()) {
            b.append(" cue ").append(m.cue());
        }
        return b.append(']').toString();
    }

    static String number(double v) {
        return new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
