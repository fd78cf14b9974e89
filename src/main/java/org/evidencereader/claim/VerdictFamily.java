package org.evidencereader.claim;

import java.util.Locale;
import java.util.Optional;

/**
 * The few groups of verdicts a reader tells apart at a glance: the marks in the text, the legend and
 * the summaries count these, so a reader finds the problems without opening every card.
 */
public enum VerdictFamily {
    SUPPORTED,
    APPROXIMATE,
    WRONG,
    UNVERIFIABLE,
    NOT_JUDGED;

    /** The family of an editor's verdict; a figure without one, or with a draft, is not judged. */
    public static VerdictFamily of(Optional<Verdict> verdict) {
        return verdict.map(v -> switch (v) {
                    case SUPPORTED -> SUPPORTED;
                    case APPROXIMATE, IMPRECISE -> APPROXIMATE;
                    case MISATTRIBUTED, FALSE -> WRONG;
                    case UNVERIFIABLE -> UNVERIFIABLE;
                    case DRAFT -> NOT_JUDGED;
                })
                .orElse(NOT_JUDGED);
    }

    /** The HTML and address spelling: supported, approximate, wrong, unverifiable, not-judged. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
