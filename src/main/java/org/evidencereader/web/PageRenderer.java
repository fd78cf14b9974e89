package org.evidencereader.web;

import org.evidencereader.claim.Verdict;
import org.evidencereader.figure.Consistency;
import org.evidencereader.library.Figure;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.library.ReaderArticle;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders pages with Thymeleaf into memory, once per language: the library-wide pages of a
 * snapshot, and each article's pages (reader and derivations), all at once (for the export) or one
 * at a time from the maps of recipes (for the server, which renders a page when it is asked for).
 * A page that fails to render becomes a plain error page of its own; it never takes other pages
 * down with it.
 */
final class PageRenderer {

    private static final Logger LOG = Logger.getLogger(PageRenderer.class.getName());

    /**
     * The largest page served. The templates bound every list that grows with the library (see
     * {@link DerivationTree} and {@link Derivations}), so no page of a library within the loader's
     * limits comes near it; it stands guard against one that still would, naming its figure.
     */
    static final int MAX_PAGE_BYTES = 16 << 20;

    /** The key of the 404 page in the maps returned here. */
    static final String NOT_FOUND = "404";

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final StaticAssets assets;
    private final PageLinks links;

    PageRenderer(ITemplateEngine templates, MessageSource messages, StaticAssets assets, PageLinks links) {
        this.templates = templates;
        this.messages = messages;
        this.assets = assets;
        this.links = links;
    }

    /** The pages that depend on the whole library: the list of articles, diagnostics, the 404 page. */
    Map<String, RenderedPage> renderLibrary(LibrarySnapshot snapshot) {
        return renderAll(libraryPages(snapshot));
    }

    /** The library-wide pages, not yet rendered: each key with what renders it. */
    Map<String, Supplier<RenderedPage>> libraryPages(LibrarySnapshot snapshot) {
        Map<String, Supplier<RenderedPage>> pages = new HashMap<>();
        for (Locale locale : SupportedLocales.ALL) {
            pages.put(key("/", locale), () -> render("/", "library", locale, Map.of("library", snapshot), HttpStatus.OK));
            pages.put(key("/diagnostics", locale),
                    () -> render("/diagnostics", "diagnostics", locale,
                            Map.of("library", snapshot, "diagnostics", ApiDocuments.errorsFirst(snapshot.diagnostics())), HttpStatus.OK));
            pages.put(key(NOT_FOUND, locale), () -> render("/", "not-found", locale, Map.of(), HttpStatus.NOT_FOUND));
        }
        return pages;
    }

    /**
     * The page for a request the HTTP server refused before the application saw it
     * ({@link RefusedRequests}): the 404 page's look, with the title and text under these keys. It is
     * served at whatever address was refused, which may be one no page can be reached at again
     * ({@code //articles/x}), so its language switch leads to the library in the other language.
     */
    RenderedPage renderRefused(String titleKey, String bodyKey, Locale locale, HttpStatus status) {
        Locale other = SupportedLocales.ALL.stream().filter(l -> !l.equals(locale)).findFirst().orElse(locale);
        String library = links.root("/", locale) + "/";
        return render("/", "refused", locale, Map.of("titleKey", titleKey, "bodyKey", bodyKey,
                "languageHref", library + "?lang=" + SupportedLocales.tag(other)), status);
    }

    /** An article's reader page and the derivation page of each of its figures. */
    Map<String, RenderedPage> renderArticle(ReaderArticle article) {
        Map<String, RenderedPage> pages = new HashMap<>();
        for (Locale locale : SupportedLocales.ALL) {
            pages.putAll(renderAll(articlePages(article, locale)));
        }
        return pages;
    }

    /**
     * An article's reader page, ledger and the derivation page of each of its figures, in one
     * language, not yet rendered: each key with what renders it, so a server can render only the
     * page asked for.
     */
    Map<String, Supplier<RenderedPage>> articlePages(ReaderArticle article, Locale locale) {
        Map<String, Supplier<RenderedPage>> pages = new HashMap<>();
        String base = "/articles/" + article.slug();
        pages.put(key(base, locale), () -> render(base, "article", locale, Map.of("article", article,
                "claimReviews", ClaimReviews.scriptJson(ClaimReviews.of(article, messages, locale))), HttpStatus.OK));
        pages.put(key(base + "/ledger", locale),
                () -> render(base + "/ledger", "ledger", locale, Map.of("article", article), HttpStatus.OK));
        for (Figure figure : article.figures().values()) {
            String path = base + "/figures/" + figure.id();
            pages.put(key(path, locale), () -> {
                Map<String, Object> model = new HashMap<>(Map.of("article", article, "figure", figure));
                model.putAll(FigureGraphics.model(article, figure, links.root(path, locale), messages, locale));
                return render(path, "figure", locale, model, HttpStatus.OK);
            });
        }
        return pages;
    }

    static Map<String, RenderedPage> renderAll(Map<String, Supplier<RenderedPage>> recipes) {
        Map<String, RenderedPage> rendered = new HashMap<>();
        recipes.forEach((key, recipe) -> rendered.put(key, recipe.get()));
        return rendered;
    }

    static String key(String path, Locale locale) {
        return SupportedLocales.tag(locale) + " " + path;
    }

    /** {@code path} is where the page is served (the 404 page counts as the site root). */
    private RenderedPage render(String path, String template, Locale locale, Map<String, Object> model, HttpStatus status) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("root", links.root(path, locale));
        variables.put("assets", assets.links(links.assetRoot(path, locale)));
        variables.put("exported", links.exported());
        variables.put("checks", Consistency.values());
        variables.put("verdicts", Verdict.values());
        byte[] html;
        try {
            html = templates.process(template, new Context(locale, variables)).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "cannot render page " + path + " ('" + template + "')", e);
            return failure(locale, messages.getMessage("error.title", null, locale), messages.getMessage("error.body", null, locale));
        }
        if (html.length > MAX_PAGE_BYTES) {
            String name = name(model, locale).orElse(path);
            LOG.warning(() -> "page " + path + " (" + name + ") is " + html.length + " bytes, over the limit of "
                    + MAX_PAGE_BYTES + ": not served");
            return failure(locale, messages.getMessage("error.too-large.title", null, locale),
                    messages.getMessage("error.too-large.body", new Object[] {name, MAX_PAGE_BYTES >> 20}, locale));
        }
        return RenderedPage.of(html, RenderedPage.HTML, status);
    }

    /** What a reader is told instead of a page that could not be made: a page of its own, never a cut one. */
    private static RenderedPage failure(Locale locale, String title, String body) {
        return RenderedPage.of("<!DOCTYPE html><html lang=\"" + SupportedLocales.tag(locale) + "\"><meta charset=\"utf-8\">"
                + "<title>" + HtmlUtils.htmlEscape(title) + "</title><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>"
                + HtmlUtils.htmlEscape(body) + "</p></html>", HttpStatus.INTERNAL_SERVER_ERROR);
    }

    /** The figure a page is about, or its article, by label or title. */
    private static Optional<String> name(Map<String, Object> model, Locale locale) {
        if (model.get("figure") instanceof Figure figure) {
            return Optional.of(figure.label().in(locale) + " (" + figure.id() + ")");
        }
        if (model.get("article") instanceof ReaderArticle article) {
            return Optional.of(article.article().meta().titleIn(locale));
        }
        return Optional.empty();
    }
}
