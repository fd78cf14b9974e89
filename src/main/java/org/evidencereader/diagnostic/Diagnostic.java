package org.evidencereader.diagnostic;

import java.util.Objects;

/**
 * One problem in an editor's file, located precisely enough to jump to it.
 *
 * @param file   the path as the editor knows it (relative to the working directory where possible)
 * @param line   1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message) {

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    public static Diagnostic error(SourcePosition at, String message) {
        return new Diagnostic(at.file(), at.line(), at.column(), Severity.ERROR, message);
    }

    public static Diagnostic warning(SourcePosition at, String message) {
        return new Diagnostic(at.file(), at.line(), at.column(), Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:column: error|warning: message}, the form compilers and editors understand. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.code() + ": " + message;
    }
}
