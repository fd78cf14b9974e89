package org.evidencereader.diagnostic;

/** How bad a problem is: an error keeps the file (or the article) from being served. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word printed in diagnostics and JSON. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
