package org.evidencereader.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencereader.derivation.FigureGraph;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.figure.Quantity;

/**
 * All the figures and sources of one article, resolved: ids are unique, references point at
 * something, formulas form no cycle, and every quantity has been evaluated with its units checked
 * ({@link FigureGraph}).
 * Figures with an error are reported and left out; the rest stay usable.
 */
public final class Registry {

    private final Map<String, SourceDef> sources;
    private final Map<String, FigureDef> figures;
    private final Map<String, Quantity> values;
    private final Set<String> estimates;
    private final List<NotClaim> notClaims;
    private final List<StatementDef> statements;
    private final List<Diagnostic> diagnostics;
    private final List<LeftOut> leftOut;

    private Registry(
            Map<String, SourceDef> sources,
            Map<String, FigureDef> figures,
            Map<String, Quantity> values,
            Set<String> estimates,
            List<NotClaim> notClaims,
            List<StatementDef> statements,
            List<Diagnostic> diagnostics,
            List<LeftOut> leftOut) {
        this.sources = Collections.unmodifiableMap(sources);
        this.figures = Collections.unmodifiableMap(figures);
        this.values = Collections.unmodifiableMap(values);
        this.estimates = Collections.unmodifiableSet(estimates);
        this.notClaims = List.copyOf(notClaims);
        this.statements = List.copyOf(statements);
        this.diagnostics = List.copyOf(diagnostics);
        this.leftOut = List.copyOf(leftOut);
    }

