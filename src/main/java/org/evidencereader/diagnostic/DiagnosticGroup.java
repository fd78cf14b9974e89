package org.evidencereader.diagnostic;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A problem with the follow-on problems it causes, so that an editor fixes the cause first and sees
 * the rest go away with it. A follow-on of a follow-on belongs to the first cause of the chain.
 *
 * @param followOns in the order of the list they came from
 */
public record DiagnosticGroup(Diagnostic cause, List<Diagnostic> followOns) {

    public DiagnosticGroup {
        followOns = List.copyOf(followOns);
    }

    /**
     * Each problem of {@code diagnostics} that is not a follow-on, in their order, with its follow-ons.
     * A follow-on whose cause is not in the list (reported elsewhere, or no longer) stands on its own.
     */
    public static List<DiagnosticGroup> of(List<Diagnostic> diagnostics) {
        Map<SourcePosition, Diagnostic> causes = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            // at one place, a problem of its own explains more than a follow-on, and an error more than a warning
            Diagnostic there = causes.get(d.at());
            if (there == null || rank(d) < rank(there)) {
                causes.put(d.at(), d);
            }
        }
        Map<Diagnostic, List<Diagnostic>> groups = new IdentityHashMap<>();
        List<Diagnostic> roots = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Diagnostic root = root(d, causes);
            if (root == d) {
                roots.add(d);
                groups.putIfAbsent(d, new ArrayList<>());
            } else {
                groups.computeIfAbsent(root, r -> new ArrayList<>()).add(d);
            }
        }
        return roots.stream().map(r -> new DiagnosticGroup(r, groups.get(r))).toList();
    }

    private static int rank(Diagnostic d) {
        return (d.isFollowOn() ? 2 : 0) + (d.isError() ? 0 : 1);
    }

    /** The first cause of {@code d}'s chain that is in the list ({@code d} itself when it has none). */
    private static Diagnostic root(Diagnostic d, Map<SourcePosition, Diagnostic> causes) {
        Diagnostic current = d;
        Set<Diagnostic> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        while (seen.add(current)) {
            Optional<Diagnostic> cause = current.causedBy().map(causes::get);
            if (cause.isEmpty() || cause.get() == current) {
                return current;
            }
            current = cause.get();
        }
        return d; // causes that point at each other: none is the first, so each stands alone
    }
}
