package org.evidencereader.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencereader.derivation.Expression;
import org.evidencereader.derivation.FormulaException;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.QuantityFormatException;
import org.evidencereader.figure.TimePoint;
import org.evidencereader.figure.Unit;
import org.evidencereader.figure.UnitFormatException;

/**
 * Reads one entry of a claim file's {@code figures:} section into a {@link FigureDef}: its label,
 * quote, definition (a sourced value, a formula with its unit, or a date), sources, verdict and note.
 * A figure with any error is left out (empty), never guessed at; every problem is reported at the
 * key or value at fault.
 */
final class FigureEntryReader {

    Optional<FigureDef> read(YamlNode.Key id, YamlNode node, List<Diagnostic> problems) {
        Optional<Map<String, YamlNode>> fields = ClaimValues.fields(
                id, node, ClaimFileReader.FIGURE_KEYS, Message.of("diagnostic.kind.figure"), problems);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, YamlNode> f = fields.get();
        int before = problems.size();
        Label label = ClaimValues.label(id, f, problems);
        String quote = ClaimValues.optionalText(f, "quote", problems);
        String stated = ClaimValues.optionalText(f, "stated", problems);
        String prefix = ClaimValues.optionalText(f, "prefix", problems);
        String suffix = ClaimValues.optionalText(f, "suffix", problems);
        for (String context : List.of("prefix", "suffix")) {
            if (f.containsKey(context) && !f.containsKey("quote")) {
                problems.add(Diagnostic.error(
                        f.get(context).at(), Message.of("diagnostic.context-without-quote." + context, id.name())));
            }
        }
        if (stated != null && quote == null) {
            problems.add(
                    Diagnostic.error(f.get("stated").at(), Message.of("diagnostic.stated-without-quote", id.name())));
        } else if (stated != null && !quote.contains(stated)) {
            problems.add(Diagnostic.error(
                    f.get("stated").at(), Message.of("diagnostic.stated-not-in-quote", stated, quote)));
        }
        Definition definition = definition(id, f, problems);
        List<FigureDef.Reference> sources = new ArrayList<>();
        if (f.containsKey("source") && f.containsKey("sources")) {
            problems.add(Diagnostic.error(f.get("sources").at(), Message.of("diagnostic.source-and-sources")));
        } else if (f.containsKey("source")) {
            ClaimValues.referenceText(f.get("source"), "source", problems).ifPresent(sources::add);
        } else if (f.containsKey("sources")) {
            YamlNode list = f.get("sources");
            if (list instanceof YamlNode.Sequence sequence) {
                for (YamlNode item : sequence.items()) {
                    ClaimValues.referenceText(item, "sources", problems).ifPresent(sources::add);
                }
            } else {
                ClaimValues.referenceText(list, "sources", problems).ifPresent(sources::add);
            }
        }
        Verdict verdict = null;
        String verdictText = ClaimValues.optionalText(f, "verdict", problems);
        if (verdictText != null) {
            verdict = Verdict.fromCode(verdictText).orElse(null);
            if (verdict == null) {
                List<String> codes =
                        Arrays.stream(Verdict.values()).map(Verdict::code).toList();
                problems.add(Diagnostic.error(
                        f.get("verdict").at(),
                        Message.of(
                                "diagnostic.unknown-verdict",
                                verdictText,
                                Suggestions.didYouMeanMessage(verdictText, codes),
                                String.join(", ", codes))));
            }
        }
        Label note = ClaimValues.optionalTexts(f, "note", id.name(), problems);
        if (verdict == Verdict.DRAFT) {
            problems.add(Diagnostic.warning(f.get("verdict").at(), Message.of("diagnostic.draft-verdict", id.name())));
        } else if (verdict != null && note == null && !f.containsKey("note")) {
            problems.add(Diagnostic.error(
                    f.get("verdict").at(), Message.of("diagnostic.verdict-without-note", verdict.code())));
        }
        if (ClaimFileReader.hasNewErrors(problems, before) || definition == null || label == null) {
            return Optional.empty();
        }
        SourcePosition quoteAt = f.containsKey("quote") ? f.get("quote").at() : id.at();
        return Optional.of(new FigureDef(
                id.name(), label, quote, stated, prefix, suffix, definition, sources, verdict, note, id.at(), quoteAt));
    }

