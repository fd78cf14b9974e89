package org.evidencereader.library;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.evidencereader.anchor.Anchor;
import org.evidencereader.claim.Definition;
import org.evidencereader.claim.FigureDef;
import org.evidencereader.claim.Registry;
import org.evidencereader.claim.SourceDef;
import org.evidencereader.claim.Verdict;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.figure.Consistency;
import org.evidencereader.figure.NumericMention;
import org.evidencereader.figure.Precision;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.QuantityFormat;
import org.evidencereader.figure.StatedCheck;
import org.evidencereader.figure.TimePoint;

/**
 * Builds the {@link Figure} readers see from a figure's definition, its place in the text and the
 * registry's values: the display forms (as the article writes it, SI, plain), the arithmetic of a
 * derived figure, its sources, and the check of the number the text states against the value
 * (a warning when they differ).
 */
final class FigureBuilder {

    private final Arithmetic arithmetic = new Arithmetic();

    Figure build(FigureDef def, Optional<Anchor> anchor, Registry registry, List<Diagnostic> problems) {
        Optional<Quantity> value = registry.value(def.id());
        Optional<TimePoint> when =
                def.definition() instanceof Definition.Dated dated ? Optional.of(dated.when()) : Optional.empty();
        Optional<NumericMention> stated = anchor.flatMap(Anchor::stated);
        Consistency check = check(def, stated, value, when, problems);

        String display;
        if (def.statedText().isPresent()) {
            display = def.stated();
        } else if (stated.isPresent()) {
            display = stated.get().text();
        } else if (value.isPresent()) {
            display = QuantityFormat.chinese(value.get());
        } else {
            display = when.map(TimePoint::chinese).orElse("");
        }
        String si = value.map(v -> QuantityFormat.si(v))
                .orElse(when.map(TimePoint::iso).orElse(""));
        String plain =
                value.map(QuantityFormat::plain).orElse(when.map(TimePoint::iso).orElse(""));

        List<String> inputs = List.of();
        List<org.evidencereader.library.Term> terms = List.of();
        Optional<org.evidencereader.derivation.Expression> formula = Optional.empty();
        if (def.definition() instanceof Definition.Derived derived) {
            formula = Optional.of(derived.formula());
            inputs = List.copyOf(derived.formula().references());
            terms = value.map(v -> arithmetic.render(derived.formula(), registry::value, v))
                    .orElse(List.of());
        }
        List<SourceDef> sources = def.sources().stream()
                .map(ref -> registry.sources().get(ref.id()))
                .filter(java.util.Objects::nonNull)
                .toList();
        return new Figure(
                def.id(),
                def.label(),
                def.quoteText(),
                anchor,
                value,
                registry.isEstimate(def.id()),
                when,
                formula,
                inputs,
                sources,
                def.verdictValue(),
                def.noteText(),
                check,
                display,
                si,
                plain,
                terms,
                OptionalInt.empty(),
                def.at());
    }

    /** A stated time against a figure's date: the whole date when the text gives a year, else the month. */
    private static Consistency sameTime(NumericMention stated, TimePoint when) {
        if (stated.timePoint().isPresent()) {
            return stated.timePoint().get().equals(when) ? Consistency.CONSISTENT : Consistency.INCONSISTENT;
        }
        if (stated.month().isPresent() && when.month() > 0) {
            return stated.month().getAsInt() == when.month() ? Consistency.CONSISTENT : Consistency.INCONSISTENT;
        }
        return Consistency.UNCHECKED;
    }

    private static Consistency check(
            FigureDef def,
            Optional<NumericMention> stated,
            Optional<Quantity> value,
            Optional<TimePoint> when,
            List<Diagnostic> problems) {
        if (stated.isEmpty()) {
            return Consistency.UNCHECKED;
        }
        if (!(def.definition() instanceof Definition.Derived) && def.sources().isEmpty()) {
            // a value no source gives (an unverifiable figure, a draft) is the article's own number:
            // comparing the text with it would say "matches" about nothing
            return Consistency.UNCHECKED;
        }
        Consistency result;
        if (value.isPresent()) {
            // a sourced value is compared at the precision its source writes it; a computed one is exact
            Precision precision =
                    def.definition() instanceof Definition.Sourced sourced ? sourced.precision() : Precision.EXACT;
            result = StatedCheck.check(stated.get(), value.get(), precision);
        } else if (when.isPresent()) {
            result = sameTime(stated.get(), when.get());
        } else {
            return Consistency.UNCHECKED;
        }
        if (result == Consistency.INCONSISTENT && !Verdict.saysTheTextIsOff(def.verdict())) {
            // formatted only for the message: most figures agree with the text, and need no message
            String computed =
                    value.map(QuantityFormat::plain).orElseGet(() -> when.get().iso());
            // '下跌38.49%' states -38.49%: say how the text was read when a word before it changes the number
            Optional<String> read = stated.get().cue().isEmpty()
                    ? Optional.empty()
                    : stated.get().quantity().map(QuantityFormat::plain);
            problems.add(Diagnostic.warning(
                    def.quoteAt(),
                    read.map(q -> Message.of(
                                    "diagnostic.stated-differs.cue",
                                    stated.get().text(),
                                    def.id(),
                                    computed,
                                    stated.get().cue(),
                                    q))
                            .orElseGet(() -> Message.of(
                                    "diagnostic.stated-differs", stated.get().text(), def.id(), computed))));
        }
        return result;
    }
}
