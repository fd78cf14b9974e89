package org.evidencereader.article;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an article says about itself between its {@code ---} lines.
 *
 * @param title      the title shown to readers (required)
 * @param titleEn    an English title, if any
 * @param lang       BCP 47 language tag of the text, e.g. {@code zh-CN}
 * @param provenance where the text comes from, as an editor's note
 * @param written    when it was written, as precisely as known (free text)
 * @param added      when it was added to this library
 * @param disclaimer the republisher's disclaimer, kept as provenance rather than as text
 * @param extra      any other keys, kept as text
 */
public record FrontMatter(
        String title,
        String titleEn,
        String lang,
        String provenance,
        String written,
        String added,
        String disclaimer,
        Map<String, String> extra) {

    public FrontMatter {
        Objects.requireNonNull(title, "title");
        lang = lang == null || lang.isBlank() ? "zh-CN" : lang;
        extra = Map.copyOf(extra);
    }

    /** The title to name the page by in the reader's language: the English one, if there is one, for English. */
    public String titleIn(java.util.Locale locale) {
        return locale.getLanguage().equals("en") ? titleEnglish().orElse(title) : title;
    }

    public Optional<String> titleEnglish() {
        return Optional.ofNullable(titleEn).filter(s -> !s.isBlank());
    }

    public Optional<String> provenanceNote() {
        return Optional.ofNullable(provenance).filter(s -> !s.isBlank());
    }

    public Optional<String> writtenWhen() {
        return Optional.ofNullable(written).filter(s -> !s.isBlank());
    }

    public Optional<String> disclaimerText() {
        return Optional.ofNullable(disclaimer).filter(s -> !s.isBlank());
    }

    public Optional<String> addedWhen() {
        return Optional.ofNullable(added).filter(s -> !s.isBlank());
    }
}
