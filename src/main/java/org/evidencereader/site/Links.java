package org.evidencereader.web;

import java.util.Locale;

/**
 * How a rendered page links to other pages and to assets. On the server every link is absolute
 * from the site root ({@code root} is ""); in the static export every link is relative to the
 * page's own folder ({@code root} is "../.." for {@code articles/<slug>/index.html}), so that the
 * export works from any sub-path and from {@code file://}.
 */
public interface PageLinks {

    /** What templates prepend to a page path such as {@code /articles/<slug>}. */
    String root(String path, Locale locale);

    /** What is prepended to an asset URL such as {@code /assets/css/reader.3f2a9c1b.css}. */
    String assetRoot(String path, Locale locale);

    /** True in the static export: no server behind the page (no what-if, no language cookie). */
    boolean exported();

    /** The server's links: absolute paths from the site root. */
    PageLinks SERVER = new PageLinks() {
        @Override
        public String root(String path, Locale locale) {
            return "";
        }

        @Override
        public String assetRoot(String path, Locale locale) {
            return "";
        }

        @Override
        public boolean exported() {
            return false;
        }
    };
}
