package org.evidencereader.derivation;

import java.util.Objects;

/** {@code left op right}. */
public record Binary(Operator operator, Expression left, Expression right) implements Expression {

    public Binary {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public String toString() {
        return wrap(left, left instanceof Binary b && b.operator().precedence() < operator.precedence())
                + " " + operator.symbol() + " "
                + wrap(right, right instanceof Binary b && b.operator().precedence() <= operator.precedence());
    }

    private static String wrap(Expression e, boolean parens) {
        return parens ? "(" + e + ")" : e.toString();
    }
}
