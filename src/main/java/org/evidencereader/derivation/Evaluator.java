package org.evidencereader.derivation;

import java.util.Objects;
import java.util.function.Function;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.QuantityFormat;
import org.evidencereader.figure.UnitMismatchException;

/**
 * Evaluates formulas with interval arithmetic, carrying units through: GPU × W → GPU·W, CNY ÷ s →
 * CNY/s, W ÷ W → 1. Sums and differences need compatible units and take the left operand's unit.
 */
public final class Evaluator {

    private Evaluator() {}

    /**
     * @param lookup the value of a figure by id; {@code null} for an unknown id
     * @throws EvaluationException naming the operator, the units and the part of the formula
     */
    public static Quantity evaluate(Expression expression, Function<String, Quantity> lookup) {
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(expression, "expression");
        if (expression instanceof Literal l) {
            return l.value();
        }
        if (expression instanceof Reference r) {
            Quantity q = lookup.apply(r.id());
            if (q == null) {
                throw new EvaluationException(Message.of("diagnostic.formula.unknown-figure", r.id()));
            }
            return q;
        }
        if (expression instanceof Negate n) {
            return evaluate(n.operand(), lookup).negate();
        }
        Binary b = (Binary) expression;
        Quantity left = evaluate(b.left(), lookup);
        Quantity right = evaluate(b.right(), lookup);
        try {
            return switch (b.operator()) {
                case PLUS -> left.plus(right);
                case MINUS -> left.minus(right);
                case TIMES -> left.times(right);
                case DIVIDE -> left.dividedBy(right);
            };
        } catch (UnitMismatchException e) {
            throw new EvaluationException(Message.of("diagnostic.formula.in", e.text(), b), e);
        } catch (ArithmeticException e) { // only a division throws it: its divisor's range holds 0
            Message divisor = Message.of("diagnostic.formula.divisor-can-be-zero", QuantityFormat.plain(right));
            throw new EvaluationException(Message.of("diagnostic.formula.in", divisor, b), e);
        }
    }
}
