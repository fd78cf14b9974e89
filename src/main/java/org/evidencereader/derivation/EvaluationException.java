package org.evidencereader.derivation;

import java.util.Locale;
import org.evidencereader.diagnostic.Message;

/**
 * A formula that cannot be evaluated: an unknown figure, units that do not fit the operator, or a
 * division by an interval that contains 0. The message names the operator, the units and the part
 * of the formula, e.g. "cannot add W and GPU in 'h100-power + inference-gpus'"; {@link #text()} says
 * the same in the editor's language.
 */
public class EvaluationException extends RuntimeException {
    private final transient Message text;

    public EvaluationException(Message text) {
        super(text.in(Locale.ENGLISH));
        this.text = text;
    }

    /** @param cause what the operator refused, e.g. an {@link ArithmeticException} for a divisor that can be 0 */
    public EvaluationException(Message text, Throwable cause) {
        super(text.in(Locale.ENGLISH), cause);
        this.text = text;
    }

    public Message text() {
        return text;
    }
}
