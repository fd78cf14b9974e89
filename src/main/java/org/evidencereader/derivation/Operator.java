package org.evidencereader.derivation;

/** The binary operators of a formula, with their precedence. */
public enum Operator {
    PLUS("+", "add", 1),
    MINUS("-", "subtract", 1),
    TIMES("*", "multiply", 2),
    DIVIDE("/", "divide", 2);

    private final String symbol;
    private final String verb;
    private final int precedence;

    Operator(String symbol, String verb, int precedence) {
        this.symbol = symbol;
        this.verb = verb;
        this.precedence = precedence;
    }

    /** As printed in a formula: + - * /. */
    public String symbol() {
        return symbol;
    }

    /** As used in messages: add, subtract, multiply, divide. */
    public String verb() {
        return verb;
    }

    public int precedence() {
        return precedence;
    }
}