    private Definition definition(YamlNode.Key id, Map<String, YamlNode> f, List<Diagnostic> problems) {
        List<String> present = List.of("value", "derive", "when").stream()
                .filter(f::containsKey)
                .toList();
        if (present.size() != 1) {
            Message message = present.isEmpty()
                    ? Message.of("diagnostic.figure-without-value", id.name())
                    : present.size() == 2
                            ? Message.of(
                                    "diagnostic.figure-several-values.two", id.name(), present.get(0), present.get(1))
                            : Message.of(
                                    "diagnostic.figure-several-values.three",
                                    id.name(),
                                    present.get(0),
                                    present.get(1),
                                    present.get(2));
            problems.add(Diagnostic.error(id.at(), message));
            return null;
        }
        if (f.containsKey("unit") && !present.get(0).equals("derive")) {
            problems.add(Diagnostic.error(f.get("unit").at(), Message.of("diagnostic.unit-without-derive")));
            return null;
        }
        return switch (present.get(0)) {
            case "value" -> {
                YamlNode node = f.get("value");
                String text = ClaimValues.scalarText(node, "value", problems);
                if (text == null) {
                    yield null;
                }
                try {
                    Quantity value = Quantity.parse(text);
                    checkNouns(value.unit(), text, node.at(), problems);
                    yield new Definition.Sourced(value, org.evidencereader.figure.Precision.of(text));
                } catch (QuantityFormatException | UnitFormatException e) {
                    problems.add(Diagnostic.error(
                            ClaimValues.valuePosition(node, e),
                            Message.of(
                                    "diagnostic.bad-value",
                                    text,
                                    e instanceof QuantityFormatException q
                                            ? q.located()
                                            : ((UnitFormatException) e).located())));
                    yield null;
                }
            }
            case "when" -> {
                YamlNode node = f.get("when");
                String text = ClaimValues.scalarText(node, "when", problems);
                if (text == null) {
                    yield null;
                }
                try {
                    yield new Definition.Dated(TimePoint.parse(text));
                } catch (IllegalArgumentException e) {
                    problems.add(Diagnostic.error(node.at(), Message.of("diagnostic.bad-when", text)));
                    yield null;
                }
            }
            default -> {
                YamlNode node = f.get("derive");
                String text = ClaimValues.scalarText(node, "derive", problems);
                if (text == null) {
                    yield null;
                }
                if (!f.containsKey("unit")) {
                    problems.add(Diagnostic.error(node.at(), Message.of("diagnostic.derived-without-unit", id.name())));
                    yield null;
                }
                Expression formula;
                try {
                    formula = Expression.parse(text);
                } catch (FormulaException e) {
                    problems.add(Diagnostic.error(
                            ClaimValues.valuePosition(node, e),
                            Message.of("diagnostic.bad-formula", text, e.located())));
                    yield null;
                }
                String unitText = ClaimValues.scalarText(f.get("unit"), "unit", problems);
                if (unitText == null) {
                    yield null;
                }
                try {
                    Unit unit = Unit.parse(unitText);
                    checkNouns(unit, unitText, f.get("unit").at(), problems);
                    yield new Definition.Derived(formula, unit, node.at(), ClaimValues.referencesAt(node, text));
                } catch (UnitFormatException e) {
                    problems.add(Diagnostic.error(
                            f.get("unit").at(), Message.of("diagnostic.bad-unit", unitText, e.located())));
                    yield null;
                }
            }
        };
    }

    /**
     * A counted noun that looks like a unit written by name or in the wrong case ('Watt', 'kw') would
     * be counted like 'GPU', and every formula that uses the figure would fail far from here.
     */
    private static void checkNouns(Unit unit, String text, SourcePosition at, List<Diagnostic> problems) {
        for (String noun : unit.countedNouns()) {
            Unit.likelyMeant(noun)
                    .ifPresent(meant -> problems.add(
                            Diagnostic.error(at, Message.of("diagnostic.unit-looks-misspelt", noun, text, meant))));
        }
    }
}
