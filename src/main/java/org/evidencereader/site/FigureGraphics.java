package org.evidencereader.site;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.evidencereader.library.Figure;
import org.evidencereader.library.ReaderArticle;
import org.springframework.context.MessageSource;

/** The pictures of a derivation page, as model attributes for the template "figure". */
public final class FigureGraphics {

    private FigureGraphics() {}

    /**
     * {@code diagram}: the dependency graph's SVG, absent for a figure that is not derived;
     * {@code diagramOmitted}: instead of it, for a graph too large to draw, how many figures can be drawn;
     * {@code charts}: the {@link ComparisonChart.Chart}s, possibly none. Both are escaped by
     * construction and inserted unescaped by the template.
     */
    public static Map<String, Object> model(
            ReaderArticle article, Figure figure, Links links, MessageSource messages, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        DerivationDiagram.svg(article, figure, links, messages, locale).ifPresent(svg -> model.put("diagram", svg));
        if (DerivationDiagram.tooLarge(article, figure)) {
            model.put("diagramOmitted", DerivationDiagram.MAX_FIGURES);
        }
        model.put("charts", ComparisonChart.charts(article, figure, messages, locale));
        return model;
    }
}
