package org.evidencereader.diagnostic;

import java.util.Objects;

/** A place in an editor's file: 1-based line and column (0 when unknown). */
public record SourcePosition(String file, int line, int column) {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
    }

    public static SourcePosition wholeFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    /** The same line, {@code delta} columns further right. */
    public SourcePosition shiftColumns(int delta) {
        return new SourcePosition(file, line, column + delta);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
