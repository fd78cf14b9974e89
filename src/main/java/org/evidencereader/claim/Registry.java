package org.evidencereader.claim;

import org.evidencereader.derivation.EvaluationException;
import org.evidencereader.derivation.Evaluator;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.UnitMismatchException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All the figures and sources of one article, resolved: ids are unique, references point at
 * something, formulas form no cycle, and every quantity has been evaluated with its units checked.
 * Figures with an error are reported and left out; the rest stay usable.
 */
public final class Registry {

    private final Map<String, SourceDef> sources;
    private final Map<String, FigureDef> figures;
    private final Map<String, Quantity> values;
    private final List<NotClaim> notClaims;
    private final List<Diagnostic> diagnostics;

    private Registry(Map<String, SourceDef> sources, Map<String, FigureDef> figures, Map<String, Quantity> values,
                     List<NotClaim> notClaims, List<Diagnostic> diagnostics) {
        this.sources = Collections.unmodifiableMap(sources);
        this.figures = Collections.unmodifiableMap(figures);
        this.values = Collections.unmodifiableMap(values);
        this.notClaims = List.copyOf(notClaims);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public Map<String, SourceDef> sources() {
        return sources;
    }

    /** The usable figures in the order they were written. */
    public Map<String, FigureDef> figures() {
        return figures;
    }

    /** The value of a quantity figure: as given for a sourced one, computed (in its unit) for a derived one. */
    public Optional<Quantity> value(String figureId) {
        return Optional.ofNullable(values.get(figureId));
    }

    /** Every not-claim of the article: file by file, each in the order written. */
    public List<NotClaim> notClaims() {
        return notClaims;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public static Registry resolve(List<ClaimFile> files) {
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, SourceDef> sources = new LinkedHashMap<>();
        Map<String, FigureDef> declared = new LinkedHashMap<>();
        Set<String> unreadable = new LinkedHashSet<>();
        Set<String> brokenSources = new LinkedHashSet<>();
        List<String> unreadFiles = new ArrayList<>();
        List<NotClaim> notClaims = new ArrayList<>();
        for (ClaimFile file : files) {
            unreadable.addAll(file.rejected());
            brokenSources.addAll(file.rejectedSources());
            if (!file.readable()) {
                unreadFiles.add(file.file());
            }
            notClaims.addAll(file.notClaims());
            for (SourceDef source : file.sources()) {
                SourceDef earlier = sources.putIfAbsent(source.id(), source);
                if (earlier != null) {
                    // At both places: the editor who just added one must not be sent only to the other.
                    problems.add(Diagnostic.error(source.at(), "duplicate source id '" + source.id() + "', already defined at "
                            + earlier.at() + ": rename one of them"));
                    problems.add(Diagnostic.error(earlier.at(), "duplicate source id '" + source.id() + "', defined again at "
                            + source.at() + ": rename one of them"));
                }
            }
            for (FigureDef figure : file.figures()) {
                FigureDef earlier = declared.putIfAbsent(figure.id(), figure);
                if (earlier != null) {
                    problems.add(Diagnostic.error(figure.at(), "duplicate figure id '" + figure.id() + "', already defined at "
                            + earlier.at() + ": rename one of them"));
                    problems.add(Diagnostic.error(earlier.at(), "duplicate figure id '" + figure.id() + "', defined again at "
                            + figure.at() + ": rename one of them"));
                }
            }
        }

        Map<String, FigureDef> usable = new LinkedHashMap<>();
        for (FigureDef figure : declared.values()) {
            boolean ok = true;
            for (FigureDef.Reference ref : figure.sources()) {
                if (!sources.containsKey(ref.id()) && brokenSources.contains(ref.id())) {
                    problems.add(Diagnostic.error(ref.at(), "source '" + ref.id() + "' has an error of its own, so figure '"
                            + figure.id() + "' cannot cite it until it is fixed"));
                    ok = false;
                } else if (!sources.containsKey(ref.id())) {
                    problems.add(Diagnostic.error(ref.at(), "unknown source '" + ref.id() + "'"
                            + Suggestions.didYouMean(ref.id(), sources.keySet())
                            + " (define it under 'sources:' in any claim file of this article)" + perhapsIn(unreadFiles)));
                    ok = false;
                }
            }
            if (figure.definition() instanceof Definition.Derived derived) {
                for (String input : derived.formula().references()) {
                    if (!declared.containsKey(input) && unreadable.contains(input)) {
                        problems.add(Diagnostic.error(derived.formulaAt(), "cannot compute '" + figure.id()
                                + "': its input '" + input + "' has an error of its own: fix that first"));
                        ok = false;
                    } else if (!declared.containsKey(input)) {
                        problems.add(Diagnostic.error(derived.formulaAt(), "unknown figure '" + input + "' in formula '"
                                + derived.formula() + "'" + Suggestions.didYouMean(input, declared.keySet()) + perhapsIn(unreadFiles)));
                        ok = false;
                    } else if (declared.get(input).definition() instanceof Definition.Dated) {
                        problems.add(Diagnostic.error(derived.formulaAt(), "figure '" + input
                                + "' is a date and cannot be used in a formula"));
                        ok = false;
                    }
                }
            }
            if (figure.definition() instanceof Definition.Sourced && figure.sources().isEmpty()) {
                problems.add(Diagnostic.warning(figure.at(), "figure '" + figure.id()
                        + "' has a value but no source: add 'sources: [source-id]'"));
            }
            if (ok) {
                usable.put(figure.id(), figure);
            }
        }

        Map<String, Quantity> values = new LinkedHashMap<>();
        Set<String> failed = new LinkedHashSet<>();
        for (String id : usable.keySet()) {
            evaluate(id, usable, values, failed, new ArrayList<>(), problems);
        }
        Map<String, FigureDef> figures = new LinkedHashMap<>();
        usable.forEach((id, figure) -> {
            if (!failed.contains(id)) {
                figures.put(id, figure);
            }
        });
        return new Registry(sources, figures, values, notClaims, problems);
    }

    /** For an unknown id while some files could not be read at all: it may well be defined in one of them. */
    private static String perhapsIn(List<String> unreadFiles) {
        if (unreadFiles.isEmpty()) {
            return "";
        }
        return "; " + String.join(", ", unreadFiles) + " could not be read and may define it: fix "
                + (unreadFiles.size() == 1 ? "that file" : "those files") + " first";
    }

    /** Depth-first evaluation; {@code path} is the chain of figures being evaluated, to report cycles. */
    private static boolean evaluate(String id, Map<String, FigureDef> figures, Map<String, Quantity> values,
                                    Set<String> failed, List<String> path, List<Diagnostic> problems) {
        if (values.containsKey(id)) {
            return true;
        }
        if (failed.contains(id)) {
            return false;
        }
        FigureDef figure = figures.get(id);
        if (figure == null) {
            failed.add(id);
            return false;
        }
        if (figure.definition() instanceof Definition.Sourced sourced) {
            values.put(id, sourced.value());
            return true;
        }
        if (!(figure.definition() instanceof Definition.Derived derived)) {
            return true; // a date: nothing to compute
        }
        int loop = path.indexOf(id);
        if (loop >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(loop, path.size()));
            cycle.add(id);
            problems.add(Diagnostic.error(derived.formulaAt(), "formulas form a cycle: " + String.join(" → ", cycle)
                    + ": a figure cannot depend on itself; take one of them from a source instead"));
            failed.addAll(cycle);
            return false;
        }
        path.add(id);
        String brokenInput = null;
        for (String input : derived.formula().references()) {
            if (!evaluate(input, figures, values, failed, path, problems) && brokenInput == null) {
                brokenInput = input;
            }
        }
        path.remove(path.size() - 1);
        if (failed.contains(id)) {
            return false;
        }
        if (brokenInput != null) {
            FigureDef broken = figures.get(brokenInput); // null when the input was left out before evaluation
            problems.add(Diagnostic.error(derived.formulaAt(), "cannot compute '" + id + "': its input '" + brokenInput
                    + "' has an error of its own" + (broken == null ? "" : " (at " + broken.at() + ")") + ": fix that first"));
            failed.add(id);
            return false;
        }
        try {
            Quantity result = Evaluator.evaluate(derived.formula(), values::get).to(derived.unit());
            values.put(id, result);
            return true;
        } catch (EvaluationException | UnitMismatchException | IllegalArgumentException e) {
            problems.add(Diagnostic.error(derived.formulaAt(), "cannot compute '" + id + "' = "
                    + derived.formula() + ": " + e.getMessage()));
            failed.add(id);
            return false;
        }
    }
}
