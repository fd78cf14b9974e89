package org.evidencereader.derivation;

/**
 * A formula that cannot be evaluated: an unknown figure, units that do not fit the operator, or a
 * division by an interval that contains 0. The message names the operator, the units and the part
 * of the formula, e.g. "cannot add W and GPU in 'h100-power + inference-gpus'".
 */
public class EvaluationException extends RuntimeException {
    public EvaluationException(String message) {
        super(message);
    }

    /** @param cause what the operator refused, e.g. an {@link ArithmeticException} for a divisor that can be 0 */
    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
