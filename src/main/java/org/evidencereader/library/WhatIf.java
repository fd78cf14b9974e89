package org.evidencereader.library;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencereader.derivation.FigureGraph;
import org.evidencereader.figure.NumeralParser;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.QuantityFormat;
import org.evidencereader.figure.QuantityFormatException;
import org.evidencereader.figure.Unit;
import org.evidencereader.figure.UnitFormatException;
import org.evidencereader.figure.UnitMismatchException;

/**
 * "What if this input were different?": replaces the values of some sourced figures and computes
 * every figure that depends on them again, with the same evaluator the library is built with
 * ({@link FigureGraph}). The
 * result is a whole article, so that pages can show it exactly like the original.
 */
public final class WhatIf {

    /** At most this many inputs can be changed at once. */
    public static final int MAX_OVERRIDES = 50;
    /** No value written by a reader is longer than this. */
    public static final int MAX_VALUE_LENGTH = 64;

    private final Arithmetic arithmetic = new Arithmetic();

    /**
     * Why one thing a reader asked for cannot be done: the message that explains it, and how the
     * message names its figure ({@link Wording}).
     */
    public enum Reason {
        /** More than {@link #MAX_OVERRIDES} values; argument: the limit. */
        TOO_MANY("whatif.refused.too-many", Wording.ALONE),
        /** Values that fail together though none fails alone. */
        FAILED("whatif.refused.failed", Wording.ALONE),
        /** No figure has the id; argument: the id. */
        UNKNOWN("whatif.refused.unknown", Wording.ALONE),
        /** The figure is computed, not given. */
        DERIVED("whatif.refused.derived", Wording.FIELD),
        /** Empty or too long; arguments: the id, the limit, an example. */
        LENGTH("whatif.refused.length", Wording.FIELD),
        /** Not a value; arguments: the text, an example. */
        FORMAT("whatif.refused.format", Wording.FIELD),
        /** A unit that does not fit; arguments: the text, an example. */
        UNIT("whatif.refused.unit", Wording.FIELD),
        /** A known unit written wrongly; arguments: the text, the unit meant, an example. */
        UNIT_MEANT("whatif.refused.unit-meant", Wording.FIELD),
        /** A number beyond what can be computed; argument: the text. */
        OUT_OF_RANGE("whatif.refused.range", Wording.FIELD),
        /** Below zero for a quantity that cannot be; argument: the text. */
        NEGATIVE("whatif.refused.negative", Wording.FIELD),
        /** The engine failed on this value alone; arguments: the text, an example. */
        UNUSABLE("whatif.refused.unusable", Wording.FIELD),
        /** The figure's formula would divide by a range that holds 0. */
        DIVIDES_BY_ZERO("whatif.not-computable.divide", Wording.FIGURE),
        /** The figure's result is too large for a number. */
        RESULT_OUT_OF_RANGE("whatif.not-computable.range", Wording.FIGURE),
        /** The figure cannot be computed for another reason (units, a value out of range). */
        NOT_COMPUTABLE("whatif.not-computable.other", Wording.FIGURE),
        /** An input of the figure cannot be computed; argument: the input's id. */
        INPUT_NOT_COMPUTABLE("whatif.not-computable.input", Wording.FIGURE_AND_INPUT);

        private final String messageKey;
        private final Wording wording;

        Reason(String messageKey, Wording wording) {
            this.messageKey = messageKey;
            this.wording = wording;
        }

        /** The key of the message in the bundles, filled in with the problem's arguments. */
        public String messageKey() {
            return messageKey;
        }

        public Wording wording() {
            return wording;
        }
    }

    /** How a problem's message names its figure. */
    public enum Wording {
        /** The message stands alone, with the problem's arguments. */
        ALONE,
        /** "label: message" with the problem's arguments: a value the reader gave. */
        FIELD,
        /** The message with the figure's label: a figure that cannot be computed. */
        FIGURE,
        /** The message with the figure's label and the label of the input named by the argument. */
        FIGURE_AND_INPUT
    }

    /**
     * Why one thing a reader asked for cannot be done; {@code arguments} fill in the reason's message
     * (the web layer words it in the reader's language, with the figure's label).
     *
     * @param figureId the figure concerned (the input a bad value was given for, or the figure that
     *                 cannot be computed); empty when the request as a whole is refused
     */
    public record Problem(Optional<String> figureId, Reason reason, List<String> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }

