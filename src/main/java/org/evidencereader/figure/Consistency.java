package org.evidencereader.figure;

import java.util.Locale;

/**
 * How the number stated in the text compares with a figure's value (what the source says, or what
 * the formula gives): equal; equal once the value is rounded as the article rounds; equal once the
 * article's number is rounded as the source rounds; or different.
 */
public enum Consistency {
    /** The same number, as written. */
    CONSISTENT,
    /** The article rounds the value: 8.2% for 8.235%. */
    ROUNDED,
    /** The article is more precise than its source: 4,211 where the source wrote 4,200. */
    SOURCE_PRECISION,
    INCONSISTENT,
    /** No number stated, no value to compare, or a time point (compared elsewhere). */
    UNCHECKED;

    /** The JSON / HTML spelling: consistent, rounded, source-precision, inconsistent, unchecked. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the two numbers agree, at one precision or the other. */
    public boolean agrees() {
        return this == CONSISTENT || this == ROUNDED || this == SOURCE_PRECISION;
    }
}
