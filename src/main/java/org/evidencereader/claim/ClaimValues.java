package org.evidencereader.claim;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.evidencereader.derivation.Expression;
import org.evidencereader.derivation.FormulaException;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.figure.QuantityFormatException;
import org.evidencereader.figure.UnitFormatException;

/**
 * The values of a claim file's entries, each read with the problems it has: texts, labels,
 * references, web addresses and dates, and where in a value a problem is.
 */
final class ClaimValues {

    private static final Set<String> LABEL_KEYS = Set.of("zh", "en");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private ClaimValues() {}

    /** Where each id of a formula stands in the file, counted like {@link #valuePosition}. */
    static Map<String, SourcePosition> referencesAt(YamlNode node, String formula) {
        boolean quoted = node instanceof YamlNode.Scalar s && s.quoted();
        Map<String, SourcePosition> at = new java.util.LinkedHashMap<>();
        Expression.referenceOffsets(formula)
                .forEach((id, offset) -> at.put(id, node.at().shiftColumns(offset + (quoted ? 1 : 0))));
        return at;
    }

    /** Where inside a value the parser stopped, when the value is written on the key's line. */
    static SourcePosition valuePosition(YamlNode node, RuntimeException e) {
        int column = 0;
        if (e instanceof QuantityFormatException q) {
            column = q.column();
        } else if (e instanceof UnitFormatException u) {
            column = u.column();
        } else if (e instanceof FormulaException fe) {
            column = fe.column();
        }
        boolean quoted = node instanceof YamlNode.Scalar s && s.quoted();
        return node.at().shiftColumns(Math.max(0, column) + (quoted ? 1 : 0));
    }

    static Label label(YamlNode.Key id, Map<String, YamlNode> f, List<Diagnostic> problems) {
        YamlNode node = f.get("label");
        if (node == null) {
            problems.add(Diagnostic.error(id.at(), Message.of("diagnostic.figure-without-label", id.name())));
            return null;
        }
        return texts(node, "label", id.name(), problems);
    }

    /** An optional text for readers ('note', 'reason', 'title'): one text, or '{zh: …, en: …}' like a label. */
    static Label optionalTexts(Map<String, YamlNode> f, String key, String owner, List<Diagnostic> problems) {
        return f.containsKey(key) ? texts(f.get(key), key, owner, problems) : null;
    }

    private static Label texts(YamlNode node, String key, String owner, List<Diagnostic> problems) {
        if (node instanceof YamlNode.Scalar) {
            String text = scalarText(node, key, problems);
            return text == null ? null : Label.of(text);
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(Diagnostic.error(node.at(), Message.of("diagnostic.texts-not-mapping", key, node.describe())));
            return null;
        }
        String zh = null;
        String en = null;
        for (Map.Entry<YamlNode.Key, YamlNode> entry : mapping.entries().entrySet()) {
            if (!LABEL_KEYS.contains(entry.getKey().name())
                    && entry.getValue() instanceof YamlNode.Scalar empty
                    && empty.text() == null
                    && !ClaimFileReader.ID.matcher(entry.getKey().name()).matches()) {
                // {zh: 功耗, en: 720,000 H100s}: the comma ended the text, and its rest became a key without a value
                problems.add(Diagnostic.error(
                        entry.getKey().at(),
                        Message.of(
                                "diagnostic.text-cut-at-comma", entry.getKey().name())));
                continue;
            }
            String text =
                    scalarText(entry.getValue(), key + "." + entry.getKey().name(), problems);
            switch (entry.getKey().name()) {
                case "zh" -> zh = text;
                case "en" -> en = text;
                default ->
                    problems.add(unknownKey(entry.getKey(), LABEL_KEYS, Message.of("diagnostic.where.in-texts", key)));
            }
        }
        if (zh == null || zh.isBlank()) {
            problems.add(Diagnostic.error(
                    node.at(),
                    Message.of(
                            key.equals("label")
                                    ? "diagnostic.label-without-chinese"
                                    : "diagnostic.text-without-chinese",
                            key,
                            owner)));
            return null;
        }
        return new Label(zh, en);
    }

