package org.evidencereader.export;

import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.web.SitePages;
import org.evidencereader.web.StaticAssets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a snapshot as a static site (see {@link ExportLayout} for where everything goes). Next to
 * every text file worth compressing it writes a {@code .gz} copy, which nginx's
 * {@code gzip_static on} (and most CDNs) serve as they are.
 */
public final class SiteExporter {

    /** What was written, and the pages that failed to render ({@code "en /articles/x/figures/y"}), which must not be published. */
    public record Result(int pages, int documents, int assets, long bytes, List<String> failed) {
        public Result {
            failed = List.copyOf(failed);
        }
    }

    private final SitePages site;
    private final StaticAssets assets;

    public SiteExporter(SitePages site, StaticAssets assets) {
        this.site = site;
        this.assets = assets;
    }

    public Result export(LibrarySnapshot snapshot, Path out) throws IOException {
        Files.createDirectories(out);
        ExportLayout layout = new ExportLayout();
        long[] bytes = {0};
        int pages = 0;
        List<String> failed = new ArrayList<>();
        for (SitePages.Page page : site.pages(snapshot, layout)) {
            if (page.failed()) {
                failed.add(SitePages.tag(page.locale()) + " " + page.path());
            }
            String html = ExportLinks.rewrite(new String(page.html(), StandardCharsets.UTF_8), page.path(), page.locale(), layout);
            String file = ExportLayout.languagePrefix(page.locale()) + ExportLayout.pageFile(page.path());
            bytes[0] += write(out, file, html.getBytes(StandardCharsets.UTF_8), true);
            pages++;
        }
        int documents = 0;
        for (SitePages.Document document : site.documents(snapshot)) {
            String file = ExportLayout.documentFile(document.path());
            if (document.locale().isPresent()) {
                bytes[0] += write(out, ExportLayout.languagePrefix(document.locale().get()) + file, document.bytes(), true);
                documents++;
            } else if (document.path().startsWith("/api/")) {
                bytes[0] += write(out, file, document.bytes(), true);
                documents++;
            } else {
                // Downloads linked from pages (the ledger's CSV and JSON): one copy per language tree.
                for (var locale : SitePages.locales()) {
                    bytes[0] += write(out, ExportLayout.languagePrefix(locale) + file, document.bytes(), true);
                    documents++;
                }
            }
        }
        int files = 0;
        for (StaticAssets.Asset asset : assets.all()) {
            bytes[0] += write(out, StaticAssets.PREFIX.substring(1) + asset.hashedPath(), asset.bytes(), asset.compressible());
            bytes[0] += write(out, asset.path(), asset.bytes(), asset.compressible());
            files++;
        }
        return new Result(pages, documents, files, bytes[0], failed);
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
