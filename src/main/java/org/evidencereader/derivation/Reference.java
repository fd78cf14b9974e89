package org.evidencereader.derivation;

import java.util.regex.Pattern;

/** A reference to another figure by its id, e.g. {@code h100-power}. */
public record Reference(String id) implements Expression {

    /**
     * Lower-case letters and digits, starting with a letter; '-' only between two of them. The
     * grammar, as the claim schema states it; {@link #isId} is how text is checked against it.
     */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public Reference {
        if (!isId(id)) {
            throw new IllegalArgumentException("not a figure id: '" + id + "'");
        }
    }

    /**
     * Whether {@code text} is an id as {@link #ID} describes, checked in one pass without a regex:
     * {@code java.util.regex} matches each repetition of the '-' group one stack frame deeper, so a
     * long id with thousands of hyphens overflowed the stack.
     */
    public static boolean isId(String text) {
        if (text == null || text.isEmpty() || !isLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hyphenBetween = c == '-' && i + 1 < text.length() && text.charAt(i + 1) != '-';
            if (!hyphenBetween && !isLetter(c) && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    @Override
    public String toString() {
        return id;
    }
}