    /**
     * The figures left out for their errors, whether the file could not be read or the figure not
     * resolved or computed, each with where its first error is: what depends on one is a follow-on.
     */
    public List<LeftOut> leftOut() {
        return leftOut;
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

    /**
     * Whether the figure's range is an estimate: it holds the true range but may be wider (the
     * formula was too large to find the exact one, {@link FigureGraph}).
     */
    public boolean isEstimate(String figureId) {
        return estimates.contains(figureId);
    }

    /** Every not-claim of the article: file by file, each in the order written. */
    public List<NotClaim> notClaims() {
        return notClaims;
    }

    /** Every usable statement (a claim that is not a number) of the article, in the order written. */
    public List<StatementDef> statements() {
        return statements;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public static Registry resolve(List<ClaimFile> files) {
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, SourceDef> sources = new LinkedHashMap<>();
        Map<String, FigureDef> declared = new LinkedHashMap<>();
        Map<String, LeftOut> unreadable = new LinkedHashMap<>();
        Map<String, SourcePosition> brokenSources = new LinkedHashMap<>();
        List<String> unreadFiles = new ArrayList<>();
        List<NotClaim> notClaims = new ArrayList<>();
        for (ClaimFile file : files) {
            file.rejected().forEach(f -> unreadable.putIfAbsent(f.id(), f));
            file.rejectedSources().forEach(s -> brokenSources.putIfAbsent(s.id(), s.cause()));
            if (!file.readable()) {
                unreadFiles.add(file.file());
            }
            notClaims.addAll(file.notClaims());
            for (SourceDef source : file.sources()) {
                SourceDef earlier = sources.putIfAbsent(source.id(), source);
                if (earlier != null) {
                    // At both places: the editor who just added one must not be sent only to the other.
                    problems.add(Diagnostic.error(
                            source.at(), Message.of("diagnostic.duplicate-source.earlier", source.id(), earlier.at())));
                    problems.add(Diagnostic.error(
                            earlier.at(), Message.of("diagnostic.duplicate-source.later", source.id(), source.at())));
                }
            }
            for (FigureDef figure : file.figures()) {
                FigureDef earlier = declared.putIfAbsent(figure.id(), figure);
                if (earlier != null) {
                    problems.add(Diagnostic.error(
                            figure.at(), Message.of("diagnostic.duplicate-figure.earlier", figure.id(), earlier.at())));
                    problems.add(Diagnostic.error(
                            earlier.at(), Message.of("diagnostic.duplicate-figure.later", figure.id(), figure.at())));
                }
            }
        }

        Map<String, FigureDef> usable = new LinkedHashMap<>();
        // where the error is that leaves each figure out: what uses the figure is a follow-on of it
        Map<String, SourcePosition> causeOf = new LinkedHashMap<>();
        unreadable.values().forEach(f -> causeOf.put(f.id(), f.cause()));
        for (FigureDef figure : declared.values()) {
            boolean ok = true;
            int before = problems.size();
            for (FigureDef.Reference ref : figure.sources()) {
                if (!sources.containsKey(ref.id()) && brokenSources.containsKey(ref.id())) {
                    problems.add(
                            Diagnostic.error(ref.at(), Message.of("diagnostic.broken-source", ref.id(), figure.id()))
                                    .followingFrom(brokenSources.get(ref.id())));
                    ok = false;
                } else if (!sources.containsKey(ref.id())) {
                    problems.add(Diagnostic.error(
                            ref.at(),
                            Message.of(
                                    "diagnostic.unknown-source",
                                    ref.id(),
                                    Suggestions.didYouMeanMessage(ref.id(), sources.keySet()),
                                    perhapsIn(unreadFiles))));
                    ok = false;
                }
            }
            if (figure.definition() instanceof Definition.Derived derived) {
                for (String input : derived.formula().references()) {
                    if (!declared.containsKey(input) && unreadable.containsKey(input)) {
                        problems.add(Diagnostic.error(
                                        derived.at(input), Message.of("diagnostic.broken-input", figure.id(), input))
                                .followingFrom(unreadable.get(input).cause()));
                        ok = false;
                    } else if (!declared.containsKey(input)) {
                        problems.add(Diagnostic.error(
                                derived.at(input),
                                Message.of(
                                        "diagnostic.unknown-figure",
                                        input,
                                        derived.formula(),
                                        Suggestions.didYouMeanMessage(input, declared.keySet()),
                                        perhapsIn(unreadFiles),
                                        fix(derived, input, declared.keySet(), unreadFiles))));
                        ok = false;
                    } else if (declared.get(input).definition() instanceof Definition.Dated) {
                        problems.add(
                                Diagnostic.error(derived.at(input), Message.of("diagnostic.date-in-formula", input)));
                        ok = false;
                    }
                }
            }
            // "Unverifiable" says that no source was found; its note says where the editor looked.
            if (figure.definition() instanceof Definition.Sourced
                    && figure.sources().isEmpty()
                    && figure.verdict() != Verdict.UNVERIFIABLE) {
                problems.add(
                        Diagnostic.warning(figure.at(), Message.of("diagnostic.value-without-source", figure.id())));
            }
            if (ok) {
                usable.put(figure.id(), figure);
            } else {
                causeOf.put(figure.id(), LeftOut.firstError(problems, before, figure.at()));
            }
        }

        Map<String, Quantity> values = new LinkedHashMap<>();
        Set<String> estimates = new LinkedHashSet<>();
        Set<String> failed = new LinkedHashSet<>();
        evaluateAll(usable, values, estimates, failed, causeOf, problems);
        Map<String, FigureDef> figures = new LinkedHashMap<>();
        usable.forEach((id, figure) -> {
            if (!failed.contains(id)) {
                figures.put(id, figure);
            }
        });
        List<StatementDef> statements = Statements.resolve(files, sources, brokenSources, problems);
        List<LeftOut> leftOut = new ArrayList<>(unreadable.values());
        declared.values().stream()
                .filter(f -> !figures.containsKey(f.id()) && causeOf.containsKey(f.id()))
                .forEach(f -> leftOut.add(new LeftOut(f.id(), f.quoteText(), causeOf.get(f.id()))));
        return new Registry(sources, figures, values, estimates, notClaims, statements, problems, leftOut);
    }

    /**
     * The corrected formula, when exactly one id is closest to the unknown one and no unread file
     * could define it: the fix is then unambiguous, and an editor can copy it.
     */
    private static Message fix(
            Definition.Derived derived,
            String unknown,
            java.util.Collection<String> ids,
            java.util.Collection<String> unreadFiles) {
        if (!unreadFiles.isEmpty()) {
            return Message.empty();
        }
        return Suggestions.onlyClosest(unknown, ids)
                .map(id -> Message.of(
                        "diagnostic.formula-fix",
                        derived.formula()
                                .toString()
                                .replaceAll(
                                        "(?<![a-z0-9-])" + java.util.regex.Pattern.quote(unknown) + "(?![a-z0-9-])",
                                        java.util.regex.Matcher.quoteReplacement(id))))
                .orElseGet(Message::empty);
    }

    /** For an unknown id while some files could not be read at all: it may well be defined in one of them. */
    private static Message perhapsIn(List<String> unreadFiles) {
        if (unreadFiles.isEmpty()) {
            return Message.empty();
        }
        return Message.of(
                unreadFiles.size() == 1 ? "diagnostic.perhaps-in.one" : "diagnostic.perhaps-in.many",
                String.join(", ", unreadFiles));
    }

    /** The most formulas one figure may be computed through ({@link FigureGraph#MAX_DEPTH}). */
    public static final int MAX_DERIVATION_DEPTH = FigureGraph.MAX_DEPTH;

    /**
     * Evaluates every figure with the one evaluator and says, where the figure's formula is, why
     * each that has no value has none.
     */
    private static void evaluateAll(
            Map<String, FigureDef> figures,
            Map<String, Quantity> values,
            Set<String> estimates,
            Set<String> failed,
            Map<String, SourcePosition> causeOf,
            List<Diagnostic> problems) {
        Map<String, FigureGraph.Node> nodes = new LinkedHashMap<>();
        figures.forEach((id, figure) -> {
            if (figure.definition() instanceof Definition.Sourced sourced) {
                nodes.put(id, new FigureGraph.Given(sourced.value()));
            } else if (figure.definition() instanceof Definition.Derived derived) {
                nodes.put(id, new FigureGraph.Derived(derived.formula(), derived.unit()));
            } else {
                nodes.put(id, new FigureGraph.Dated());
            }
        });
        FigureGraph.Evaluation evaluation = FigureGraph.evaluate(nodes, Map.of());
        values.putAll(evaluation.values());
        estimates.addAll(evaluation.estimates());
        failed.addAll(evaluation.failures().keySet());
        evaluation.failures().forEach((id, failure) -> {
            if (figures.get(id) != null && figures.get(id).definition() instanceof Definition.Derived derived) {
                causeOf.putIfAbsent(id, derived.formulaAt());
            }
        });
        evaluation.failures().forEach((id, failure) -> {
            if (figures.get(id) != null && figures.get(id).definition() instanceof Definition.Derived derived) {
                explain(id, derived, failure, figures).ifPresent(message -> {
                    Diagnostic problem = Diagnostic.error(derived.formulaAt(), message);
                    Optional<SourcePosition> cause = failure instanceof FigureGraph.BrokenInput broken
                            ? Optional.ofNullable(causeOf.get(broken.input()))
                            : Optional.empty();
                    problems.add(cause.map(problem::followingFrom).orElse(problem));
                });
            }
        });
    }

    /** The editor's message for a figure without a value; empty when another message says it already. */
    private static Optional<Message> explain(
            String id, Definition.Derived derived, FigureGraph.Failure failure, Map<String, FigureDef> figures) {
        if (failure instanceof FigureGraph.Cycle cycle) {
            return cycle.figures().get(0).equals(id)
                    ? Optional.of(Message.of("diagnostic.cycle", String.join(" → ", cycle.figures())))
                    : Optional.empty();
        }
        if (failure instanceof FigureGraph.BrokenInput broken) {
            FigureDef input = figures.get(broken.input()); // null when the input was left out before evaluation
            return Optional.of(
                    input == null
                            ? Message.of("diagnostic.broken-input", id, broken.input())
                            : Message.of("diagnostic.broken-input.at", id, broken.input(), input.at()));
        }
        if (failure instanceof FigureGraph.TooDeep tooDeep) {
            return Optional.of(Message.of("diagnostic.too-deep", id, tooDeep.depth(), MAX_DERIVATION_DEPTH));
        }
        if (failure instanceof FigureGraph.Unevaluable unevaluable) {
            // The reason is the evaluator's own words (derivation), shown as they are in both languages.
            return Optional.of(Message.of("diagnostic.cannot-compute", id, derived.formula(), unevaluable.reason()));
        }
        return Optional.empty();
    }
}
