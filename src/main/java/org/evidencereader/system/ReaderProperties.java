package org.evidencereader.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code reader.*} setting, bound here and nowhere else; {@code application.properties}
 * lists each with its default and meaning.
 *
 * @param articlesDir {@code reader.articles-dir}: the folder of {@code <slug>.md} articles
 * @param claimsDir {@code reader.claims-dir}: the folder of {@code <slug>/*.yaml} claim files
 * @param watch {@code reader.watch}: whether to watch both folders and reload what changes
 * @param pageCache {@code reader.page-cache}: the memory held by rendered article pages and
 *     documents, their gzip copies included; the least recently asked for go first beyond it
 * @param editing {@code reader.editing}: whether pages show the editors' tools (the coverage
 *     highlight, the diagnostics link, the error banners); off for readers, never in the export
 */
@ConfigurationProperties("reader")
public record ReaderProperties(
        @DefaultValue("articles") Path articlesDir,
        @DefaultValue("claims") Path claimsDir,
        @DefaultValue("true") boolean watch,
        @DefaultValue("64MB") DataSize pageCache,
        @DefaultValue("false") boolean editing) {}