    static Optional<Map<String, YamlNode>> fields(
            YamlNode.Key id, YamlNode node, Set<String> allowed, Message what, List<Diagnostic> problems) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(Diagnostic.error(
                    node.at(), Message.of("diagnostic.entry-not-mapping", id.name(), what, node.describe())));
            return Optional.empty();
        }
        Map<String, YamlNode> fields = new java.util.LinkedHashMap<>();
        for (Map.Entry<YamlNode.Key, YamlNode> entry : mapping.entries().entrySet()) {
            if (allowed.contains(entry.getKey().name())) {
                fields.put(entry.getKey().name(), entry.getValue());
            } else {
                problems.add(unknownKey(entry.getKey(), allowed, Message.of("diagnostic.where.in", what)));
            }
        }
        return Optional.of(fields);
    }

    /** @param where where the key was written, such as {@code diagnostic.where.top} */
    static Diagnostic unknownKey(YamlNode.Key key, Set<String> allowed, Message where) {
        String known = allowed.stream().sorted().collect(Collectors.joining(", "));
        return Diagnostic.error(
                key.at(),
                Message.of(
                        "diagnostic.unknown-key",
                        key.name(),
                        where,
                        Suggestions.didYouMeanMessage(key.name(), allowed),
                        known));
    }

    /** "in a figure" and the like: inside an entry of the kind {@code kindKey} names ({@code diagnostic.kind.*}). */
    static Message in(String kindKey) {
        return Message.of("diagnostic.where.in", Message.of(kindKey));
    }

    static String optionalText(Map<String, YamlNode> f, String key, List<Diagnostic> problems) {
        return f.containsKey(key) ? scalarText(f.get(key), key, problems) : null;
    }

    static String scalarText(YamlNode node, String key, List<Diagnostic> problems) {
        if (node instanceof YamlNode.Scalar scalar) {
            if (scalar.text() == null || scalar.text().isBlank()) {
                problems.add(Diagnostic.error(node.at(), Message.of("diagnostic.value-empty", key)));
                return null;
            }
            return scalar.text();
        }
        problems.add(Diagnostic.error(node.at(), Message.of("diagnostic.value-not-text", key, node.describe())));
        return null;
    }

    static Optional<FigureDef.Reference> referenceText(YamlNode node, String key, List<Diagnostic> problems) {
        String text = scalarText(node, key, problems);
        return text == null ? Optional.empty() : Optional.of(new FigureDef.Reference(text, node.at()));
    }

    /** A link readers may follow: only an absolute http(s) address with a host, never javascript: or data:. */
    static String webAddress(Map<String, YamlNode> f, String key, List<Diagnostic> problems) {
        String text = optionalText(f, key, problems);
        if (text == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return text;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        problems.add(Diagnostic.error(f.get(key).at(), Message.of("diagnostic.not-web-address", key, text)));
        return null;
    }

    static String date(Map<String, YamlNode> f, String key, List<Diagnostic> problems) {
        String text = optionalText(f, key, problems);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> first = DATE.matcher(text).matches() ? firstDay(text) : Optional.empty();
        if (first.isEmpty()) {
            problems.add(Diagnostic.error(f.get(key).at(), Message.of("diagnostic.bad-date", key, text)));
            return null;
        }
        // Beyond a year from now: a typing mistake (2099, 2052), never a clock a little behind.
        if (first.get().isAfter(LocalDate.now(ZoneOffset.UTC).plusYears(1))) {
            problems.add(Diagnostic.warning(f.get(key).at(), Message.of("diagnostic.date-far-ahead", key, text)));
        }
        return text;
    }

    /** The first day a YYYY, YYYY-MM or YYYY-MM-DD date names, if it is a real one (not 2024-13 or 2024-02-30). */
    static Optional<LocalDate> firstDay(String text) {
        try {
            return Optional.of(
                    switch (text.length()) {
                        case 4 -> Year.parse(text).atDay(1);
                        case 7 -> YearMonth.parse(text).atDay(1);
                        default -> LocalDate.parse(text);
                    });
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
