package org.evidencereader.anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Approximate substring search (Sellers' algorithm): the places in a text where a pattern can be
 * written with the fewest edits, counting a changed, missing or extra character as one edit each.
 * The text's start is free, so every end position gets the best alignment ending there; the
 * alignment's start is carried along. Time is pattern length × text length, memory the pattern
 * length.
 */
final class ApproximateSearch {

    /** A stretch [start, end) of the searched text and the edits that turn the pattern into it. */
    record Hit(int start, int end, int edits) {
        boolean overlaps(Hit other) {
            return start < other.end && other.start < end;
        }
    }

    private ApproximateSearch() {}

    /**
     * The best non-overlapping stretches of {@code text} that resemble {@code pattern}, fewest edits
     * first, at most {@code limit} of them; only stretches that keep at least one character of the
     * pattern.
     */
    static List<Hit> search(String pattern, String text, int limit) {
        int m = pattern.length();
        int n = text.length();
        if (m == 0 || n == 0) {
            return List.of();
        }
        int[] edits = new int[m + 1];
        int[] starts = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            edits[i] = i;
        }
        int[] endEdits = new int[n + 1];
        int[] endStarts = new int[n + 1];
        int fewest = m;
        for (int j = 1; j <= n; j++) {
            char c = text.charAt(j - 1);
            int diagonal = edits[0];
            int diagonalStart = starts[0];
            edits[0] = 0;
            starts[0] = j;
            for (int i = 1; i <= m; i++) {
                int best = diagonal + (pattern.charAt(i - 1) == c ? 0 : 1);
                int bestStart = diagonalStart;
                if (edits[i - 1] + 1 < best) { // a character of the pattern missing from the text
                    best = edits[i - 1] + 1;
                    bestStart = starts[i - 1];
                }
                if (edits[i] + 1 < best) { // an extra character in the text
                    best = edits[i] + 1;
                    bestStart = starts[i];
                }
                diagonal = edits[i];
                diagonalStart = starts[i];
                edits[i] = best;
                starts[i] = bestStart;
            }
            endEdits[j] = edits[m];
            endStarts[j] = starts[m];
            fewest = Math.min(fewest, edits[m]);
        }
        // Only stretches about as good as the best, or at least half right, are worth ranking.
        int worst = Math.max(fewest, m / 2);
        List<Hit> ends = new ArrayList<>();
        for (int j = 1; j <= n; j++) {
            if (endEdits[j] <= worst && endEdits[j] < m && endStarts[j] < j) {
                ends.add(new Hit(endStarts[j], j, endEdits[j]));
            }
        }
        ends.sort(Comparator.comparingInt(Hit::edits)
                .thenComparingInt(h -> h.end() - h.start())
                .thenComparingInt(Hit::start));
        List<Hit> kept = new ArrayList<>();
        for (Hit hit : ends) {
            if (kept.size() == limit) {
                break;
            }
            if (kept.stream().noneMatch(hit::overlaps)) {
                kept.add(hit);
            }
        }
        return kept;
    }
}
