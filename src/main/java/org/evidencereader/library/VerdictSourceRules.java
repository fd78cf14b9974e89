package org.evidencereader.library;

import java.util.List;
import java.util.Map;
import org.evidencereader.claim.FigureDef;
import org.evidencereader.claim.Registry;
import org.evidencereader.claim.SourceDef;
import org.evidencereader.claim.Verdict;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;

/**
 * The rules that tie an editorial verdict to its sources: a judged figure (or the figures it is
 * computed from) cites a source, and each cited source has an address readers can follow.
 */
final class VerdictSourceRules {

    private VerdictSourceRules() {}

    /**
     * An editorial verdict is a judgement against sources: the figure, or the figures it is computed
     * from, must cite at least one, and readers must be able to follow each to its address. Only
     * "unverifiable" may stand alone, as the finding that nothing was found (its note says what was searched).
     */
    static void check(Registry registry, Map<String, Figure> figures, List<Diagnostic> problems) {
        for (Figure figure : figures.values()) {
            if (figure.verdict().filter(Verdict::isJudgement).isEmpty()) {
                continue;
            }
            FigureDef def = registry.figures().get(figure.id());
            if (figure.verdict().get() != Verdict.UNVERIFIABLE
                    && !citesASource(figure, figures, new java.util.HashSet<>())) {
                problems.add(Diagnostic.error(
                        def.at(),
                        Message.of(
                                "diagnostic.verdict-without-source",
                                figure.id(),
                                figure.verdict().get().code())));
            }
            for (FigureDef.Reference cited : def.sources()) {
                SourceDef source = registry.sources().get(cited.id());
                if (source != null && source.url() == null) {
                    problems.add(Diagnostic.warning(
                            cited.at(), Message.of("diagnostic.cited-source-without-url", figure.id(), cited.id())));
                }
            }
        }
    }

    private static boolean citesASource(Figure figure, Map<String, Figure> figures, java.util.Set<String> seen) {
        if (!figure.sources().isEmpty()) {
            return true;
        }
        if (!seen.add(figure.id())) {
            return false;
        }
        return figure.inputs().stream()
                .map(figures::get)
                .filter(java.util.Objects::nonNull)
                .anyMatch(input -> citesASource(input, figures, seen));
    }
}
