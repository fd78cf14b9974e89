package org.evidencereader.figure;

import java.util.Locale;

/** Whether the number stated in the text agrees with a figure's value. */
public enum Consistency {
    CONSISTENT,
    INCONSISTENT,
    /** No number stated, no value to compare, or a time point (compared elsewhere). */
    UNCHECKED;

    /** The JSON / HTML spelling: consistent, inconsistent, unchecked. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
