package org.evidencereader.article;

import org.evidencereader.nlp.TextSpan;

import java.util.List;
import java.util.Objects;

/**
 * One block of an article (a paragraph, a heading, a list item …) as plain text, with its sentences.
 *
 * @param id        stable id {@code p-1}, {@code p-2}, … in document order
 * @param kind      what sort of block it is; decides the HTML element it is shown in
 * @param text      the block's text, inline Markdown markers removed
 * @param sentences offsets of the sentences in {@code text}
 * @param line      the 1-based line of the article file where the block starts (0 when unknown)
 * @param inlines   the inline formatting of {@code text} (emphasis, strong, code, links), ordered by
 *                  start, outer spans before the spans they contain
 */
public record Passage(String id, PassageKind kind, String text, List<TextSpan> sentences, int line, List<Inline> inlines) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative");
        }
        inlines = List.copyOf(inlines);
        inlines.forEach(inline -> Inline.requireWithin(inline, text));
    }

    public Passage(String id, PassageKind kind, String text, List<TextSpan> sentences, int line) {
        this(id, kind, text, sentences, line, List.of());
    }

    public Passage(String id, PassageKind kind, String text, List<TextSpan> sentences) {
        this(id, kind, text, sentences, 0);
    }

    public String sentence(int index) {
        TextSpan span = sentences.get(index);
        return text.substring(span.start(), span.end());
    }
}
