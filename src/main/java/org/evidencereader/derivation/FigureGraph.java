package org.evidencereader.derivation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.figure.OutOfRangeException;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.Unit;
import org.evidencereader.figure.UnitMismatchException;

/**
 * The one evaluator of an article's figures: the dependency graph of formulas, inputs first, with
 * overrides (what-if), cycle detection and a depth limit, used when the registry is resolved and
 * for every what-if.
 *
 * <p>A derived figure's range is the true minimum and maximum of its formula over the ranges of
 * the sourced figures it depends on, each counted once: the formula is expanded into a fraction of
 * polynomials in those ranges ({@link Rational}) and searched by {@link RangeSearch}. A formula too
 * large to expand keeps the range of interval arithmetic, which holds the true one, and is marked
 * an estimate. Units and errors are those of {@link Evaluator}, which still computes every formula.
 */
public final class FigureGraph {

    /**
     * The most formulas one figure may be computed through, counted along its longest chain of inputs
     * (a figure from a source is at depth 0): far more than an argument a reader follows, and few
     * enough that every walk along a derivation (evaluation, what-if, the pages) stays shallow.
     */
    public static final int MAX_DEPTH = 100;

    /** A figure of the graph. */
    public sealed interface Node permits Given, Derived, Dated {}

    /** A figure whose value is given (from a source, or by a reader's what-if). */
    public record Given(Quantity value) implements Node {
        public Given {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A figure computed by a formula, in its own unit. */
    public record Derived(Expression formula, Unit unit) implements Node {
        public Derived {
            Objects.requireNonNull(formula, "formula");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** A figure without a quantity (a date): it has no value to compute with. */
    public record Dated() implements Node {}

    /** Why a figure has no value. */
    public sealed interface Failure permits Missing, Cycle, BrokenInput, TooDeep, Unevaluable {}

    /** The id is not a figure of the graph (it was left out before evaluation). */
    public record Missing() implements Failure {}

    /**
     * The figure is on a cycle of formulas; {@code figures} starts and ends with the figure where the
     * cycle was found, and every figure on it fails with the same {@code Cycle}.
     */
    public record Cycle(List<String> figures) implements Failure {
        public Cycle {
            figures = List.copyOf(figures);
        }
    }

    /** An input of the formula has no value; {@code input} is the first such, in the formula's order. */
    public record BrokenInput(String input) implements Failure {}

    /** The figure is computed through more than {@link #MAX_DEPTH} formulas one after another. */
    public record TooDeep(int depth) implements Failure {}

    /** The formula cannot be computed from its inputs' values; {@code reason} says why. */
    public record Unevaluable(Cause cause, Message reason) implements Failure {
        public Unevaluable {
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(reason, "reason");
        }

        /** Why, in English, as CI logs show it. */
        public String message() {
            return reason.in(Locale.ENGLISH);
        }
    }

    /** What went wrong in a formula. */
    public enum Cause {
        /** A divisor's range holds 0. */
        DIVISOR_CAN_BE_ZERO,
        /** The result is too large for a number. */
        NOT_FINITE,
        /** Units that do not fit the operator, a value out of range, or anything else. */
        OTHER
    }

    /**
     * @param values the value of every figure that has one, in its unit
     * @param estimates figures whose range could not be pinned down: it holds the true one but may be
     *     wider
     * @param failures why each figure without a value has none, in the order they were found
     */
    public record Evaluation(Map<String, Quantity> values, Set<String> estimates, Map<String, Failure> failures) {
        public Evaluation {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            estimates = Collections.unmodifiableSet(new LinkedHashSet<>(estimates));
            failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
        }
    }

    private final Map<String, Node> nodes;
    private final Map<String, Quantity> values = new LinkedHashMap<>();
    private final Set<String> estimates = new LinkedHashSet<>();
    private final Map<String, Failure> failures = new LinkedHashMap<>();
    private final Map<String, Integer> depths = new HashMap<>();
    private final Map<String, Rational> forms = new HashMap<>();
    private final Set<String> ranged = new HashSet<>();
    private final double[] lo;
    private final double[] hi;
    private final RangeSearch.Budget budget;

    private FigureGraph(Map<String, Node> nodes, RangeSearch.Budget budget) {
        this.nodes = nodes;
        this.budget = budget;
        List<Quantity> ranges = new ArrayList<>();
        nodes.forEach((id, node) -> {
            if (node instanceof Given given && given.value().isRange()) {
                forms.put(id, Rational.variable(ranges.size()));
                ranged.add(id);
                ranges.add(given.value().canonical());
            }
        });
        this.lo = ranges.stream().mapToDouble(Quantity::low).toArray();
        this.hi = ranges.stream().mapToDouble(Quantity::high).toArray();
    }

    /**
     * Evaluates every figure, the overrides in place of the given values of theirs.
     *
     * @param nodes every figure by id, in the order they were written
     * @param overrides values that replace those of given figures (ids of other figures are ignored)
     */
    public static Evaluation evaluate(Map<String, Node> nodes, Map<String, Quantity> overrides) {
        return evaluate(nodes, overrides, RangeSearch.WORK);
    }

    /** With {@code work} terms for the searches of ranges in place of {@link RangeSearch#WORK}. */
    static Evaluation evaluate(Map<String, Node> nodes, Map<String, Quantity> overrides, long work) {
        Map<String, Node> graph = new LinkedHashMap<>(nodes);
        overrides.forEach((id, value) -> {
            if (graph.get(id) instanceof Given) {
                graph.put(id, new Given(value));
            }
        });
        FigureGraph evaluation = new FigureGraph(graph, new RangeSearch.Budget(work));
        evaluation.walk();
        return new Evaluation(evaluation.values, evaluation.estimates, evaluation.failures);
    }

    /** A figure being evaluated, and which of its inputs are still to be looked at. */
    private record Frame(String id, Derived derived, Iterator<String> inputs) {}

    /**
     * Every figure, inputs first: a depth-first walk kept on a stack of its own, not the thread's, so
     * that a chain of thousands of figures cannot overflow it. A figure met again while its own inputs
     * are being evaluated closes a cycle, reported once with the whole cycle.
     */
    private void walk() {
        for (String root : nodes.keySet()) {
            Deque<Frame> stack = new ArrayDeque<>();
            List<String> path = new ArrayList<>();
            enter(root, stack, path);
            while (!stack.isEmpty()) {
                Frame frame = stack.peek();
                if (frame.inputs().hasNext()) {
                    enter(frame.inputs().next(), stack, path);
                } else {
                    stack.pop();
                    path.remove(path.size() - 1);
                    finish(frame);
                }
            }
        }
    }

    /** Starts on a figure: a value or a failure at once, or a frame for its inputs. */
    private void enter(String id, Deque<Frame> stack, List<String> path) {
        if (values.containsKey(id) || failures.containsKey(id) || depths.containsKey(id)) {
            return;
        }
        Node node = nodes.get(id);
        if (node == null) {
            failures.put(id, new Missing());
            return;
        }
        if (node instanceof Given given) {
            values.put(id, given.value());
            depths.put(id, 0);
            return;
        }
        if (!(node instanceof Derived derived)) {
            depths.put(id, 0); // a date: nothing to compute
            return;
        }
        int loop = path.indexOf(id);
        if (loop >= 0) {
            List<String> figures = new ArrayList<>(path.subList(loop, path.size()));
            figures.add(id);
            Cycle cycle = new Cycle(figures);
            figures.forEach(member -> failures.put(member, cycle));
            return;
        }
        path.add(id);
        stack.push(new Frame(id, derived, derived.formula().references().iterator()));
    }

    /** A figure whose inputs are all evaluated (or failed): its own value, or why it has none. */
    private void finish(Frame frame) {
        String id = frame.id();
        Derived derived = frame.derived();
        if (failures.containsKey(id)) {
            return;
        }
        String brokenInput = null;
        int depth = 1;
        for (String input : derived.formula().references()) {
            if (failures.containsKey(input) || !depths.containsKey(input)) {
                brokenInput = brokenInput == null ? input : brokenInput;
            } else {
                depth = Math.max(depth, depths.get(input) + 1);
            }
        }
        if (brokenInput != null) {
            failures.put(id, new BrokenInput(brokenInput));
            return;
        }
        if (depth > MAX_DEPTH) {
            failures.put(id, new TooDeep(depth));
            return;
        }
        try {
            Quantity value = Evaluator.evaluate(derived.formula(), values::get).to(derived.unit());
            if (derived.formula().references().stream().anyMatch(ranged::contains)) {
                ranged.add(id);
                value = withinRanges(id, derived, value);
            }
            if (!Double.isFinite(value.low()) || !Double.isFinite(value.high())) {
                failures.put(id, new Unevaluable(Cause.NOT_FINITE, Message.of("diagnostic.formula.too-large")));
                return;
            }
            values.put(id, value);
            depths.put(id, depth);
        } catch (EvaluationException e) {
            Cause cause = e.getCause() instanceof ArithmeticException ? Cause.DIVISOR_CAN_BE_ZERO : Cause.OTHER;
            failures.put(id, new Unevaluable(cause, e.text()));
        } catch (UnitMismatchException e) {
            failures.put(id, new Unevaluable(Cause.OTHER, e.text()));
        } catch (OutOfRangeException e) {
            failures.put(id, new Unevaluable(Cause.OTHER, e.text()));
        } catch (IllegalArgumentException | ArithmeticException e) {
            // nothing an editor wrote leads here; the exception's own words are all there is to show
            failures.put(id, new Unevaluable(Cause.OTHER, Message.of("diagnostic.formula.failed", e.getMessage())));
        }
    }

    /**
     * The figure's range with each ranged source counted once; the interval arithmetic's {@code
     * value} (marked an estimate) when the formula is too large to expand.
     */
    private Quantity withinRanges(String id, Derived derived, Quantity value) {
        Rational form = form(derived.formula());
        if (form == null) {
            if (value.isRange()) {
                estimates.add(id);
            }
            return value;
        }
        forms.put(id, form);
        Unit canonical = derived.unit().canonical();
        if (!form.hasVariables()) {
            double constant = form.at(lo);
            return new Quantity(constant, constant, canonical).to(derived.unit());
        }
        RangeSearch.Range range;
        try {
            range = RangeSearch.over(form, lo, hi, budget);
        } catch (Polynomial.TooLarge e) {
            forms.remove(id);
            if (value.isRange()) {
                estimates.add(id);
            }
            return value;
        }
        if (!range.estimate()) {
            return new Quantity(range.low(), range.high(), canonical).to(derived.unit());
        }
        // Interval arithmetic's range holds the true one too: an estimate is never wider than it.
        estimates.add(id);
        Quantity intervals = value.canonical();
        double low = Math.max(range.low(), intervals.low());
        double high = Math.min(range.high(), intervals.high());
        return low <= high ? new Quantity(low, high, canonical).to(derived.unit()) : value;
    }

    /** The formula over the ranged sources, or null when it is too large to expand. */
    private Rational form(Expression expression) {
        try {
            return expand(expression);
        } catch (Polynomial.TooLarge e) {
            return null;
        }
    }

    private Rational expand(Expression expression) {
        if (expression instanceof Literal literal) {
            return Rational.constant(literal.value().canonical().low());
        }
        if (expression instanceof Reference reference) {
            Rational known = forms.get(reference.id());
            if (known != null) {
                return known;
            }
            Quantity value = values.get(reference.id());
            if (value == null || value.isRange()) {
                throw new Polynomial.TooLarge(); // a ranged input that was too large to expand itself
            }
            return Rational.constant(value.canonical().low());
        }
        if (expression instanceof Negate negate) {
            return expand(negate.operand()).negate();
        }
        Binary binary = (Binary) expression;
        Rational left = expand(binary.left());
        Rational right = expand(binary.right());
        return switch (binary.operator()) {
            case PLUS -> left.plus(right);
            case MINUS -> left.plus(right.negate());
            case TIMES -> left.times(right);
            case DIVIDE -> left.dividedBy(right);
        };
    }
}
