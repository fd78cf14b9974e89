package org.evidencereader.library;

import java.util.List;
import java.util.Optional;
import org.evidencereader.article.Inline;

/**
 * A run of a passage's text; a passage is shown as its segments in order. A run is plain text, a
 * figure's marked words, or a number that coverage found without a figure (unannotated, or marked
 * by an editor as not a claim, with the reason), each with the inline formatting it is shown in.
 * A run that is not a figure's may be part of a statement's words ({@code statementId}); a
 * statement around a figure is shown as its runs before and after the figure.
 */
public record Segment(
        String text,
        Optional<String> figureId,
        Optional<Coverage.Status> coverage,
        Optional<org.evidencereader.claim.Label> reason,
        Format format,
        Optional<String> statementId) {

    public Segment(
            String text,
            Optional<String> figureId,
            Optional<Coverage.Status> coverage,
            Optional<org.evidencereader.claim.Label> reason,
            Format format) {
        this(text, figureId, coverage, reason, format, Optional.empty());
    }

    /**
     * The inline Markdown formatting a run is shown in: strong, emphasis, code, and the address of
     * the link it is part of.
     */
    public record Format(boolean strong, boolean emphasis, boolean code, Optional<String> link) {

        public static final Format NONE = new Format(false, false, false, Optional.empty());

        /** The formatting of every span that covers all of {@code [start, end)}. */
        static Format of(List<Inline> inlines, int start, int end) {
            boolean strong = false;
            boolean emphasis = false;
            boolean code = false;
            Optional<String> link = Optional.empty();
            for (Inline inline : inlines) {
                if (inline.start() <= start && end <= inline.end()) {
                    if (inline instanceof Inline.Strong) {
                        strong = true;
                    } else if (inline instanceof Inline.Emphasis) {
                        emphasis = true;
                    } else if (inline instanceof Inline.Code) {
                        code = true;
                    } else if (inline instanceof Inline.Link l) {
                        link = Optional.of(l.href());
                    }
                }
            }
            return strong || emphasis || code || link.isPresent() ? new Format(strong, emphasis, code, link) : NONE;
        }

        public boolean isPlain() {
            return !strong && !emphasis && !code && link.isEmpty();
        }

        /** The same formatting outside any link: a marked run is itself a link, and a link cannot hold another. */
        Format withoutLink() {
            return link.isEmpty() ? this : new Format(strong, emphasis, code, Optional.empty());
        }
    }

    public static Segment plain(String text) {
        return new Segment(text, Optional.empty(), Optional.empty(), Optional.empty(), Format.NONE);
    }

    public static Segment figure(String text, String figureId) {
        return new Segment(text, Optional.of(figureId), Optional.empty(), Optional.empty(), Format.NONE);
    }

    public static Segment uncovered(String text, Coverage.Mention mention) {
        return new Segment(text, Optional.empty(), Optional.of(mention.status()), mention.reason(), Format.NONE);
    }

    /** The characters {@code [from, to)} of this run, as the same kind of run. */
    Segment part(int from, int to) {
        return from == 0 && to == text.length()
                ? this
                : new Segment(text.substring(from, to), figureId, coverage, reason, format, statementId);
    }

    Segment in(Format format) {
        return new Segment(text, figureId, coverage, reason, format, statementId);
    }

    /** This run as part of the words of the statement {@code id}. */
    Segment inStatement(String id) {
        return new Segment(text, figureId, coverage, reason, format, Optional.of(id));
    }

    /** Part of a statement's words (and not a figure's, which keeps its own mark inside the statement). */
    public boolean isStatement() {
        return statementId.isPresent();
    }

    public boolean isFigure() {
        return figureId.isPresent();
    }

    /** A number with no figure: shown plainly to readers, highlighted for editors who ask for it. */
    public boolean isUncovered() {
        return coverage.isPresent();
    }
}
