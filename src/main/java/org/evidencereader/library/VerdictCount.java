package org.evidencereader.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.evidencereader.claim.Verdict;
import org.evidencereader.claim.VerdictFamily;

/**
 * How many of an article's figures and statements got one verdict (or none): a part of the summary at the top of
 * the article and on the library page, each linking to the ledger filtered to it.
 */
public record VerdictCount(Optional<Verdict> verdict, long count) {

    public VerdictFamily family() {
        return VerdictFamily.of(verdict);
    }

    /** The ledger's filter value for these figures: the verdict's code, or {@code none}. */
    public String filter() {
        return verdict.map(Verdict::code).orElse("none");
    }

    /** The counts of the verdicts that occur, in the order of {@link Verdict}, figures without a verdict last. */
    public static List<VerdictCount> of(Collection<Figure> figures) {
        return of(figures, List.of());
    }

    /** The same, counting each statement's verdict with the figures'. */
    public static List<VerdictCount> of(Collection<Figure> figures, Collection<PlacedStatement> statements) {
        List<VerdictCount> counts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            long n = figures.stream()
                            .filter(f -> f.verdict().equals(Optional.of(v)))
                            .count()
                    + statements.stream().filter(s -> s.verdict() == v).count();
            if (n > 0) {
                counts.add(new VerdictCount(Optional.of(v), n));
            }
        }
        long none = figures.stream().filter(f -> f.verdict().isEmpty()).count();
        if (none > 0) {
            counts.add(new VerdictCount(Optional.empty(), none));
        }
        return List.copyOf(counts);
    }
}
