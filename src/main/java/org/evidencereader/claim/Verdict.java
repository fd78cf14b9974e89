package org.evidencereader.claim;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An editor's judgement of a figure against its sources (distinct from the automatic arithmetic check). */
public enum Verdict {
    SUPPORTED, APPROXIMATE, IMPRECISE, MISATTRIBUTED, UNVERIFIABLE, FALSE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Verdict> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
