package org.evidencereader.derivation;

import org.evidencereader.diagnostic.Message;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.Unit;
import org.evidencereader.figure.UnitFormatException;

/**
 * Recursive descent over:
 *
 * <pre>
 * expr    := term (('+' | '-') term)*
 * term    := unary (('*' | '/' | '×' | '÷') unary)*
 * unary   := '-' unary | primary
 * primary := number unit? | id | '(' expr ')'
 * unit    := a word of letters, digits, '%' and '·' (e.g. s, CNY, GPU·h, %, 秒)
 * </pre>
 */
final class FormulaParser {

    /**
     * Bounds that keep hostile formulas from overflowing the stack here and in every recursive walk of
     * the tree (printing, evaluating): parentheses plus unary minus signs nested, and operators.
     */
    static final int MAX_NESTING = 64;

    static final int MAX_OPERATORS = 256;

    private final String text;
    /** Where each id first stands in the text, 0-based, for diagnostics that point at it. */
    private final java.util.Map<String, Integer> offsets = new java.util.LinkedHashMap<>();

    private int pos;
    private int nesting;
    private int operators;

    FormulaParser(String text) {
        this.text = text == null ? "" : text;
    }

    Expression parse() {
        skip();
        Expression e = expr();
        skip();
        if (pos < text.length()) {
            throw new FormulaException(Message.of("diagnostic.formula.expected-operator", text.charAt(pos)), pos);
        }
        return e;
    }

    /** After {@link #parse}: the 0-based offset of each id's first occurrence, in order of appearance. */
    java.util.Map<String, Integer> offsets() {
        return java.util.Collections.unmodifiableMap(offsets);
    }

    private void operator() {
        if (++operators > MAX_OPERATORS) {
            throw new FormulaException(Message.of("diagnostic.formula.too-long", MAX_OPERATORS), pos);
        }
    }

    private void nest() {
        if (++nesting > MAX_NESTING) {
            throw new FormulaException(Message.of("diagnostic.formula.too-deep", MAX_NESTING), pos);
        }
    }

    private Expression expr() {
        Expression left = term();
        while (true) {
            skip();
            if (peek('+')) {
                operator();
                pos++;
                left = new Binary(Operator.PLUS, left, term());
            } else if (peek('-')) {
                operator();
                pos++;
                left = new Binary(Operator.MINUS, left, term());
            } else {
                return left;
            }
        }
    }

    private Expression term() {
        Expression left = unary();
        while (true) {
            skip();
            if (peek('*') || peek('×')) {
                operator();
                pos++;
                left = new Binary(Operator.TIMES, left, unary());
            } else if (peek('/') || peek('÷')) {
                operator();
                pos++;
                left = new Binary(Operator.DIVIDE, left, unary());
            } else {
                return left;
            }
        }
    }

    private Expression unary() {
        skip();
        if (peek('-')) {
            nest();
            pos++;
            Expression operand = unary();
            nesting--;
            return new Negate(operand);
        }
        return primary();
    }

    private Expression primary() {
        skip();
        if (pos >= text.length()) {
            throw new FormulaException(Message.of("diagnostic.formula.ended"), pos);
        }
        char c = text.charAt(pos);
        if (c == '(') {
            int open = pos;
            nest();
            pos++;
            Expression inner = expr();
            nesting--;
            skip();
            if (!peek(')')) {
                throw new FormulaException(Message.of("diagnostic.formula.unclosed", open), pos);
            }
            pos++;
            return inner;
        }
        if (c >= '0' && c <= '9' || c == '.') {
            return number();
        }
        if (c >= 'a' && c <= 'z') {
            int start = pos;
            while (pos < text.length()) {
                char d = text.charAt(pos);
                if (d >= 'a' && d <= 'z' || d >= '0' && d <= '9') {
                    pos++;
                } else if (d == '-' && pos + 1 < text.length() && isIdChar(text.charAt(pos + 1))) {
                    pos++;
                } else {
                    break;
                }
            }
            if (pos < text.length() && Character.isLetter(text.charAt(pos))) {
                throw new FormulaException(Message.of("diagnostic.formula.bad-id", text.charAt(pos)), pos);
            }
            String id = text.substring(start, pos);
            offsets.putIfAbsent(id, start);
            return new Reference(id);
        }
        throw new FormulaException(Message.of("diagnostic.formula.expected-operand"), pos);
    }

    /** Only 0-9: Double.parseDouble reads no other digits (٣, ๕, ３). */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private Expression number() {
        int start = pos;
        while (pos < text.length() && isAsciiDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            int fraction = pos;
            while (pos < text.length() && isAsciiDigit(text.charAt(pos))) {
                pos++;
            }
            if (fraction == pos) {
                throw new FormulaException(Message.of("diagnostic.formula.digit-after-point"), pos);
            }
        }
        if (start == pos || text.charAt(start) == '.') {
            throw new FormulaException(Message.of("diagnostic.formula.digit"), start);
        }
        double value = Double.parseDouble(text.substring(start, pos));
        if (!Double.isFinite(value)) {
            throw new FormulaException(Message.of("diagnostic.formula.number-too-large"), start);
        }
        int save = pos;
        skip();
        Unit unit = Unit.ONE;
        if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '%')) {
            int unitStart = pos;
            while (pos < text.length()
                    && (Character.isLetterOrDigit(text.charAt(pos)) || "%·".indexOf(text.charAt(pos)) >= 0)) {
                pos++;
            }
            try {
                unit = Unit.parse(text.substring(unitStart, pos));
            } catch (UnitFormatException e) {
                throw new FormulaException(e.text(), unitStart + e.column());
            }
        } else {
            pos = save;
        }
        return new Literal(Quantity.of(value, unit));
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skip() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
