package org.evidencereader.site;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.evidencereader.claim.Verdict;
import org.evidencereader.claim.VerdictFamily;
import org.evidencereader.diagnostic.DiagnosticGroup;
import org.evidencereader.figure.Consistency;
import org.evidencereader.library.Figure;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.library.ReaderArticle;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders pages with Thymeleaf into memory, once per language: the library-wide pages of a
 * snapshot, and each article's pages (reader, ledger and derivations), all at once (for the export)
 * or one at a time from the maps of recipes (for the server, which renders a page when it is asked
 * for). Every page gets the same layout model ({@link #layout}), with the links of the given style.
 * A page that fails to render becomes a plain error page of its own; it never takes other pages
 * down with it.
 */
public final class PageRenderer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PageRenderer.class);

    /**
     * The largest page served. The templates bound every list that grows with the library (see
     * {@link DerivationTree} and {@link Derivations}), so no page of a library within the loader's
     * limits comes near it; it stands guard against one that still would, naming its figure.
     */
    static final int MAX_PAGE_BYTES = 16 << 20;

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final StaticAssets assets;
    private final Links.Style links;
    private final boolean editing;
    private final Optional<EditorDrafts> drafts;

    public PageRenderer(
            ITemplateEngine templates,
            MessageSource messages,
            StaticAssets assets,
            Links.Style links,
            boolean editing) {
        this(templates, messages, assets, links, editing, Optional.empty());
    }

    /** @param drafts the drafts an editor's reader page offers for its uncovered numbers, in editing mode */
    PageRenderer(
            ITemplateEngine templates,
            MessageSource messages,
            StaticAssets assets,
            Links.Style links,
            boolean editing,
            Optional<EditorDrafts> drafts) {
        this.templates = templates;
        this.messages = messages;
        this.assets = assets;
        this.links = links;
        this.editing = editing;
        this.drafts = editing ? drafts : Optional.empty();
    }

    /** The library-wide pages, not yet rendered: the list of articles, diagnostics, the 404 page. */
    Map<PageKey, Supplier<RenderedPage>> libraryPages(LibrarySnapshot snapshot) {
        Map<PageKey, Supplier<RenderedPage>> pages = new HashMap<>();
        for (Locale locale : SupportedLocales.ALL) {
            put(pages, new Route.Library(), locale, "library", () -> Map.of("library", snapshot), HttpStatus.OK);
            put(
                    pages,
                    new Route.Diagnostics(),
                    locale,
                    "diagnostics",
                    () -> Map.of(
                            "library",
                            snapshot,
                            "diagnostics",
                            snapshot.diagnostics(),
                            "groups",
                            DiagnosticGroup.of(ApiDocuments.errorsFirst(snapshot.diagnostics()))),
                    HttpStatus.OK);
            put(pages, new Route.NotFound(), locale, "not-found", Map::of, HttpStatus.NOT_FOUND);
        }
        return pages;
    }

    /**
     * The page for a request the HTTP server refused before the application saw it: the 404
     * page's look, with the title and text under these keys. It is served at whatever address was
     * refused, which may be one no page can be reached at again ({@code //articles/x}), so its
     * language switch leads to the library in the other language.
     */
    public RenderedPage renderRefused(String titleKey, String bodyKey, Locale locale, HttpStatus status) {
        Links from = links.on(new Route.NotFound(), locale);
        return render(
                new Route.NotFound(),
                "refused",
                locale,
                Map.of("titleKey", titleKey, "bodyKey", bodyKey, "languageHref", from.library() + from.otherLanguage()),
                status);
    }

    /**
     * An article's reader page, ledger and the derivation page of each of its figures, in one
     * language, not yet rendered: each key with what renders it, so a server can render only the
     * page asked for.
     */
    Map<PageKey, Supplier<RenderedPage>> articlePages(ReaderArticle article, Locale locale) {
        Map<PageKey, Supplier<RenderedPage>> pages = new HashMap<>();
        String slug = article.slug();
        put(
                pages,
                new Route.Article(slug),
                locale,
                "article",
                () -> {
                    Map<String, Object> model = new HashMap<>(Map.of(
                            "article",
                            article,
                            "claimReviews",
                            ClaimReviews.scriptJson(ClaimReviews.of(article, messages, locale))));
                    // in editing mode only, and never in an export: readers' pages pay nothing for drafts
                    drafts.filter(d ->
                                    !links.on(new Route.Article(slug), locale).exported())
                            .flatMap(d -> drafted(d, article))
                            .ifPresent(d -> model.put("drafts", d));
                    return model;
                },
                HttpStatus.OK);
        put(pages, new Route.Ledger(slug), locale, "ledger", () -> Map.of("article", article), HttpStatus.OK);
        for (Figure figure : article.figures().values()) {
            Route.Figure route = new Route.Figure(slug, figure.id());
            put(
                    pages,
                    route,
                    locale,
                    "figure",
                    () -> {
                        Map<String, Object> model = new HashMap<>(Map.of("article", article, "figure", figure));
                        model.putAll(FigureGraphics.model(article, figure, links.on(route, locale), messages, locale));
                        return model;
                    },
                    HttpStatus.OK);
        }
        return pages;
    }

    /** An editor's page without drafts rather than no page, should drafting fail. */
    private static Optional<PageDrafts> drafted(EditorDrafts drafts, ReaderArticle article) {
        try {
            return Optional.of(drafts.of(article));
        } catch (RuntimeException e) {
            LOG.error("cannot draft claims for the uncovered numbers of " + article.slug(), e);
            return Optional.empty();
        }
    }

    private void put(
            Map<PageKey, Supplier<RenderedPage>> pages,
            Route route,
            Locale locale,
            String template,
            Supplier<Map<String, Object>> model,
            HttpStatus status) {
        pages.put(PageKey.of(route, locale), () -> render(route, template, locale, model.get(), status));
    }

    /**
     * What the layout and every page need besides their own model: the page's {@code links}, the
     * {@code assets} under their hashed names, whether the page is {@code exported}, whether it shows
     * the editors' tools ({@code editing}: never in an export), and the checks, verdicts and verdict
     * families the legends list.
     */
    public static Map<String, Object> layout(Links links, StaticAssets assets, boolean editing) {
        return Map.of(
                "links",
                links,
                "assets",
                assets.links(links.assetRoot()),
                "exported",
                links.exported(),
                "editing",
                editing && !links.exported(),
                "checks",
                Consistency.values(),
                "verdicts",
                Verdict.values(),
                "families",
                VerdictFamily.values());
    }

    private RenderedPage render(
            Route page, String template, Locale locale, Map<String, Object> model, HttpStatus status) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.putAll(layout(links.on(page, locale), assets, editing));
        String path = page.path();
        byte[] html;
        try {
            html = templates.process(template, new Context(locale, variables)).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            LOG.error("cannot render page " + path + " ('" + template + "')", e);
            return failure(
                    locale,
                    messages.getMessage("error.title", null, locale),
                    messages.getMessage("error.body", null, locale));
        }
        if (html.length > MAX_PAGE_BYTES) {
            String name = name(model, locale).orElse(path);
            LOG.warn(
                    "page {} ({}) is {} bytes, over the limit of {}: not served",
                    path,
                    name,
                    html.length,
                    MAX_PAGE_BYTES);
            return failure(
                    locale,
                    messages.getMessage("error.too-large.title", null, locale),
                    messages.getMessage("error.too-large.body", new Object[] {name, MAX_PAGE_BYTES >> 20}, locale));
        }
        return RenderedPage.of(html, RenderedPage.HTML, status);
    }

    /** What a reader is told instead of a page that could not be made: a page of its own, never a cut one. */
    private static RenderedPage failure(Locale locale, String title, String body) {
        return RenderedPage.of(
                "<!DOCTYPE html><html lang=\"" + SupportedLocales.tag(locale) + "\"><meta charset=\"utf-8\">"
                        + "<title>" + HtmlUtils.htmlEscape(title) + "</title><h1>" + HtmlUtils.htmlEscape(title)
                        + "</h1><p>"
                        + HtmlUtils.htmlEscape(body) + "</p></html>",
                HttpStatus.INTERNAL_SERVER_ERROR);
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
