package org.evidencereader.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.site.PageKey;
import org.evidencereader.site.RenderedPage;
import org.evidencereader.site.Route;
import org.evidencereader.site.SitePages;
import org.evidencereader.site.StaticAssets;
import org.evidencereader.site.SupportedLocales;
import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a snapshot as a static site (see {@link ExportLayout} for where everything goes). Next to
 * every text file worth compressing it writes a {@code .gz} copy, which nginx's
 * {@code gzip_static on} (and most CDNs) serve as they are.
 */
public final class SiteExporter {

    /**
     * What was written, and the pages that failed to render (language and path: {@code en /articles/x/figures/y}),
     * which must not be published.
     */
    public record Result(int pages, int documents, int assets, long bytes, List<String> failed) {
        public Result {
            failed = List.copyOf(failed);
        }
    }

    private final SitePages site;
    private final StaticAssets assets;

    /** The site rendered with the export's links: the same templates, messages and JSON as the server. */
    public SiteExporter(ITemplateEngine templates, MessageSource messages, JsonMapper json, StaticAssets assets) {
        this.site = new SitePages(templates, messages, json, assets, new ExportLayout(), false);
        this.assets = assets;
    }

    public Result export(LibrarySnapshot snapshot, Path out) throws IOException {
        Files.createDirectories(out);
        long bytes = 0;
        int pages = 0;
        int documents = 0;
        List<String> failed = new ArrayList<>();
        for (Map.Entry<PageKey, RenderedPage> rendered :
                site.renderAll(snapshot).entrySet()) {
            Route route = rendered.getKey().route();
            Locale locale = rendered.getKey().locale();
            byte[] body = rendered.getValue().body();
            if (route instanceof Route.Page) {
                if (rendered.getValue().status().is5xxServerError()) {
                    failed.add(SupportedLocales.tag(locale) + " " + route.path());
                }
                bytes += write(out, ExportLayout.languagePrefix(locale) + ExportLayout.file(route), body, true);
                pages++;
            } else if (route.localised()) {
                bytes += write(out, ExportLayout.languagePrefix(locale) + ExportLayout.file(route), body, true);
                documents++;
            } else if (route instanceof Route.LedgerCsv || route instanceof Route.LedgerJson) {
                // Downloads linked from pages: one copy per language tree.
                for (Locale tree : SupportedLocales.ALL) {
                    bytes += write(out, ExportLayout.languagePrefix(tree) + ExportLayout.file(route), body, true);
                    documents++;
                }
            } else {
                bytes += write(out, ExportLayout.file(route), body, true);
                documents++;
            }
        }
        int files = 0;
        for (StaticAssets.Asset asset : assets.all()) {
            bytes += write(
                    out, StaticAssets.PREFIX.substring(1) + asset.hashedPath(), asset.bytes(), asset.compressible());
            bytes += write(out, asset.path(), asset.bytes(), asset.compressible());
            files++;
        }
        return new Result(pages, documents, files, bytes, failed);
    }

    /** Writes the file and, if asked and smaller, its {@code .gz} twin; returns the bytes written. */
    private static long write(Path out, String relative, byte[] bytes, boolean gzipToo) throws IOException {
        Path file = out.resolve(relative).normalize();
        if (!file.startsWith(out.normalize())) {
            throw new IOException("refusing to write outside the export folder: " + relative);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        long written = bytes.length;
        if (gzipToo) {
            byte[] gz = gzip(bytes);
            if (gz.length < bytes.length) {
                Files.write(file.resolveSibling(file.getFileName() + ".gz"), gz);
                written += gz.length;
            }
        }
        return written;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(buffer) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        }
        return buffer.toByteArray();
    }
}
