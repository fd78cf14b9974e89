package org.evidencereader.derivation;

import java.util.Objects;

/** Unary minus: {@code -operand}. */
public record Negate(Expression operand) implements Expression {

    public Negate {
        Objects.requireNonNull(operand, "operand");
    }

    @Override
    public String toString() {
        return operand instanceof Binary ? "-(" + operand + ")" : "-" + operand;
    }
}
