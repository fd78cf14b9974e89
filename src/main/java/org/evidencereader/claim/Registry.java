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
                        problems.add(Diagnostic.error(derived.at(input), "cannot compute '" + figure.id()
                                + "': its input '" + input + "' has an error of its own: fix that first"));
                        ok = false;
                    } else if (!declared.containsKey(input)) {
                        problems.add(Diagnostic.error(derived.at(input), "unknown figure '" + input + "' in formula '"
                                + derived.formula() + "'" + Suggestions.didYouMean(input, declared.keySet()) + perhapsIn(unreadFiles)
                                + fix(derived, input, declared.keySet(), unreadFiles)));
                        ok = false;
                    } else if (declared.get(input).definition() instanceof Definition.Dated) {
                        problems.add(Diagnostic.error(derived.at(input), "figure '" + input
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
        evaluateAll(usable, values, failed, problems);
        Map<String, FigureDef> figures = new LinkedHashMap<>();
        usable.forEach((id, figure) -> {
            if (!failed.contains(id)) {
                figures.put(id, figure);
            }
        });
        return new Registry(sources, figures, values, notClaims, problems);
    }

    /**
     * The corrected formula, when exactly one id is closest to the unknown one and no unread file
     * could define it: the fix is then unambiguous, and an editor can copy it.
     */
    private static String fix(Definition.Derived derived, String unknown, java.util.Collection<String> ids,
                              java.util.Collection<String> unreadFiles) {
        if (!unreadFiles.isEmpty()) {
            return "";
        }
        return Suggestions.onlyClosest(unknown, ids)
                .map(id -> " fix: 'derive: " + derived.formula().toString()
                        .replaceAll("(?<![a-z0-9-])" + java.util.regex.Pattern.quote(unknown) + "(?![a-z0-9-])",
                                java.util.regex.Matcher.quoteReplacement(id)) + "'")
                .orElse("");
    }

    /** For an unknown id while some files could not be read at all: it may well be defined in one of them. */
    private static String perhapsIn(List<String> unreadFiles) {
        if (unreadFiles.isEmpty()) {
            return "";
        }
        return "; " + String.join(", ", unreadFiles) + " could not be read and may define it: fix "
                + (unreadFiles.size() == 1 ? "that file" : "those files") + " first";
    }

    /**
     * The most formulas one figure may be computed through, counted along its longest chain of
     * inputs (a figure from a source is at depth 0): far more than an argument a reader follows, and
     * few enough that every walk along a derivation (evaluation, what-if, the pages) stays shallow.
     */
    public static final int MAX_DERIVATION_DEPTH = 100;

    /** A figure being evaluated, and which of its inputs are still to be looked at. */
    private record Frame(String id, Definition.Derived derived, java.util.Iterator<String> inputs) {}

    /**
     * Evaluates every figure, inputs first: a depth-first walk kept on a stack of its own, not the
     * thread's, so that a chain of thousands of figures cannot overflow it. A figure met again while
     * its own inputs are being evaluated closes a cycle, reported once with the whole cycle.
     */
    private static void evaluateAll(Map<String, FigureDef> figures, Map<String, Quantity> values,
                                    Set<String> failed, List<Diagnostic> problems) {
        Map<String, Integer> depths = new java.util.HashMap<>();
        for (String root : figures.keySet()) {
            java.util.Deque<Frame> stack = new java.util.ArrayDeque<>();
            List<String> path = new ArrayList<>();
            enter(root, figures, values, failed, depths, stack, path, problems);
            while (!stack.isEmpty()) {
                Frame frame = stack.peek();
                if (frame.inputs().hasNext()) {
                    enter(frame.inputs().next(), figures, values, failed, depths, stack, path, problems);
                } else {
                    stack.pop();
                    path.remove(path.size() - 1);
                    finish(frame, figures, values, failed, depths, problems);
                }
            }
        }
    }

    /** Starts on a figure: a value or a failure at once, or a frame for its inputs. */
    private static void enter(String id, Map<String, FigureDef> figures, Map<String, Quantity> values, Set<String> failed,
                              Map<String, Integer> depths, java.util.Deque<Frame> stack, List<String> path,
                              List<Diagnostic> problems) {
        if (values.containsKey(id) || failed.contains(id) || depths.containsKey(id)) {
            return;
        }
        FigureDef figure = figures.get(id);
        if (figure == null) {
            failed.add(id);
            return;
        }
        if (figure.definition() instanceof Definition.Sourced sourced) {
            values.put(id, sourced.value());
            depths.put(id, 0);
            return;
        }
        if (!(figure.definition() instanceof Definition.Derived derived)) {
            depths.put(id, 0); // a date: nothing to compute
            return;
        }
        int loop = path.indexOf(id);
        if (loop >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(loop, path.size()));
            cycle.add(id);
            problems.add(Diagnostic.error(derived.formulaAt(), "formulas form a cycle: " + String.join(" → ", cycle)
                    + ": a figure cannot depend on itself; take one of them from a source instead"));
            failed.addAll(cycle);
            return;
        }
        path.add(id);
        stack.push(new Frame(id, derived, derived.formula().references().iterator()));
    }

    /** A figure whose inputs are all evaluated (or failed): its own value, or why it has none. */
    private static void finish(Frame frame, Map<String, FigureDef> figures, Map<String, Quantity> values, Set<String> failed,
                               Map<String, Integer> depths, List<Diagnostic> problems) {
        String id = frame.id();
        Definition.Derived derived = frame.derived();
        if (failed.contains(id)) {
            return;
        }
        String brokenInput = null;
        int depth = 1;
        for (String input : derived.formula().references()) {
            if (failed.contains(input) || !depths.containsKey(input)) {
                brokenInput = brokenInput == null ? input : brokenInput;
            } else {
                depth = Math.max(depth, depths.get(input) + 1);
            }
        }
        if (brokenInput != null) {
            FigureDef broken = figures.get(brokenInput); // null when the input was left out before evaluation
            problems.add(Diagnostic.error(derived.formulaAt(), "cannot compute '" + id + "': its input '" + brokenInput
                    + "' has an error of its own" + (broken == null ? "" : " (at " + broken.at() + ")") + ": fix that first"));
            failed.add(id);
            return;
        }
        if (depth > MAX_DERIVATION_DEPTH) {
            problems.add(Diagnostic.error(derived.formulaAt(), "figure '" + id + "' is computed through " + depth
                    + " formulas one after another; the limit is " + MAX_DERIVATION_DEPTH + ": take one of the figures"
                    + " along the way from a source instead"));
            failed.add(id);
            return;
        }
        try {
            Quantity result = Evaluator.evaluate(derived.formula(), values::get).to(derived.unit());
            values.put(id, result);
            depths.put(id, depth);
        } catch (EvaluationException | UnitMismatchException | IllegalArgumentException e) {
            problems.add(Diagnostic.error(derived.formulaAt(), "cannot compute '" + id + "' = "
                    + derived.formula() + ": " + e.getMessage()));
            failed.add(id);
        }
    }
}
