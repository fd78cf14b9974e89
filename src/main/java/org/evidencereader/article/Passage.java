package org.evidencereader.article;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.evidencereader.nlp.TextSpan;

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
 * @param origins   where runs of {@code text} were written in the article file, ordered by offset
 *                  (empty when unknown): Markdown marks and joined lines make the text's offsets
 *                  differ from the file's columns
 */
public record Passage(
        String id,
        PassageKind kind,
        String text,
        List<TextSpan> sentences,
        int line,
        List<Inline> inlines,
        List<Origin> origins) {

    /**
     * The text from {@code offset} on was written from {@code line}:{@code column} (1-based) of the
     * article file, until the next origin.
     */
    public record Origin(int offset, int line, int column) {
        public Origin {
            if (offset < 0 || line < 1 || column < 1) {
                throw new IllegalArgumentException("an origin is an offset in the text and a 1-based line and column: "
                        + offset + " " + line + ":" + column);
            }
        }
    }

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
        origins = List.copyOf(origins);
    }

    public Passage(String id, PassageKind kind, String text, List<TextSpan> sentences, int line, List<Inline> inlines) {
        this(id, kind, text, sentences, line, inlines, List.of());
    }

    public Passage(String id, PassageKind kind, String text, List<TextSpan> sentences, int line) {
        this(id, kind, text, sentences, line, List.of());
    }

    public Passage(String id, PassageKind kind, String text, List<TextSpan> sentences) {
        this(id, kind, text, sentences, 0);
    }

    /** Where the character at {@code offset} of the text was written in the article file, if known. */
    public Optional<Origin> origin(int offset) {
        Origin found = null;
        for (Origin origin : origins) {
            if (origin.offset() > offset) {
                break;
            }
            found = origin;
        }
        return found == null
                ? Optional.empty()
                : Optional.of(new Origin(offset, found.line(), found.column() + offset - found.offset()));
    }

    public String sentence(int index) {
        TextSpan span = sentences.get(index);
        return text.substring(span.start(), span.end());
    }
}
