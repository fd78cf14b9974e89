package org.evidencereader.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the content lives: {@code reader.articles-dir}, {@code reader.claims-dir} and whether to
 * watch them for changes ({@code reader.watch}).
 */
@ConfigurationProperties("reader")
public record ReaderProperties(@DefaultValue("articles") Path articlesDir,
                               @DefaultValue("claims") Path claimsDir,
                               @DefaultValue("true") boolean watch) {
}
