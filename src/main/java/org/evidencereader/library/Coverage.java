package org.evidencereader.library;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Every number in an article's text and what accounts for it: a figure, an editor's note that it
 * is not a figure to check, or nothing yet. Editors use it to find the numbers nobody annotated.
 */
public record Coverage(List<Mention> mentions) {

    public Coverage {
        mentions = List.copyOf(mentions);
    }

    public static Coverage none() {
        return new Coverage(List.of());
    }

    /** How a number in the text is accounted for. */
    public enum Status {
        ANNOTATED,
        UNANNOTATED,
        NOT_A_CLAIM;

        /** The word used in JSON, CSS classes and message keys: annotated, unannotated, not-a-claim. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One number in the text.
     *
     * @param figureId the figure whose marked words overlap it, when annotated
     * @param reason   the editor's reason, when it is not a claim
     */
    public record Mention(
            String text,
            String passageId,
            int start,
            int end,
            Status status,
            Optional<String> figureId,
            Optional<String> reason) {
        public Mention {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(passageId, "passageId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(figureId, "figureId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public long count(Status status) {
        return mentions.stream().filter(m -> m.status() == status).count();
    }

    public long unannotated() {
        return count(Status.UNANNOTATED);
    }

    public List<Mention> in(String passageId) {
        return mentions.stream().filter(m -> m.passageId().equals(passageId)).toList();
    }
}
