package org.evidencereader.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.evidencereader.claim.Label;
import org.evidencereader.claim.Verdict;
import org.evidencereader.library.ReaderArticle;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org {@code ClaimReview} for every figure and statement that carries an editorial verdict, so
 * that search engines and fact-check aggregators can read the verdicts. Embedded in the reader page as JSON-LD
 * and served at {@code /api/articles/<slug>/claimreview}.
 */
final class ClaimReviews {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClaimReviews() {}

    static List<Map<String, Object>> of(ReaderArticle article, MessageSource messages, Locale locale) {
        Stream<Map<String, Object>> figures = article.figures().values().stream()
                .filter(f -> f.verdict().filter(Verdict::isJudgement).isPresent()) // a draft is not a review yet
                .map(f -> review(
                        article,
                        f.verdict().orElseThrow(),
                        f.passageId(),
                        new Route.Figure(article.slug(), f.id()).path(),
                        f.quote().orElse(f.label().in(locale)),
                        f.note(),
                        messages,
                        locale));
        // A statement's review has no page of its own: its url is its row in the ledger.
        Stream<Map<String, Object>> statements = article.statements().stream()
                .filter(s -> s.verdict().isJudgement())
                .map(s -> review(
                        article,
                        s.verdict(),
                        s.passageId(),
                        new Route.Ledger(article.slug()).path() + "#" + s.ledgerAnchor(),
                        s.claim().in(locale),
                        s.note(),
                        messages,
                        locale));
        return Stream.concat(figures, statements).toList();
    }

    private static Map<String, Object> review(
            ReaderArticle article,
            Verdict verdict,
            Optional<String> passageId,
            String url,
            String claimReviewed,
            Optional<Label> note,
            MessageSource messages,
            Locale locale) {
        String page = new Route.Article(article.slug()).path();
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        appearance.put("headline", article.article().meta().title());
        appearance.put("url", page + passageId.map(p -> "#" + p).orElse(""));

        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        claim.put("appearance", appearance);

        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        ratingValue(verdict).ifPresent(value -> {
            rating.put("ratingValue", value);
            rating.put("bestRating", 5);
            rating.put("worstRating", 1);
        });
        rating.put("alternateName", messages.getMessage("verdict." + verdict.code(), null, locale));

        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", url);
        review.put("claimReviewed", claimReviewed);
        review.put("itemReviewed", claim);
        // Ordered, as every map here: Map.of's order changes from one JVM to the next, and with it the
        // page's bytes and ETag after every restart (and the export's files from one run to the next).
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", "Organization");
        author.put("name", messages.getMessage("app.name", null, locale));
        review.put("author", author);
        review.put("reviewRating", rating);
        note.ifPresent(text -> review.put("reviewBody", text.in(locale)));
        return review;
    }

    /** 5 for supported down to 1 for false; an unverifiable claim gets a name but no number. */
    private static java.util.Optional<Integer> ratingValue(Verdict verdict) {
        return switch (verdict) {
            case SUPPORTED -> java.util.Optional.of(5);
            case APPROXIMATE -> java.util.Optional.of(4);
            case IMPRECISE -> java.util.Optional.of(3);
            case MISATTRIBUTED -> java.util.Optional.of(2);
            case FALSE -> java.util.Optional.of(1);
            case UNVERIFIABLE, DRAFT -> java.util.Optional.empty();
        };
    }

    /**
     * JSON that is safe inside {@code <script type="application/ld+json">}: the characters that could
     * end the script element or confuse an HTML parser are written as JSON escapes, which mean the
     * same to a JSON reader.
     */
    static String scriptJson(Object value) {
        return JSON.writeValueAsString(value)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }
}
