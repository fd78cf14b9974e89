package org.evidencereader.derivation;

import java.util.Locale;
import org.evidencereader.diagnostic.Message;

/**
 * A formula that cannot be read; {@link #column()} is the 0-based column of the problem and
 * {@link #text()} says what is wrong in the editor's language (the exception's message is English,
 * with the column).
 */
public class FormulaException extends RuntimeException {
    private final transient Message text;
    private final int column;

    public FormulaException(Message text, int column) {
        super(Message.of("diagnostic.at-column", text, column).in(Locale.ENGLISH));
        this.text = text;
        this.column = column;
    }

    public int column() {
        return column;
    }

    /** What is wrong, without the column. */
    public Message text() {
        return text;
    }

    /** What is wrong and where, as the exception's message says it in English: "… at column 5". */
    public Message located() {
        return Message.of("diagnostic.at-column", text, column);
    }
}
