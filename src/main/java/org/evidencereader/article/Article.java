package org.evidencereader.article;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A parsed article: its front matter and its passages in order. */
public record Article(String slug, String file, FrontMatter meta, List<Passage> passages) {

    public Article {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(meta, "meta");
        passages = List.copyOf(passages);
    }

    public Optional<Passage> passage(String id) {
        return passages.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
