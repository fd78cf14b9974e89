package org.evidencereader.claim;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?" for misspelt keys and ids. */
public final class Suggestions {

    private Suggestions() {}

    /** The closest candidate within a small edit distance, if any. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(wrong, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, wrong.length() / 3));
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** The closest candidate, as {@link #closest}, only when no other candidate is as close. */
    public static Optional<String> onlyClosest(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates)
                .filter(best -> candidates.stream()
                                .filter(c -> distance(wrong, c) == distance(wrong, best))
                                .count()
                        == 1);
    }

    /** {@code "; did you mean 'x'?"}, or nothing, as a message in the editor's language. */
    public static org.evidencereader.diagnostic.Message didYouMeanMessage(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates)
                .map(s -> org.evidencereader.diagnostic.Message.of("diagnostic.did-you-mean", s))
                .orElseGet(org.evidencereader.diagnostic.Message::empty);
    }

    /** Edit distance in which swapping two neighbouring letters counts as one edit. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        int[] beforePrevious = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], beforePrevious[j - 2] + 1); // two letters swapped
                }
            }
            int[] swap = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
