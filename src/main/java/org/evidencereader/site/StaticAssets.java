package org.evidencereader.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;

/**
 * The files under {@code static/} on the classpath, read once at start-up, each with a name that
 * carries a hash of its content ({@code css/reader.css} → {@code /assets/css/reader.3f2a9c1b.css}).
 * A hashed name never changes meaning, so it is served as immutable; a changed file gets a new
 * name, and the pages that link it change with it. The unhashed paths keep working through
 * Spring's ordinary resource handling.
 */
@Component
public final class StaticAssets {

    /** Where hashed assets live, on the server and in the export. */
    public static final String PREFIX = "/assets/";

    /** One asset: its path under {@code static/}, its hashed path under {@code /assets/}, its body. */
    public record Asset(String path, String hashedPath, RenderedPage served) {

        public byte[] bytes() {
            return served.body();
        }

        public byte[] gzip() {
            return served.gzip();
        }

        /** Worth keeping a gzip copy: text, and the copy is really smaller. */
        public boolean compressible() {
            MediaType type = served.contentType();
            boolean text = type.getType().equals("text")
                    || type.getSubtype().contains("javascript")
                    || type.getSubtype().contains("json")
                    || type.getSubtype().contains("svg");
            return text && served.gzip().length < served.body().length;
        }
    }

    private final Map<String, Asset> byPath;
    private final Map<String, Asset> byHashedPath;

    public StaticAssets() {
        this(load("static/"));
    }

    StaticAssets(Map<String, byte[]> files) {
        Map<String, Asset> paths = new TreeMap<>();
        Map<String, Asset> hashed = new TreeMap<>();
        files.forEach((path, bytes) -> {
            MediaType type = MediaTypeFactory.getMediaType(path).orElse(MediaType.APPLICATION_OCTET_STREAM);
            if (type.getType().equals("text") || type.getSubtype().contains("javascript")) {
                type = new MediaType(type, java.nio.charset.StandardCharsets.UTF_8);
            }
            RenderedPage served = RenderedPage.of(bytes, type, HttpStatus.OK);
            Asset asset = new Asset(path, hashedName(path, served.etag().substring(1, 9)), served);
            paths.put(path, asset);
            hashed.put(asset.hashedPath(), asset);
        });
        this.byPath = Map.copyOf(paths);
        this.byHashedPath = Map.copyOf(hashed);
    }

    /** {@code css/reader.css} + {@code 3f2a9c1b} → {@code css/reader.3f2a9c1b.css}. */
    static String hashedName(String path, String hash) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(0, dot) + "." + hash + path.substring(dot) : path + "." + hash;
    }

    /** The URL path of an asset's hashed copy, e.g. {@code /assets/css/reader.3f2a9c1b.css}. */
    public String url(String path) {
        Asset asset = byPath.get(path);
        if (asset == null) {
            throw new IllegalArgumentException("no static asset '" + path + "' on the classpath");
        }
        return PREFIX + asset.hashedPath();
    }

    /** The asset at this path under {@code static/} ({@code css/reader.css}), served at {@code /css/reader.css}. */
    public Optional<Asset> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The asset whose hashed path (after {@code /assets/}) this is. */
    public Optional<Asset> byHashedPath(String hashedPath) {
        return Optional.ofNullable(byHashedPath.get(hashedPath));
    }

    public Collection<Asset> all() {
        return byPath.values();
    }

    /** The links to assets from one page: {@code prefix} is "" on the server, relative in the export. */
    public AssetLinks links(String prefix) {
        return new AssetLinks(this, prefix);
    }

    /** Used by templates as {@code ${assets.href('css/reader.css')}}. */
    public record AssetLinks(StaticAssets assets, String prefix) {
        public String href(String path) {
            return prefix + assets.url(path);
        }
    }

    private static Map<String, byte[]> load(String folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath:" + folder + "**")) {
                if (!resource.isReadable()
                        || resource.getFilename() == null
                        || resource.getFilename().isEmpty()) {
                    continue;
                }
                String url = resource.getURL().toString();
                int at = url.lastIndexOf("/" + folder);
                if (at < 0) {
                    continue;
                }
                String path = url.substring(at + folder.length() + 1);
                if (path.isEmpty() || path.endsWith("/")) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    files.put(path, in.readAllBytes());
                } catch (IOException directory) {
                    // a folder entry that claims to be readable: nothing to serve
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the static assets", e);
        }
        return files;
    }
}
