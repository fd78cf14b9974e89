package org.evidencereader.site;

import org.evidencereader.library.Figure;
import org.evidencereader.library.ReaderArticle;
import org.evidencereader.library.WhatIf;
import org.springframework.context.MessageSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The model of the reader page or of a derivation page computed with a reader's values: what the
 * templates "article" and "figure" show for {@code /articles/<slug>/what-if?…}. Such a page is
 * rendered per request (the values are the reader's), by the server's view resolution, with the
 * same layout model as every page in memory.
 */
public final class WhatIfPage {

    private final MessageSource messages;
    private final StaticAssets assets;
    private final WhatIfTexts texts;
    private final WhatIf whatIf = new WhatIf();

    public WhatIfPage(MessageSource messages, StaticAssets assets) {
        this.messages = messages;
        this.assets = assets;
        this.texts = new WhatIfTexts(messages);
    }

    /** What every page of the layout needs, for a page of the server in this language. */
    public Map<String, Object> layout(Locale locale) {
        return PageRenderer.layout(Links.server(locale), assets);
    }

    /**
     * The model of the article's page (or of its figure's page, {@code figureId}, which the article
     * has) with the values of the address ({@code parameters}, {@code lang} among them) applied.
     */
    public Map<String, Object> model(ReaderArticle article, Optional<String> figureId, Map<String, String> parameters,
                                     Locale locale) {
        Map<String, Object> model = new HashMap<>(layout(locale));
        Map<String, String> overrides = new LinkedHashMap<>(parameters);
        overrides.remove("lang");
        overrides.values().removeIf(String::isBlank);
        // A shared link picks up parameters on its way (utm_source, fbclid …): those that name no
        // figure of the article are set aside, and the page says which, so a mistyped id is seen too.
        // (The JSON API, whose caller chose every name, still refuses them.)
        List<String> ignored = overrides.keySet().stream().filter(name -> article.figure(name).isEmpty()).toList();
        overrides.keySet().removeAll(ignored);
        if (!ignored.isEmpty()) {
            model.put("whatIfIgnored", texts.ignoredNote(ignored, locale));
        }
        model.put("claimReviews", "[]");
        try {
            WhatIf.Result result = whatIf.apply(article, overrides);
            model.put("article", result.article());
            model.put("whatIf", result);
            Map<String, String> notComputable = new LinkedHashMap<>();
            result.notComputable().forEach((id, problem) -> notComputable.put(id, texts.explain(article, problem, locale)));
            model.put("whatIfNotComputable", notComputable);
            figureId.ifPresent(id -> addFigure(model, result.article(), id, locale));
        } catch (WhatIf.Refused e) {
            model.put("article", article);
            model.put("whatIfError", texts.explain(article, e, locale));
            // Each field keeps what the reader typed, and says what is wrong with it.
            model.put("whatIfTyped", overrides);
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            e.problems().forEach(p -> p.figureId().ifPresent(id -> fieldErrors.merge(id, texts.explain(article, p, locale),
                    (a, b) -> a + " " + b)));
            model.put("whatIfFieldErrors", fieldErrors);
            figureId.ifPresent(id -> addFigure(model, article, id, locale));
        }
        return model;
    }

    /** The figure and its pictures, drawn from the article as computed (with the what-if's values). */
    private void addFigure(Map<String, Object> model, ReaderArticle article, String id, Locale locale) {
        Figure figure = article.figure(id).orElseThrow();
        model.put("figure", figure);
        model.putAll(FigureGraphics.model(article, figure, Links.server(locale), messages, locale));
    }
}
