package org.evidencereader.web;

import org.evidencereader.library.Figure;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.library.ReaderArticle;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders every page of a snapshot with Thymeleaf, once per language, into memory. Requests then
 * only look pages up; nothing is rendered on the request path.
 */
final class PageRenderer {

    private final ITemplateEngine templates;

    PageRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** Every page of the snapshot, keyed by {@link #key(String, Locale)}. */
    Map<String, RenderedPage> renderAll(LibrarySnapshot snapshot) {
        Map<String, RenderedPage> pages = new HashMap<>();
        for (Locale locale : SupportedLocales.ALL) {
            pages.put(key("/", locale), render("library", locale, Map.of("library", snapshot)));
            pages.put(key("/diagnostics", locale), render("diagnostics", locale, Map.of("library", snapshot)));
            pages.put(key("404", locale), render("not-found", locale, Map.of()));
            for (ReaderArticle article : snapshot.articles()) {
                String base = "/articles/" + article.slug();
                pages.put(key(base, locale), render("article", locale, Map.of("article", article)));
                for (Figure figure : article.figures().values()) {
                    pages.put(key(base + "/figures/" + figure.id(), locale),
                            render("figure", locale, Map.of("article", article, "figure", figure)));
                }
            }
        }
        return pages;
    }

    static String key(String path, Locale locale) {
        return SupportedLocales.tag(locale) + " " + path;
    }

    private RenderedPage render(String template, Locale locale, Map<String, Object> model) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("root", "");
        variables.put("lang", SupportedLocales.tag(locale));
        return RenderedPage.of(templates.process(template, new Context(locale, variables)));
    }
}
