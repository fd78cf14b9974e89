package org.evidencereader.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.evidencereader.derivation.Binary;
import org.evidencereader.derivation.Expression;
import org.evidencereader.derivation.Literal;
import org.evidencereader.derivation.Negate;
import org.evidencereader.derivation.Operator;
import org.evidencereader.derivation.Reference;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.QuantityFormat;

/**
 * A formula with the inputs' values put in, as a reader checks it by hand:
 * {@code inference-gpus * h100-power} becomes {@code 720,000 GPU × 700 W = 504,000 kW}.
 */
final class Arithmetic {

    List<Term> render(Expression formula, Function<String, Optional<Quantity>> values, Quantity result) {
        List<Term> terms = new ArrayList<>();
        append(formula, values, terms, false);
        terms.add(Term.text(" = "));
        terms.add(Term.text(QuantityFormat.plain(result)));
        return terms;
    }

    /** Operators as a reader writes them by hand, not as an editor types them. */
    private static String display(Operator operator) {
        return switch (operator) {
            case PLUS -> "+";
            case MINUS -> "−";
            case TIMES -> "×";
            case DIVIDE -> "÷";
        };
    }

    private void append(
            Expression expression,
            Function<String, Optional<Quantity>> values,
            List<Term> terms,
            boolean parenthesise) {
        if (expression instanceof Reference reference) {
            String text =
                    values.apply(reference.id()).map(QuantityFormat::plain).orElse(reference.id());
            terms.add(Term.input(text, reference.id()));
        } else if (expression instanceof Literal literal) {
            terms.add(Term.text(QuantityFormat.plain(literal.value())));
        } else if (expression instanceof Negate negate) {
            terms.add(Term.text("−"));
            append(negate.operand(), values, terms, true);
        } else if (expression instanceof Binary binary) {
            if (parenthesise) {
                terms.add(Term.text("("));
            }
            append(binary.left(), values, terms, binary.left() instanceof Binary);
            terms.add(Term.text(" " + display(binary.operator()) + " "));
            append(binary.right(), values, terms, binary.right() instanceof Binary);
            if (parenthesise) {
                terms.add(Term.text(")"));
            }
        }
    }
}
