package org.evidencereader.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidencereader.figure.Quantity;
import org.evidencereader.library.Figure;
import org.evidencereader.library.ReaderArticle;
import org.evidencereader.library.WhatIf;

/**
 * The answer of {@code POST /api/articles/<slug>/what-if}: {@code figures} lists every figure with a
 * value; those that cannot be computed from these values are in {@code notComputable} instead, so
 * a client that does not know that member sees those figures missing, never a wrong value.
 */
public record WhatIfDocument(
        Map<String, String> overrides,
        List<String> changed,
        List<FigureValue> figures,
        List<NotComputable> notComputable) {

    public record FigureValue(
            String id, String display, String plain, String si, ApiDocuments.ValueDocument value, boolean changed) {}

    /** A figure that cannot be computed from the values given, and why, in the reader's language. */
    public record NotComputable(String id, String label, String detail) {}

    /** The document of a what-if computed on the article. */
    public static WhatIfDocument of(ReaderArticle article, WhatIf.Result result, WhatIfTexts texts, Locale locale) {
        List<FigureValue> figures = result.article().figures().values().stream()
                .filter(f -> f.value().isPresent())
                .map(f -> value(f, result.changed().contains(f.id())))
                .toList();
        Map<String, String> normalised = new LinkedHashMap<>();
        result.overrides().forEach((id, q) -> normalised.put(id, WhatIf.editable(q)));
        List<NotComputable> notComputable = result.notComputable().values().stream()
                .map(p -> new NotComputable(
                        p.figureId().orElseThrow(),
                        WhatIfTexts.label(article, p.figureId().get(), locale),
                        texts.explain(article, p, locale)))
                .toList();
        return new WhatIfDocument(normalised, List.copyOf(result.changed()), figures, notComputable);
    }

    private static FigureValue value(Figure f, boolean changed) {
        Quantity canonical = f.value().orElseThrow().canonical();
        return new FigureValue(
                f.id(),
                f.display(),
                f.plain(),
                f.si(),
                new ApiDocuments.ValueDocument(
                        canonical.low(), canonical.high(), canonical.unit().symbol()),
                changed);
    }
}
