package org.evidencereader.export;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page rendered for the export into one that works as files: a link to a page
 * ({@code ../../articles/x/figures/y}, {@code ./}) gets its {@code index.html} (a folder opened
 * from {@code file://} shows a listing, not the page), and the language switch ({@code ?lang=en},
 * which needs the server's cookie) points to the same page in the other language's tree.
 * The pages are our own Thymeleaf output, where every attribute value is double-quoted.
 */
final class ExportLinks {

    private static final Pattern LINK = Pattern.compile("(\\s(?:href|src)=\")([^\"]*)(\")");
    private static final Pattern LANGUAGE_SWITCH = Pattern.compile("^\\?lang=([a-z]{2})$");

    private ExportLinks() {
    }

    static String rewrite(String html, String path, Locale locale, ExportLayout layout) {
        String root = layout.root(path, locale);
        String top = layout.assetRoot(path, locale);
        Matcher m = LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 1024);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + rewriteLink(m.group(2), root, top, path) + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String rewriteLink(String link, String root, String top, String path) {
        Matcher language = LANGUAGE_SWITCH.matcher(link);
        if (language.matches()) {
            Locale other = org.evidencereader.web.SitePages.locales().stream()
                    .filter(l -> l.getLanguage().equals(language.group(1))).findFirst().orElse(ExportLayout.DEFAULT);
            return top + "/" + ExportLayout.languagePrefix(other) + ExportLayout.pageFile(path);
        }
        if (!link.startsWith(root + "/")) {
            return link; // external, an anchor in the page, or an asset
        }
        int cut = indexOfAny(link, '#', '?');
        String target = cut < 0 ? link : link.substring(0, cut);
        String rest = cut < 0 ? "" : link.substring(cut);
        String last = target.substring(target.lastIndexOf('/') + 1);
        if (target.endsWith("/")) {
            target = target + "index.html";
        } else if (!last.contains(".") && !last.equals("..")) {
            target = target + "/index.html";
        }
        return target + rest;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
