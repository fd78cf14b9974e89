package org.evidencereader.draft;

import java.util.List;
import java.util.Objects;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.TimePoint;

/**
 * A claim entry suggested for one number of an article that no figure or not-claim covers: what
 * the editor would otherwise copy by hand, ready to be checked, sourced and judged.
 */
public sealed interface Draft permits Draft.FigureDraft, Draft.NotClaimDraft {

    /** The passage the number stands in ({@code p-7}). */
    String passageId();

    /** The shortest words around the number, inside its sentence, that occur once in the article. */
    String quote();

    /** The number exactly as the article writes it. */
    String stated();

    /** The sentence the number stands in, shown to the editor beside the entry. */
    String sentence();

    /**
     * A figure to check.
     *
     * @param id        a suggested id, unique in the article
     * @param labelZh   a Chinese label from the words around the number
     * @param statedWords what the claim file's {@code stated} says: the number, with the word before
     *                  it when that word changes the number (下跌38.49%), since the check reads only these words
     * @param remarks   what the editor should check, one line each
     */
    record FigureDraft(
            String id,
            String labelZh,
            String passageId,
            String quote,
            String stated,
            String statedWords,
            DraftValue value,
            String sentence,
            List<String> remarks)
            implements Draft {
        public FigureDraft {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(labelZh, "labelZh");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(statedWords, "statedWords");
            remarks = List.copyOf(remarks);
        }
    }

    /** A number that is not a figure to check (a count the sentence names, a vague amount), with the reason. */
    record NotClaimDraft(String passageId, String quote, String stated, String reason, String sentence)
            implements Draft {
        public NotClaimDraft {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** What a drafted figure's value is: an amount with its unit, or a point in time. */
    sealed interface DraftValue permits Amount, When {}

    /** {@code value: 50.4万 kW}: {@code text} is how it is written in the claim file. */
    record Amount(Quantity quantity, String text) implements DraftValue {
        public Amount {
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(text, "text");
        }
    }

    /** {@code when: 2024-09}. */
    record When(TimePoint point) implements DraftValue {
        public When {
            Objects.requireNonNull(point, "point");
        }
    }
}
