package org.evidencereader.library;

import org.evidencereader.derivation.EvaluationException;
import org.evidencereader.derivation.Evaluator;
import org.evidencereader.figure.Consistency;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.QuantityFormat;
import org.evidencereader.figure.QuantityFormatException;
import org.evidencereader.figure.UnitFormatException;
import org.evidencereader.figure.UnitMismatchException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "What if this input were different?": replaces the values of some sourced figures and computes
 * every figure that depends on them again, with the same engine the library is built with. The
 * result is a whole article, so that pages can show it exactly like the original.
 */
public final class WhatIf {

    /** At most this many inputs can be changed at once. */
    public static final int MAX_OVERRIDES = 50;
    /** No value written by a reader is longer than this. */
    public static final int MAX_VALUE_LENGTH = 64;

    private final Arithmetic arithmetic = new Arithmetic();

    /**
     * A change a reader asked for that cannot be made. {@code reason} names the message that
     * explains it (the web layer words it in the reader's language) and {@code arguments} fill it in.
     */
    public static final class Refused extends RuntimeException {
        private final String reason;
        private final List<String> arguments;

        Refused(String reason, String... arguments) {
            super(reason + " " + String.join(", ", arguments));
            this.reason = reason;
            this.arguments = List.of(arguments);
        }

        public String reason() {
            return reason;
        }

        public List<String> arguments() {
            return arguments;
        }
    }

    /**
     * The article with the overrides applied.
     *
     * @param changed ids of the figures whose value differs from the article's, overrides included
     */
    public record Result(ReaderArticle article, Map<String, Quantity> overrides, Set<String> changed) {
        public Result {
            overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
            changed = Collections.unmodifiableSet(new LinkedHashSet<>(changed));
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

    public Result apply(ReaderArticle article, Map<String, String> requested) {
        if (requested.size() > MAX_OVERRIDES) {
            throw new Refused("too-many", String.valueOf(MAX_OVERRIDES));
        }
        Map<String, Quantity> overrides = new LinkedHashMap<>();
        requested.forEach((id, text) -> overrides.put(id, parse(article, id, text)));

        Map<String, Quantity> values = new HashMap<>();
        for (Figure figure : article.figures().values()) {
            compute(article, figure.id(), overrides, values);
        }
        Set<String> changed = new LinkedHashSet<>();
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (Figure figure : article.figures().values()) {
            Optional<Quantity> now = Optional.ofNullable(values.get(figure.id()));
            boolean differs = now.isPresent() && figure.value().isPresent() && !same(now.get(), figure.value().get());
            if (differs) {
                changed.add(figure.id());
                figures.put(figure.id(), changedFigure(figure, now.get(), values));
            } else {
                figures.put(figure.id(), figure);
            }
        }
        Map<String, List<Mark>> marks = new LinkedHashMap<>();
        article.article().passages().forEach(p -> marks.put(p.id(), article.marks(p.id())));
        return new Result(new ReaderArticle(article.article(), figures, marks, article.notClaims(), article.coverage(), article.diagnostics()), overrides, changed);
    }

    private static Quantity parse(ReaderArticle article, String id, String text) {
        Figure figure = article.figure(id).orElseThrow(() -> new Refused("unknown", id));
        if (!isEditable(figure)) {
            throw new Refused("derived", id);
        }
        if (text == null || text.isBlank() || text.length() > MAX_VALUE_LENGTH) {
            throw new Refused("length", id, String.valueOf(MAX_VALUE_LENGTH), editable(figure.value().get()));
        }
        Quantity original = figure.value().get();
        Quantity value;
        try {
            value = Quantity.parse(text.strip());
            if (value.unit().symbol().equals("1") && !original.unit().symbol().equals("1")) {
                value = new Quantity(value.low(), value.high(), original.unit()); // a bare number is in the figure's unit
            }
            value = value.to(original.unit());
        } catch (QuantityFormatException | UnitFormatException e) {
            throw new Refused("format", text, editable(figure.value().get()));
        } catch (UnitMismatchException e) {
            throw new Refused("unit", text, editable(original));
        } catch (IllegalArgumentException e) {
            throw new Refused("range", text);
        }
        if (!Double.isFinite(value.low()) || !Double.isFinite(value.high()) || Math.abs(value.high()) > 1e30 || Math.abs(value.low()) > 1e30) {
            throw new Refused("range", text);
        }
        return value;
    }

    private static Optional<Quantity> compute(ReaderArticle article, String id, Map<String, Quantity> overrides,
                                              Map<String, Quantity> values) {
        if (values.containsKey(id)) {
            return Optional.of(values.get(id));
        }
        Optional<Figure> figure = article.figure(id);
        if (figure.isEmpty() || figure.get().value().isEmpty()) {
            return Optional.empty();
        }
        Quantity value;
        if (overrides.containsKey(id)) {
            value = overrides.get(id);
        } else if (figure.get().formula().isEmpty()) {
            value = figure.get().value().get();
        } else {
            // Formulas form no cycle (the registry refused any), so this recursion ends.
            for (String input : figure.get().inputs()) {
                compute(article, input, overrides, values);
            }
            try {
                value = Evaluator.evaluate(figure.get().formula().get(), values::get).to(figure.get().value().get().unit());
            } catch (EvaluationException | UnitMismatchException | IllegalArgumentException | ArithmeticException e) {
                throw new Refused("compute", id, e.getMessage());
            }
            if (!Double.isFinite(value.low()) || !Double.isFinite(value.high())) {
                throw new Refused("compute", id, "not a finite number");
            }
        }
        values.put(id, value);
        return Optional.of(value);
    }

    /** A figure whose value the what-if changed: the editor's verdict was on the article's value, so it goes. */
    private Figure changedFigure(Figure figure, Quantity value, Map<String, Quantity> values) {
        List<Term> terms = figure.formula()
                .map(f -> arithmetic.render(f, id -> Optional.ofNullable(values.get(id)), value))
                .orElse(new ArrayList<>());
        return new Figure(figure.id(), figure.label(), figure.quote(), figure.anchor(), Optional.of(value), figure.when(),
                figure.formula(), figure.inputs(), figure.sources(), Optional.empty(), figure.note(), Consistency.UNCHECKED,
                QuantityFormat.chinese(value), QuantityFormat.si(value), QuantityFormat.plain(value), terms, figure.definedAt());
    }

    private static boolean same(Quantity a, Quantity b) {
        return close(a.low(), b.low()) && close(a.high(), b.high());
    }

    private static boolean close(double x, double y) {
        return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    }
}
