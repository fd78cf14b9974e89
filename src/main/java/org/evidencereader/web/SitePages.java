package org.evidencereader.web;

import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.library.ReaderArticle;
import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every page and document of a snapshot, rendered with the given links, for the static export:
 * the same templates, messages and JSON mapper as the server, so the export is what the server
 * serves except for the links.
 */
public final class SitePages {

    /**
     * A page: its server path ({@code /}, {@code /articles/<slug>} …; the 404 page is {@link #NOT_FOUND}),
     * and whether it failed to render ({@code html} is then the page that says so).
     */
    public record Page(String path, Locale locale, byte[] html, boolean failed) {
    }

    /**
     * A JSON or CSV document: its server path ({@code /api/articles}, {@code /articles/<slug>/ledger.csv} …),
     * and its language if it depends on one.
     */
    public record Document(String path, Optional<Locale> locale, byte[] bytes) {
    }

    public static final String NOT_FOUND = PageRenderer.NOT_FOUND;

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final StaticAssets assets;
    private final DocumentRenderer documents;

    public SitePages(ITemplateEngine templates, MessageSource messages, JsonMapper json, StaticAssets assets) {
        this.templates = templates;
        this.messages = messages;
        this.assets = assets;
        this.documents = new DocumentRenderer(json, messages);
    }

    /** The interface languages, the default (Chinese) first. */
    public static List<Locale> locales() {
        return SupportedLocales.ALL;
    }

    public static String tag(Locale locale) {
        return SupportedLocales.tag(locale);
    }

    public List<Page> pages(LibrarySnapshot snapshot, PageLinks links) {
        PageRenderer renderer = new PageRenderer(templates, messages, assets, links);
        List<Page> pages = new ArrayList<>();
        collect(renderer.renderLibrary(snapshot), pages);
        for (ReaderArticle article : snapshot.articles()) {
            collect(renderer.renderArticle(article), pages);
        }
        pages.sort(Comparator.comparing(Page::path).thenComparing(p -> tag(p.locale())));
        return pages;
    }

    public List<Document> documents(LibrarySnapshot snapshot) {
        List<Document> all = new ArrayList<>();
        collectDocuments(documents.renderLibrary(snapshot), all);
        for (ReaderArticle article : snapshot.articles()) {
            collectDocuments(documents.renderArticle(article), all);
        }
        all.sort(Comparator.comparing(Document::path).thenComparing(d -> d.locale().map(SitePages::tag).orElse("")));
        return all;
    }

    private static void collect(Map<String, RenderedPage> rendered, List<Page> into) {
        rendered.forEach((key, page) -> {
            int space = key.indexOf(' ');
            Locale locale = SupportedLocales.fromTag(key.substring(0, space)).orElseThrow();
            into.add(new Page(key.substring(space + 1), locale, page.body(), page.status().is5xxServerError()));
        });
    }

    private static void collectDocuments(Map<String, RenderedPage> rendered, List<Document> into) {
        rendered.forEach((key, document) -> {
            int space = key.indexOf(' ');
            String language = key.substring(0, space);
            Optional<Locale> locale = language.equals(DocumentRenderer.ANY_LANGUAGE)
                    ? Optional.empty() : SupportedLocales.fromTag(language);
            into.add(new Document(key.substring(space + 1), locale, document.body()));
        });
    }
}
