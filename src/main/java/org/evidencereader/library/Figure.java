package org.evidencereader.library;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.evidencereader.anchor.Anchor;
import org.evidencereader.claim.Label;
import org.evidencereader.claim.SourceDef;
import org.evidencereader.claim.Verdict;
import org.evidencereader.claim.VerdictFamily;
import org.evidencereader.derivation.Expression;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.figure.Consistency;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.QuantityFormat;
import org.evidencereader.figure.SignificantFigures;
import org.evidencereader.figure.StatedCheck;
import org.evidencereader.figure.TimePoint;

/**
 * A figure ready to show: resolved, evaluated, placed in the text and checked.
 *
 * @param display    the figure as the article writes it (or in Chinese form for an implied figure)
 * @param si         the value in SI units ({@code 504 MW}); empty for a date
 * @param plain      the value in the figure's own unit with separators ({@code 504,000 kW})
 * @param arithmetic for a derived figure, the formula with the inputs' values and the result
 * @param shownTo    the significant figures a computed figure is shown to (display, SI, plain, and
 *                   its value wherever it is an input); empty when it is shown as it is
 * @param inputs     ids of the figures the formula uses, in order of appearance
 * @param estimate   the range could not be pinned down: it holds the true range but may be wider
 */
public record Figure(
        String id,
        Label label,
        Optional<String> quote,
        Optional<Anchor> anchor,
        Optional<Quantity> value,
        boolean estimate,
        Optional<TimePoint> when,
        Optional<Expression> formula,
        List<String> inputs,
        List<SourceDef> sources,
        Optional<Verdict> verdict,
        Optional<Label> note,
        Consistency check,
        String display,
        String si,
        String plain,
        List<Term> arithmetic,
        OptionalInt shownTo,
        SourcePosition definedAt) {

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        inputs = List.copyOf(inputs);
        sources = List.copyOf(sources);
        arithmetic = List.copyOf(arithmetic);
    }

    /**
     * Whether the value is negative while the article writes the number without a minus sign
     * ({@code 下跌38.49%} is -38.49%): the reader is told, or '38.49% = -38.49%' looks like a contradiction.
     */
    public boolean signInWords() {
        return value.isPresent()
                && value.get().high() < 0
                && display.indexOf('-') < 0
                && display.indexOf('\u2212') < 0
                && !display.contains("负");
    }

    /** What a figure shows in place of a value it cannot have. */
    public static final String NOT_COMPUTABLE = "—";

    /**
     * The figure computed again from other values (a what-if): the editor's verdict was on the
     * article's value, so it goes, and so does the check against the text; without a value the
     * figure shows {@link #NOT_COMPUTABLE}.
     */
    public Figure recomputed(Optional<Quantity> newValue, boolean newEstimate, List<Term> newArithmetic) {
        String shown = newValue.map(QuantityFormat::chinese).orElse(NOT_COMPUTABLE);
        return new Figure(
                id,
                label,
                quote,
                anchor,
                newValue,
                newValue.isPresent() && newEstimate,
                when,
                formula,
                inputs,
                sources,
                Optional.empty(),
                note,
                Consistency.UNCHECKED,
                shown,
                newValue.map(QuantityFormat::si).orElse(NOT_COMPUTABLE),
                newValue.map(QuantityFormat::plain).orElse(NOT_COMPUTABLE),
                newArithmetic,
                OptionalInt.empty(),
                definedAt);
    }

    /** The same figure with its arithmetic shown differently (its inputs rounded as their cards show them). */
    Figure withArithmetic(List<Term> newArithmetic) {
        return new Figure(
                id,
                label,
                quote,
                anchor,
                value,
                estimate,
                when,
                formula,
                inputs,
                sources,
                verdict,
                note,
                check,
                display,
                si,
                plain,
                newArithmetic,
                shownTo,
                definedAt);
    }

    /** The value as readers are shown it: rounded where a computed figure is, so a chart says what the card says. */
    public Optional<Quantity> shown() {
        return shownTo.isPresent() ? value.map(v -> SignificantFigures.round(v, shownTo.getAsInt())) : value;
    }

    /**
     * Whether the SI form is the article's number in other units (50.4万千瓦 = 504 MW), so "= SI" may follow
     * it: the check found the same number and the text states it exactly, or the shown number is the value
     * itself. Otherwise "= SI" would equate two different numbers (0.5—2元 = 0.25–0.5 USD, 不到十秒 = 3–4 s)
     * and the compare line shows both instead.
     */
    public boolean siRestatesDisplay() {
        if (si.isEmpty() || si.equals(display)) {
            return false;
        }
        boolean statedExactly = check == Consistency.CONSISTENT
                && anchor.flatMap(Anchor::stated)
                        .map(m -> !StatedCheck.isBound(m))
                        .orElse(true);
        return statedExactly
                || shown().map(QuantityFormat::chinese).filter(display::equals).isPresent();
    }

    /**
     * Whether the compare line shows the text's number beside the value: when the check found them
     * different at some precision, or the text gives a bound (不到十秒) that the value keeps to.
     */
    public boolean showsCompare() {
        if (plain.isEmpty() || check == Consistency.UNCHECKED) {
            return false;
        }
        return check != Consistency.CONSISTENT
                || anchor.flatMap(Anchor::stated).map(StatedCheck::isBound).orElse(false);
    }

    /** The group of the editor's verdict that the mark in the text and the summaries show. */
    public VerdictFamily family() {
        return VerdictFamily.of(verdict);
    }

    /** Whether the automatic check compared the number in the text with a value (its words then open the verdict line). */
    public boolean isChecked() {
        return check != Consistency.UNCHECKED;
    }

    public boolean isDerived() {
        return formula.isPresent();
    }

    /** Shown in the text (it has a quote that was placed), as opposed to an implied figure. */
    public boolean isInText() {
        return anchor.isPresent();
    }

    /** The value as a reader types it to change it ({@code 700 W}, {@code 4211..10528 GPU}), or "" for a date. */
    public String editable() {
        return value.map(WhatIf::editable).orElse("");
    }

    public Optional<String> passageId() {
        return anchor.map(Anchor::passageId);
    }
}
