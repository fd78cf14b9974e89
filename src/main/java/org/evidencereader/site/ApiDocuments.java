package org.evidencereader.site;

import java.util.Comparator;
import java.util.List;
import org.evidencereader.article.Passage;
import org.evidencereader.claim.Label;
import org.evidencereader.claim.SourceDef;
import org.evidencereader.claim.Verdict;
import org.evidencereader.derivation.Expression;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.figure.Quantity;
import org.evidencereader.library.Figure;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.library.PlacedStatement;
import org.evidencereader.library.ReaderArticle;
import org.evidencereader.nlp.TextSpan;

/** The JSON documents of the public API (field names are part of the contract in DESIGN.md). */
public final class ApiDocuments {

    private ApiDocuments() {}

    record ArticleSummary(String slug, String title, String titleEn, String lang, int figures, String url) {}

    record ArticleDocument(
            String slug,
            String title,
            String titleEn,
            String lang,
            String provenance,
            String written,
            List<PassageDocument> passages,
            List<FigureDocument> figures,
            List<StatementDocument> statements) {}

    /**
     * A claim that is not a number: the article's words ({@code quote}, at {@code start}..{@code end} of
     * {@code passageId}, null when not placed), the claim in both languages, the verdict and its note,
     * the sources; {@code url} is its row in the ledger.
     */
    record StatementDocument(
            String id,
            String quote,
            String passageId,
            Integer start,
            Integer end,
            String claim,
            String claimEn,
            String verdict,
            String note,
            String noteEn,
            List<SourceDocument> sources,
            String url) {}

    record PassageDocument(String id, String kind, String text, List<TextSpan> sentences, List<MarkDocument> marks) {}

    record MarkDocument(String figureId, int start, int end) {}

    /** A value in canonical units: W, s, J, CNY, 1 for ratios, or the counted noun. */
    public record ValueDocument(double low, double high, String unit) {}

    record SourceDocument(
            String id,
            String title,
            String publisher,
            String url,
            String published,
            String accessed,
            String type,
            String says,
            String titleEn) {}

    record FigureDocument(
            String id,
            String label,
            String labelEn,
            String quote,
            String passageId,
            String display,
            String si,
            ValueDocument value,
            String when,
            String formula,
            List<String> inputs,
            List<SourceDocument> sources,
            String verdict,
            String note,
            String check,
            String url,
            String noteEn) {}

    /**
     * @param causedBy where the problem is that this one follows from (null for a problem of its own):
     *                 fixing that one makes this one go away
     */
    record DiagnosticDocument(
            String file, int line, int column, String severity, String message, PositionDocument causedBy) {}

    record PositionDocument(String file, int line, int column) {}

    record DiagnosticsDocument(long version, int errors, int warnings, List<DiagnosticDocument> diagnostics) {}

    static ArticleSummary summary(ReaderArticle article) {
        return new ArticleSummary(
                article.slug(),
                article.article().meta().title(),
                article.article().meta().titleEnglish().orElse(null),
                article.article().meta().lang(),
                article.figures().size(),
                new Route.ApiArticle(article.slug()).path());
    }

    static ArticleDocument article(ReaderArticle article) {
        List<PassageDocument> passages = article.article().passages().stream()
                .map(p -> passage(article, p))
                .toList();
        List<FigureDocument> figures =
                article.figures().values().stream().map(f -> figure(article, f)).toList();
        var meta = article.article().meta();
        return new ArticleDocument(
                article.slug(),
                meta.title(),
                meta.titleEnglish().orElse(null),
                meta.lang(),
                meta.provenanceNote().orElse(null),
                meta.writtenWhen().orElse(null),
                passages,
                figures,
                article.statements().stream().map(s -> statement(article, s)).toList());
    }

    private static StatementDocument statement(ReaderArticle article, PlacedStatement statement) {
        return new StatementDocument(
                statement.id(),
                statement.quote(),
                statement.passageId().orElse(null),
                statement.span().map(TextSpan::start).orElse(null),
                statement.span().map(TextSpan::end).orElse(null),
                statement.claim().zh(),
                statement.claim().en(),
                statement.verdict().code(),
                statement.note().map(Label::zh).orElse(null),
                statement.note().map(Label::en).orElse(null),
                statement.sources().stream().map(ApiDocuments::source).toList(),
                new Route.Ledger(article.slug()).path() + "#" + statement.ledgerAnchor());
    }

    private static PassageDocument passage(ReaderArticle article, Passage passage) {
        List<MarkDocument> marks = article.marks(passage.id()).stream()
                .map(m -> new MarkDocument(
                        m.figureId(), m.span().start(), m.span().end()))
                .toList();
        return new PassageDocument(
                passage.id(),
                passage.kind().name().toLowerCase(java.util.Locale.ROOT),
                passage.text(),
                passage.sentences(),
                marks);
    }

    static FigureDocument figure(ReaderArticle article, Figure figure) {
        ValueDocument value = figure.value()
                .map(Quantity::canonical)
                .map(q -> new ValueDocument(q.low(), q.high(), q.unit().symbol()))
                .orElse(null);
        List<SourceDocument> sources =
                figure.sources().stream().map(ApiDocuments::source).toList();
        return new FigureDocument(
                figure.id(),
                figure.label().zh(),
                figure.label().en(),
                figure.quote().orElse(null),
                figure.passageId().orElse(null),
                figure.display(),
                figure.si(),
                value,
                figure.when().map(w -> w.iso()).orElse(null),
                figure.formula().map(Expression::toString).orElse(null),
                figure.inputs(),
                sources,
                figure.verdict().map(Verdict::code).orElse(null),
                figure.note().map(Label::zh).orElse(null),
                figure.check().code(),
                new Route.ApiFigure(article.slug(), figure.id()).path(),
                figure.note().map(Label::en).orElse(null));
    }

    private static SourceDocument source(SourceDef s) {
        return new SourceDocument(
                s.id(),
                s.title().zh(),
                s.publisher(),
                s.url(),
                s.published(),
                s.accessed(),
                s.type(),
                s.says(),
                s.title().en());
    }

    static DiagnosticsDocument diagnostics(LibrarySnapshot snapshot) {
        List<DiagnosticDocument> all = errorsFirst(snapshot.diagnostics()).stream()
                .map(ApiDocuments::diagnostic)
                .toList();
        int errors = (int)
                snapshot.diagnostics().stream().filter(Diagnostic::isError).count();
        return new DiagnosticsDocument(snapshot.version(), errors, all.size() - errors, all);
    }

    /**
     * The errors, then the warnings, each in the order the library found them: a root-cause error
     * is not buried under dozens of warnings about numbers nobody annotated yet.
     */
    static List<Diagnostic> errorsFirst(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .sorted(Comparator.comparing(Diagnostic::severity))
                .toList();
    }

    private static DiagnosticDocument diagnostic(Diagnostic d) {
        return new DiagnosticDocument(
                d.file(),
                d.line(),
                d.column(),
                d.severity().code(),
                d.message(),
                d.causedBy()
                        .map(at -> new PositionDocument(at.file(), at.line(), at.column()))
                        .orElse(null));
    }
}
