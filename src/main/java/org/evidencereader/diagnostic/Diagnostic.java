package org.evidencereader.diagnostic;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem in an editor's file, located precisely enough to jump to it.
 *
 * @param file   the path as the editor knows it (relative to the working directory where possible)
 * @param line   1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param text   the message key and arguments, which give the text in the editor's language
 * @param causedBy where the problem that causes this one is, when this one exists only because of
 *                 it (a figure that cannot be computed because its input has an error): editors see
 *                 it under its cause, and it goes away when the cause is fixed
 */
public record Diagnostic(
        String file, int line, int column, Severity severity, Message text, Optional<SourcePosition> causedBy) {

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(causedBy, "causedBy");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** The same problem, as a follow-on of the one at {@code cause}. */
    public Diagnostic followingFrom(SourcePosition cause) {
        return new Diagnostic(file, line, column, severity, text, Optional.of(cause));
    }

    /** Where this problem is. */
    public SourcePosition at() {
        return new SourcePosition(file, line, column);
    }

    /** Whether this problem exists only because of another. */
    public boolean isFollowOn() {
        return causedBy.isPresent();
    }

    public static Diagnostic error(SourcePosition at, Message text) {
        return new Diagnostic(at.file(), at.line(), at.column(), Severity.ERROR, text, Optional.empty());
    }

    public static Diagnostic warning(SourcePosition at, Message text) {
        return new Diagnostic(at.file(), at.line(), at.column(), Severity.WARNING, text, Optional.empty());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in English, as CI logs and the JSON API show it. */
    public String message() {
        return text.in(Locale.ENGLISH);
    }

    /** The message in {@code locale}'s language. */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /** {@code path:line:column: error|warning: message} with the message in {@code locale}'s language. */
    public String in(Locale locale) {
        return file + ":" + line + ":" + column + ": " + severity.code() + ": " + message(locale);
    }

    /** {@code path:line:column: error|warning: message}, the form compilers and editors understand. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
