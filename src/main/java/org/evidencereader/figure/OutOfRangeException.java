package org.evidencereader.figure;

import java.util.Locale;
import org.evidencereader.diagnostic.Message;

/**
 * A value beyond what a double holds, as written or in the canonical unit: an overflowing product
 * or conversion. An {@link IllegalArgumentException}, as the value is what is wrong; {@link #text()}
 * says it in the editor's language.
 */
public class OutOfRangeException extends IllegalArgumentException {
    private final transient Message text;

    public OutOfRangeException(double low, double high, Unit unit) {
        this(Message.of(
                "diagnostic.formula.out-of-range",
                low == high ? String.valueOf(low) : low + ".." + high,
                unit.symbol()));
    }

    private OutOfRangeException(Message text) {
        super(text.in(Locale.ENGLISH));
        this.text = text;
    }

    public Message text() {
        return text;
    }
}
