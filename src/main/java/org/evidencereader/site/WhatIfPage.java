package org.evidencereader.site;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.evidencereader.library.Figure;
import org.evidencereader.library.ReaderArticle;
import org.evidencereader.library.WhatIf;
import org.springframework.context.MessageSource;

/**
 * The model of the reader page or of a derivation page computed with a reader's values: what the
 * templates "article" and "figure" show for {@code /articles/<slug>/what-if?…}. Such a page is
 * rendered per request (the values are the reader's), by the server's view resolution, with the
 * same layout model as every page in memory. Computing the values is the caller's
 * ({@link Outcome}).
 */
public final class WhatIfPage {

    private final MessageSource messages;
    private final StaticAssets assets;
    private final WhatIfTexts texts;

    private final boolean editing;

    public WhatIfPage(MessageSource messages, StaticAssets assets, boolean editing) {
        this.editing = editing;
        this.messages = messages;
        this.assets = assets;
        this.texts = new WhatIfTexts(messages);
    }

    /** What every page of the layout needs, for a page of the server in this language. */
    public Map<String, Object> layout(Locale locale) {
        return PageRenderer.layout(Links.server(locale), assets, editing);
    }

    /** The values an address asks for (figure id → value as written), and the names it has that no figure has. */
    public record Asked(Map<String, String> values, List<String> ignored) {
        public Asked {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            ignored = List.copyOf(ignored);
        }
    }

    /** What a what-if gives: the article computed again, or every problem with the values given. */
    public sealed interface Outcome permits Computed, Refused {}

    public record Computed(WhatIf.Result result) implements Outcome {}

    public record Refused(List<WhatIf.Problem> problems) implements Outcome {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The values of an address ({@code lang} and blank values left out). A shared link picks up
     * parameters on its way (utm_source, fbclid …): those that name no figure of the article are
     * set aside, and the page says which, so a mistyped id is seen too. (The JSON API, whose caller
     * chose every name, still refuses them.)
     */
    public static Asked asked(ReaderArticle article, Map<String, String> parameters) {
        Map<String, String> values = new LinkedHashMap<>(parameters);
        values.remove("lang");
        values.values().removeIf(String::isBlank);
        List<String> ignored = values.keySet().stream()
                .filter(name -> article.figure(name).isEmpty())
                .toList();
        values.keySet().removeAll(ignored);
        return new Asked(values, ignored);
    }

    /**
     * The model of the article's page (or of its figure's page, {@code figureId}, which the article
     * has) for the values asked and what computing them gave.
     */
    public Map<String, Object> model(
            ReaderArticle article, Optional<String> figureId, Asked asked, Outcome outcome, Locale locale) {
        Map<String, Object> model = new HashMap<>(layout(locale));
        if (!asked.ignored().isEmpty()) {
            model.put("whatIfIgnored", texts.ignoredNote(asked.ignored(), locale));
        }
        model.put("claimReviews", "[]");
        if (outcome instanceof Computed computed) {
            WhatIf.Result result = computed.result();
            model.put("article", result.article());
            model.put("whatIf", result);
            model.put("whatIfWas", was(article, result));
            Map<String, String> notComputable = new LinkedHashMap<>();
            result.notComputable()
                    .forEach((id, problem) -> notComputable.put(id, texts.explain(article, problem, locale)));
            model.put("whatIfNotComputable", notComputable);
            figureId.ifPresent(id -> addFigure(model, result.article(), id, locale));
        } else {
            List<WhatIf.Problem> problems = ((Refused) outcome).problems();
            model.put("article", article);
            model.put("whatIfError", texts.explain(article, problems, locale));
            // Each field keeps what the reader typed, and says what is wrong with it.
            model.put("whatIfTyped", asked.values());
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            problems.forEach(p -> p.figureId()
                    .ifPresent(id -> fieldErrors.merge(id, texts.explain(article, p, locale), (a, b) -> a + " " + b)));
            model.put("whatIfFieldErrors", fieldErrors);
            figureId.ifPresent(id -> addFigure(model, article, id, locale));
        }
        return model;
    }

    /**
     * What each changed figure shows in the article, by id: a what-if shows it beside the new value
     * (50.4万千瓦 → 25.2万千瓦), so the reader sees what changed and by how much.
     */
    static Map<String, String> was(ReaderArticle article, WhatIf.Result result) {
        Map<String, String> was = new LinkedHashMap<>();
        for (String id : result.changed()) {
            article.figure(id).filter(f -> !f.display().isEmpty()).ifPresent(f -> was.put(id, f.display()));
        }
        return was;
    }

    /** The figure and its pictures, drawn from the article as computed (with the what-if's values). */
    private void addFigure(Map<String, Object> model, ReaderArticle article, String id, Locale locale) {
        Figure figure = article.figure(id).orElseThrow();
        model.put("figure", figure);
        model.putAll(FigureGraphics.model(article, figure, Links.server(locale), messages, locale));
    }
}
