package org.evidencereader.library;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.evidencereader.anchor.Anchor;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.QuantityFormat;
import org.evidencereader.figure.SignificantFigures;

/**
 * A computed figure shown no more precisely than the numbers it comes from: 72万张 × 700W ÷ 612万千瓦
 * is 8.235…%, but 72万 has two significant figures, so readers see 8.2%. What a reader sees of the
 * figure (its display, its SI and plain forms, the result of its arithmetic, and its value where it
 * is an input in another figure's arithmetic) is rounded, one form everywhere; its value keeps full
 * precision for the API's and the CSV's numbers.
 *
 * <p>A derived figure supports the significant figures of its least precise sourced input, as the
 * reader sees that input (the article's words, or the value in its Chinese form when the text does
 * not state it); figures further down count through the figures between. A literal in a formula (the
 * 2 in {@code 2 * x}) is exact and limits nothing; an input written with one significant figure (1个月)
 * is a round number, not a measurement to one figure, so no result goes below two. A figure the text states
 * is shown as written; in a what-if its new value keeps the significant figures the article gives
 * it, so that 50.4万千瓦 → 25.2万千瓦 compares like with like.
 */
public final class RoundedFigures {

    private RoundedFigures() {}

    /** The figures of an article as assembled, each derived figure whose number the text does not state rounded. */
    static Map<String, Figure> assembled(Map<String, Figure> figures) {
        Support support = new Support(figures);
        Map<String, Figure> rounded = new LinkedHashMap<>();
        figures.forEach((id, f) -> rounded.put(id, computed(f) ? round(f, support.of(id)) : f));
        return withRoundedInputs(rounded, figures);
    }

    /**
     * The figures of a what-if ({@code recomputed}, from {@code original}), each changed derived
     * figure rounded: to the article's significant figures where the text states it, else to what
     * its inputs (the reader's values among them) support.
     */
    static Map<String, Figure> whatIf(ReaderArticle original, Map<String, Figure> recomputed, Set<String> changed) {
        Support support = new Support(recomputed);
        Map<String, Figure> rounded = new LinkedHashMap<>();
        recomputed.forEach((id, f) -> {
            if (!changed.contains(id) || !f.isDerived() || f.value().isEmpty()) {
                rounded.put(id, f);
                return;
            }
            OptionalInt written = original.figure(id)
                    .filter(RoundedFigures::stated)
                    .map(o -> SignificantFigures.significantFigures(o.display()))
                    .orElse(OptionalInt.empty());
            rounded.put(id, round(f, written.isPresent() ? written : support.of(id)));
        });
        return withRoundedInputs(rounded, recomputed);
    }

    /** {@code value} as a reader is shown it when it may have {@code figures} significant figures, in Chinese form. */
    public static String display(Quantity value, OptionalInt figures) {
        return QuantityFormat.chinese(rounded(value, figures));
    }

    /**
     * The significant figures a number as written lets a result have: those of its least precise
     * number, but never fewer than two (1个月 is a round number, not a measurement to one figure).
     */
    static OptionalInt supports(String written) {
        OptionalInt figures = SignificantFigures.significantFigures(written);
        return figures.isPresent() ? OptionalInt.of(Math.max(MINIMUM, figures.getAsInt())) : figures;
    }

    private static final int MINIMUM = 2;

    /** Each figure's arithmetic with every rounded input shown as that input's own card shows it. */
    private static Map<String, Figure> withRoundedInputs(Map<String, Figure> rounded, Map<String, Figure> before) {
        Map<String, Figure> result = new LinkedHashMap<>();
        rounded.forEach((id, f) -> {
            List<Term> terms = f.arithmetic().stream()
                    .map(t -> t.figureId()
                            .filter(input -> rounded.get(input) != before.get(input))
                            .map(input -> Term.input(rounded.get(input).plain(), input))
                            .orElse(t))
                    .toList();
            result.put(id, terms.equals(f.arithmetic()) ? f : f.withArithmetic(terms));
        });
        return result;
    }

    private static Quantity rounded(Quantity value, OptionalInt figures) {
        return figures.isPresent() ? SignificantFigures.round(value, figures.getAsInt()) : value;
    }

    /** A derived figure whose shown number was computed, not taken from the article's words. */
    private static boolean computed(Figure f) {
        return f.isDerived()
                && f.value().isPresent()
                && !stated(f)
                && f.display().equals(QuantityFormat.chinese(f.value().get()));
    }

    private static boolean stated(Figure f) {
        return f.anchor().flatMap(Anchor::stated).isPresent();
    }

    private static Figure round(Figure f, OptionalInt figures) {
        if (figures.isEmpty()) {
            return f;
        }
        Quantity value = rounded(f.value().orElseThrow(), figures);
        List<Term> arithmetic = new ArrayList<>(f.arithmetic());
        if (!arithmetic.isEmpty()) {
            arithmetic.set(arithmetic.size() - 1, Term.text(QuantityFormat.plain(value)));
        }
        return new Figure(
                f.id(),
                f.label(),
                f.quote(),
                f.anchor(),
                f.value(),
                f.estimate(),
                f.when(),
                f.formula(),
                f.inputs(),
                f.sources(),
                f.verdict(),
                f.note(),
                f.check(),
                QuantityFormat.chinese(value),
                QuantityFormat.si(value),
                QuantityFormat.plain(value),
                arithmetic,
                figures,
                f.definedAt());
    }

    /**
     * The significant figures each figure supports: a sourced one those of its number as shown, a
     * derived one the least of its inputs'. Worked out without recursion (chains of derived figures
     * can be long) and once per figure; a figure on a cycle supports nothing of its own.
     */
    private static final class Support {
        private final Map<String, Figure> figures;
        private final Map<String, OptionalInt> known = new HashMap<>();

        Support(Map<String, Figure> figures) {
            this.figures = figures;
        }

        OptionalInt of(String root) {
            Set<String> entered = new HashSet<>();
            Deque<String> pending = new ArrayDeque<>();
            pending.push(root);
            while (!pending.isEmpty()) {
                String id = pending.peek();
                Figure f = figures.get(id);
                if (known.containsKey(id)) {
                    pending.pop();
                } else if (f == null || !f.isDerived()) {
                    known.put(id, ownFigures(f));
                    pending.pop();
                } else if (entered.add(id)) {
                    for (String input : f.inputs()) {
                        if (!known.containsKey(input) && !entered.contains(input)) {
                            pending.push(input);
                        }
                    }
                } else {
                    known.put(id, least(f.inputs()));
                    pending.pop();
                }
            }
            return known.get(root);
        }

        private OptionalInt least(List<String> inputs) {
            OptionalInt least = OptionalInt.empty();
            for (String input : inputs) {
                OptionalInt figures = known.getOrDefault(input, OptionalInt.empty());
                if (figures.isPresent() && (least.isEmpty() || figures.getAsInt() < least.getAsInt())) {
                    least = figures;
                }
            }
            return least;
        }

        private static OptionalInt ownFigures(Figure f) {
            return f == null || f.value().isEmpty() ? OptionalInt.empty() : supports(f.display());
        }
    }
}
