package org.evidencereader.draft;

/** The part of a claim file a draft's entry is pasted under. */
public enum Section {
    FIGURES("figures"),
    NOT_CLAIMS("not-claims");

    private final String key;

    Section(String key) {
        this.key = key;
    }

    /** The YAML key of the section, as in the claim file: {@code figures}, {@code not-claims}. */
    public String key() {
        return key;
    }

    public static Section of(Draft draft) {
        return draft instanceof Draft.FigureDraft ? FIGURES : NOT_CLAIMS;
    }
}
