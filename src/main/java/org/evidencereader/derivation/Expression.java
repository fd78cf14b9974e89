package org.evidencereader.derivation;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A formula of a derived figure, e.g. {@code inference-gpus * h100-power}. {@link #toString()}
 * prints the formula back with single spaces and only the parentheses the tree needs, so {@code
 * parse(e.toString())} equals {@code e}.
 */
public sealed interface Expression permits Literal, Reference, Binary, Negate {

    /**
     * Reads a formula: figure ids ({@code [a-z][a-z0-9]*(-[a-z0-9]+)*}), numbers with an optional unit
     * ({@code 60 s}, {@code 100 %}), {@code + - * / × ÷}, unary minus and parentheses. A hyphen glued
     * on both sides belongs to an id ({@code a-b}); with a space it subtracts ({@code a - b}).
     *
     * @throws FormulaException with a message and the 0-based column of the problem
     */
    static Expression parse(String formula) {
        return new FormulaParser(formula).parse();
    }

    /**
     * Where each figure id first stands in {@code formula} (0-based), in order of appearance, so that a
     * diagnostic about an id points at the id rather than at the formula's start.
     *
     * @throws FormulaException as {@link #parse} does
     */
    static java.util.Map<String, Integer> referenceOffsets(String formula) {
        FormulaParser parser = new FormulaParser(formula);
        parser.parse();
        return parser.offsets();
    }

    /** The figure ids this formula refers to, in order of first appearance. */
    default Set<String> references() {
        Set<String> ids = new LinkedHashSet<>();
        collect(this, ids);
        return Collections.unmodifiableSet(ids);
    }

    private static void collect(Expression e, Set<String> ids) {
        if (e instanceof Reference r) {
            ids.add(r.id());
        } else if (e instanceof Binary b) {
            collect(b.left(), ids);
            collect(b.right(), ids);
        } else if (e instanceof Negate n) {
            collect(n.operand(), ids);
        }
    }
}
