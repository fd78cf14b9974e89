package org.evidencereader.figure;

import java.util.Locale;
import org.evidencereader.diagnostic.Message;

/**
 * Two units that cannot be converted into each other or added, e.g. "cannot convert GPU to W";
 * {@link #text()} says it in the editor's language (the exception's message is English).
 */
public class UnitMismatchException extends RuntimeException {
    private final transient Message text;

    public UnitMismatchException(Message text) {
        super(text.in(Locale.ENGLISH));
        this.text = text;
    }

    public Message text() {
        return text;
    }
}
