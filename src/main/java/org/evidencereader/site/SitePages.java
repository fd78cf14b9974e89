package org.evidencereader.site;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.library.ReaderArticle;
import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page and document of a snapshot, by {@link PageKey}: as recipes that render one when it is
 * asked for (the server's {@link SiteCache}), or all rendered at once (the static export). Both
 * use the same templates, messages and JSON mapper, so the export is what the server serves except
 * for the links, which come from the given {@link Links.Style}.
 */
public final class SitePages {

    private final PageRenderer pages;
    private final DocumentRenderer documents;

    /** @param editing whether pages show the editors' tools (see {@link PageRenderer#layout}) */
    public SitePages(
            ITemplateEngine templates,
            MessageSource messages,
            JsonMapper json,
            StaticAssets assets,
            Links.Style links,
            boolean editing) {
        this(templates, messages, json, assets, links, editing, Optional.empty());
    }

    /** @param drafts what an editor's reader page offers for its uncovered numbers (editing mode only) */
    public SitePages(
            ITemplateEngine templates,
            MessageSource messages,
            JsonMapper json,
            StaticAssets assets,
            Links.Style links,
            boolean editing,
            Optional<EditorDrafts> drafts) {
        this.pages = new PageRenderer(templates, messages, assets, links, editing, drafts);
        this.documents = new DocumentRenderer(json, messages);
    }

    /** The library-wide pages and documents: the list of articles, diagnostics, the 404 page, their JSON. */
    Map<PageKey, Supplier<RenderedPage>> library(LibrarySnapshot snapshot) {
        Map<PageKey, Supplier<RenderedPage>> recipes = new HashMap<>(pages.libraryPages(snapshot));
        recipes.putAll(documents.libraryDocuments(snapshot));
        return recipes;
    }

    /** An article's pages in one language: reader, ledger, a derivation page per figure. */
    Map<PageKey, Supplier<RenderedPage>> articlePages(ReaderArticle article, Locale locale) {
        return pages.articlePages(article, locale);
    }

    /** An article's documents: its JSON, its figures', its ClaimReviews, its ledger downloads. */
    Map<PageKey, Supplier<RenderedPage>> articleDocuments(ReaderArticle article) {
        return documents.articleDocuments(article);
    }

    /** Everything the snapshot serves, rendered now: every page in every language and every document. */
    public Map<PageKey, RenderedPage> renderAll(LibrarySnapshot snapshot) {
        Map<PageKey, Supplier<RenderedPage>> recipes = new HashMap<>(library(snapshot));
        for (ReaderArticle article : snapshot.articles()) {
            for (Locale locale : SupportedLocales.ALL) {
                recipes.putAll(articlePages(article, locale));
            }
            recipes.putAll(articleDocuments(article));
        }
        Map<PageKey, RenderedPage> rendered = new HashMap<>();
        recipes.forEach((key, recipe) -> rendered.put(key, recipe.get()));
        return rendered;
    }
}
