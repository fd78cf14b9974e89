package org.evidencereader.derivation;

import java.math.BigDecimal;
import java.util.Objects;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.Unit;

/** A number in a formula with an optional unit: {@code 60 s}, {@code 1.5}, {@code 100 %}. */
public record Literal(Quantity value) implements Expression {

    public Literal {
        Objects.requireNonNull(value, "value");
        if (value.isRange() || value.low() < 0) {
            throw new IllegalArgumentException("a literal is one non-negative number: " + value);
        }
    }

    public static Literal of(double number, Unit unit) {
        return new Literal(Quantity.of(number, unit));
    }

    @Override
    public String toString() {
        String number = BigDecimal.valueOf(value.low()).stripTrailingZeros().toPlainString();
        return value.unit().equals(Unit.ONE)
                ? number
                : number + " " + value.unit().symbol();
    }
}