        static Problem of(String figureId, Reason reason, String... arguments) {
            return new Problem(Optional.of(figureId), reason, List.of(arguments));
        }
    }

    /**
     * Changes a reader asked for that cannot be made: every bad value at once, so that a form can
     * show each next to its field.
     */
    public static final class Refused extends RuntimeException {
        private final List<Problem> problems;

        Refused(List<Problem> problems) {
            super(problems.stream()
                    .map(p -> p.reason() + " " + String.join(", ", p.arguments()))
                    .collect(Collectors.joining("; ")));
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("no problem");
            }
            this.problems = List.copyOf(problems);
        }

        Refused(Problem problem) {
            this(List.of(problem));
        }

        /** Every problem, in the order the values were given. */
        public List<Problem> problems() {
            return problems;
        }
    }

    /**
     * The article with the overrides applied.
     *
     * @param changed       ids of the figures whose value differs from the article's, overrides included
     * @param notComputable figures that cannot be computed from these values (a divisor of 0, a result
     *                      out of range, or an input that cannot be computed), by id: they have no
     *                      value in {@code article}; every other figure is computed as usual
     */
    public record Result(
            ReaderArticle article,
            Map<String, Quantity> overrides,
            Set<String> changed,
            Map<String, Problem> notComputable) {
        public Result {
            overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
            changed = Collections.unmodifiableSet(new LinkedHashSet<>(changed));
            notComputable = Collections.unmodifiableMap(new LinkedHashMap<>(notComputable));
        }
    }

    /** The text a reader edits for a value: plain numbers, a range with '..', and the unit. */
    public static String editable(Quantity value) {
        String low = QuantityFormat.number(value.low(), false);
        String number = value.isRange() ? low + ".." + QuantityFormat.number(value.high(), false) : low;
        String unit = value.unit().symbol();
        return unit.equals("1") ? number : number + " " + unit;
    }

    /** Figures a reader may change: those taken from sources, with a quantity. */
    public static boolean isEditable(Figure figure) {
        return !figure.isDerived() && figure.value().isPresent();
    }

    /**
     * @throws Refused when a value cannot be used (every such value is named) or the request as a
     *                 whole is refused; a figure that cannot be computed from good values is not a
     *                 refusal but part of the result ({@link Result#notComputable()})
     */
    public Result apply(ReaderArticle article, Map<String, String> requested) {
        if (requested.size() > MAX_OVERRIDES) {
            throw new Refused(new Problem(Optional.empty(), Reason.TOO_MANY, List.of(String.valueOf(MAX_OVERRIDES))));
        }
        Map<String, Quantity> overrides = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        requested.forEach((id, text) -> {
            try {
                overrides.put(id, parse(article, id, text));
            } catch (Refused e) {
                problems.addAll(e.problems());
            }
        });
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }

        FigureGraph.Evaluation evaluation = FigureGraph.evaluate(graph(article), overrides);
        Map<String, Problem> notComputable = new LinkedHashMap<>();
        evaluation.failures().forEach((id, failure) -> {
            if (article.figure(id).isPresent()) {
                notComputable.put(id, problem(id, failure));
            }
        });
        Map<String, Quantity> values = evaluation.values();
        Set<String> changed = new LinkedHashSet<>();
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (Figure figure : article.figures().values()) {
            Optional<Quantity> now = Optional.ofNullable(values.get(figure.id()));
            boolean differs = now.isPresent()
                    && figure.value().isPresent()
                    && !same(now.get(), figure.value().get());
            if (notComputable.containsKey(figure.id())) {
                figures.put(figure.id(), figure.recomputed(Optional.empty(), false, List.of()));
            } else if (differs) {
                changed.add(figure.id());
                List<Term> terms = figure.formula()
                        .map(f -> arithmetic.render(f, id -> Optional.ofNullable(values.get(id)), now.get()))
                        .orElse(List.of());
                figures.put(
                        figure.id(),
                        figure.recomputed(now, evaluation.estimates().contains(figure.id()), terms));
            } else {
                figures.put(figure.id(), figure);
            }
        }
        Map<String, List<Mark>> marks = new LinkedHashMap<>();
        article.article().passages().forEach(p -> marks.put(p.id(), article.marks(p.id())));
        return new Result(
                new ReaderArticle(
                        article.article(),
                        RoundedFigures.whatIf(article, figures, changed),
                        marks,
                        article.notClaims(),
                        article.coverage(),
                        article.diagnostics()),
                overrides,
                changed,
                notComputable);
    }

    private static Quantity parse(ReaderArticle article, String id, String text) {
        Figure figure = article.figure(id).orElseThrow(() -> new Refused(Problem.of(id, Reason.UNKNOWN, id)));
        if (!isEditable(figure)) {
            throw new Refused(Problem.of(id, Reason.DERIVED, id));
        }
        Quantity original = figure.value().get();
        if (text == null || text.isBlank() || text.length() > MAX_VALUE_LENGTH) {
            throw new Refused(Problem.of(id, Reason.LENGTH, id, String.valueOf(MAX_VALUE_LENGTH), editable(original)));
        }
        Quantity value;
        try {
            value = Quantity.parse(text.strip());
            Unit unit = value.unit();
            if (unit.equals(Unit.ONE) && !original.unit().equals(Unit.ONE)) {
                value = new Quantity(
                        value.low(), value.high(), original.unit()); // a bare number is in the figure's unit
            } else if (original.unit().isCount()
                    && unit.isCount()
                    && unit.countedNouns().size() == 1
                    && NumeralParser.isClassifier(unit.symbol())) {
                value = new Quantity(
                        value.low(), value.high(), original.unit()); // 72万张 H100 GPUs: a count with its counter word
            }
            value = value.to(original.unit());
        } catch (QuantityFormatException | UnitFormatException e) {
            throw new Refused(Problem.of(id, Reason.FORMAT, text, editable(original)));
        } catch (UnitMismatchException e) {
            throw new Refused(unitProblem(id, text, original));
        } catch (IllegalArgumentException e) {
            throw new Refused(Problem.of(id, Reason.OUT_OF_RANGE, text));
        }
        if (!Double.isFinite(value.low())
                || !Double.isFinite(value.high())
                || Math.abs(value.high()) > 1e30
                || Math.abs(value.low()) > 1e30) {
            throw new Refused(Problem.of(id, Reason.OUT_OF_RANGE, text));
        }
        // 700 W, 720000 GPU, 10 s cannot be negative; a change in percent or an amount of money can.
        // A figure whose own value is negative shows that its quantity can be.
        if (value.low() < 0 && original.unit().isNeverNegative() && original.low() >= 0) {
            throw new Refused(Problem.of(id, Reason.NEGATIVE, text));
        }
        return value;
    }

    /**
     * A unit that does not fit the figure: when it is a known unit written wrongly ({@code 350 w},
     * {@code 350 Watt}) and that unit would fit, the problem says how to write it (the same advice the
     * claim files get, {@link Unit#likelyMeant}).
     */
    private static Problem unitProblem(String id, String text, Quantity original) {
        try {
            Unit written = Quantity.parse(text.strip()).unit();
            for (String noun : written.countedNouns()) {
                Optional<String> meant = Unit.likelyMeant(noun);
                if (meant.isPresent() && Unit.parse(meant.get()).isCompatible(original.unit())) {
                    return Problem.of(id, Reason.UNIT_MEANT, text, meant.get(), editable(original));
                }
            }
        } catch (QuantityFormatException | UnitFormatException e) {
            // parsed once already; nothing better to say
        }
        return Problem.of(id, Reason.UNIT, text, editable(original));
    }

    /** The article's figures as the evaluator's graph: its values, formulas and dates. */
    private static Map<String, FigureGraph.Node> graph(ReaderArticle article) {
        Map<String, FigureGraph.Node> nodes = new LinkedHashMap<>();
        for (Figure figure : article.figures().values()) {
            if (figure.value().isEmpty()) {
                nodes.put(figure.id(), new FigureGraph.Dated());
            } else if (figure.formula().isPresent()) {
                nodes.put(
                        figure.id(),
                        new FigureGraph.Derived(
                                figure.formula().get(), figure.value().get().unit()));
            } else {
                nodes.put(figure.id(), new FigureGraph.Given(figure.value().get()));
            }
        }
        return nodes;
    }

    /** Why a figure cannot be computed from the reader's values. */
    private static Problem problem(String id, FigureGraph.Failure failure) {
        if (failure instanceof FigureGraph.BrokenInput broken) {
            return Problem.of(id, Reason.INPUT_NOT_COMPUTABLE, broken.input());
        }
        if (failure instanceof FigureGraph.Unevaluable unevaluable) {
            return switch (unevaluable.cause()) {
                case DIVISOR_CAN_BE_ZERO -> Problem.of(id, Reason.DIVIDES_BY_ZERO);
                case NOT_FINITE -> Problem.of(id, Reason.RESULT_OUT_OF_RANGE);
                case OTHER -> Problem.of(id, Reason.NOT_COMPUTABLE);
            };
        }
        return Problem.of(
                id, Reason.NOT_COMPUTABLE); // the article's own graph was evaluated without cycles or missing figures
    }

    private static boolean same(Quantity a, Quantity b) {
        return close(a.low(), b.low()) && close(a.high(), b.high());
    }

    private static boolean close(double x, double y) {
        return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    }
}
