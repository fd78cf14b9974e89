package org.evidencereader.claim;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An editor's judgement of a figure against its sources (distinct from the automatic arithmetic
 * check), or {@link #DRAFT}: a figure written (often by {@code draft}) but not judged yet.
 */
public enum Verdict {
    SUPPORTED,
    APPROXIMATE,
    IMPRECISE,
    MISATTRIBUTED,
    UNVERIFIABLE,
    FALSE,
    DRAFT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is a judgement against sources, which needs a note and a cited source; a draft is not. */
    public boolean isJudgement() {
        return this != DRAFT;
    }

    /**
     * Whether the verdict says the article's number is off (imprecise, misattributed, false): a difference
     * the automatic check finds is then the editor's finding, explained in the note, not a mistake to fix.
     * No verdict ({@code null}) says nothing.
     */
    public static boolean saysTheTextIsOff(Verdict verdict) {
        return verdict == IMPRECISE || verdict == MISATTRIBUTED || verdict == FALSE;
    }

    public static Optional<Verdict> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
