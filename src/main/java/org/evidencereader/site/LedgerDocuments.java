package org.evidencereader.site;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.evidencereader.claim.SourceDef;
import org.evidencereader.claim.Verdict;
import org.evidencereader.figure.Quantity;
import org.evidencereader.library.Figure;
import org.evidencereader.library.ReaderArticle;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The ledger of an article as data: one row per figure, for download as CSV or JSON. */
final class LedgerDocuments {

    /**
     * Numbers in the CSV are written as a spreadsheet reads them back, in plain decimal without a
     * needless fraction: 4211, 11074087800, 0.3849 (not 4211.0 or 1.10740878E10).
     */
    private static final CsvMapper CSV = CsvMapper.builder()
            .addModule(new SimpleModule("plain-numbers").addSerializer(Double.class, new StdSerializer<>(Double.class) {
                @Override
                public void serialize(Double value, JsonGenerator generator, SerializationContext context) {
                    generator.writeNumber(
                            BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
                }
            }))
            .build();

    private static final CsvSchema CSV_SCHEMA =
            CSV.schemaFor(Row.class).withHeader().withArrayElementSeparator("; ");

    private LedgerDocuments() {}

    /**
     * One figure: what the article states, what the evidence gives (in canonical units and as
     * shown), the automatic check, the editorial verdict and the sources.
     */
    @JsonPropertyOrder({
        "id",
        "label",
        "labelEn",
        "passageId",
        "stated",
        "low",
        "high",
        "unit",
        "value",
        "si",
        "formula",
        "check",
        "verdict",
        "note",
        "sources"
    })
    record Row(
            String id,
            String label,
            String labelEn,
            String passageId,
            String stated,
            Double low,
            Double high,
            String unit,
            String value,
            String si,
            String formula,
            String check,
            String verdict,
            String note,
            List<String> sources) {

        /** The row with every text cell made safe to open in a spreadsheet ({@link #spreadsheetCell}). */
        Row forSpreadsheets() {
            // The sources are joined into one cell: only the first starts it.
            List<String> cited = new ArrayList<>(sources);
            if (!cited.isEmpty()) {
                cited.set(0, spreadsheetCell(cited.get(0)));
            }
            return new Row(
                    spreadsheetCell(id),
                    spreadsheetCell(label),
                    spreadsheetCell(labelEn),
                    spreadsheetCell(passageId),
                    spreadsheetCell(stated),
                    low,
                    high,
                    spreadsheetCell(unit),
                    spreadsheetCell(value),
                    spreadsheetCell(si),
                    spreadsheetCell(formula),
                    spreadsheetCell(check),
                    spreadsheetCell(verdict),
                    spreadsheetCell(note),
                    cited);
        }
    }

    static List<Row> rows(ReaderArticle article) {
        return article.figures().values().stream().map(f -> row(article, f)).toList();
    }

    private static Row row(ReaderArticle article, Figure f) {
        Quantity canonical = f.value().map(Quantity::canonical).orElse(null);
        List<String> sources =
                article.citedSources(f).stream().map(LedgerDocuments::cite).toList();
        return new Row(
                f.id(),
                f.label().zh(),
                f.label().en(),
                f.passageId().orElse(null),
                f.isInText() ? f.display() : null,
                canonical == null ? null : canonical.low(),
                canonical == null ? null : canonical.high(),
                canonical == null ? null : canonical.unit().symbol(),
                f.plain(),
                f.si(),
                f.formula().map(Object::toString).orElse(null),
                f.check().code(),
                f.verdict().map(Verdict::code).orElse(null),
                f.note().orElse(null),
                sources);
    }

    private static String cite(SourceDef source) {
        String publisher = source.publisher() == null ? "" : source.publisher() + ": ";
        return publisher + source.title() + (source.url() == null ? "" : " <" + source.url() + ">");
    }

    static String csv(ReaderArticle article) {
        return CSV.writer(CSV_SCHEMA)
                .writeValueAsString(
                        rows(article).stream().map(Row::forSpreadsheets).toList());
    }

    /** What a spreadsheet reads as a number, not as a formula: -38.49, +7, 1.5e3, -38.49%. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?%?");

    /**
     * A text cell as a spreadsheet may open it: one that starts with a character that begins a
     * formula ({@code = + - @}, or a tab or carriage return before one) and is not a plain number
     * gets a leading {@code '}, which spreadsheets read as "text" (OWASP, CSV injection). Labels,
     * notes and publishers are written by editors and outside authors.
     */
    static String spreadsheetCell(String text) {
        if (text == null
                || text.isEmpty()
                || "=+-@\t\r".indexOf(text.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
