package org.evidencereader.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencereader.library.Figure;
import org.evidencereader.library.LibraryLoader;
import org.evidencereader.library.ReaderArticle;
import org.evidencereader.library.WhatIf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The dependency graph and the comparison charts of the fixture library, as SVG. */
class FigureGraphicsTest {

    private static final Path ROOT = Path.of("src/test/resources/fixtures/library");

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static ResourceBundleMessageSource messages;
    private static ReaderArticle demo;

    @BeforeAll
    static void load() {
        messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        demo = load(ROOT);
    }

    private static ReaderArticle load(Path library) {
        return LibraryLoader.standard(library.resolve("articles"), library.resolve("claims"))
                .load()
                .article("demo")
                .orElseThrow();
    }

    private static Figure figure(ReaderArticle article, String id) {
        return article.figure(id).orElseThrow();
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String diagram(ReaderArticle article, String id, String root, Locale locale) {
        return DerivationDiagram.svg(article, figure(article, id), rooted(root, locale), messages, locale)
                .orElseThrow();
    }

    /** The server's links, each behind {@code root} ("" on the server). */
    private static Links rooted(String root, Locale locale) {
        Links server = Links.server(locale);
        return new Links() {
            @Override
            public String to(Route route) {
                return root + server.to(route);
            }

            @Override
            public String assetRoot() {
                return root;
            }

            @Override
            public String otherLanguage() {
                return server.otherLanguage();
            }

            @Override
            public boolean exported() {
                return !root.isEmpty();
            }
        };
    }

    @Test
    void drawsTheFigureAboveItsInputsWithAnArrowFromEachInput() {
        String svg = diagram(demo, "server-power", "", ZH);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
        assertThat(count(svg, "<a class=\"dg-node")).isEqualTo(3);
        assertThat(count(svg, "<path class=\"dg-edge\"")).isEqualTo(2);
        assertThat(svg)
                .contains("href=\"/articles/demo/figures/server-power\"")
                .contains("href=\"/articles/demo/figures/gpus-per-server\"")
                .contains("href=\"/articles/demo/figures/gpu-power\"");
        // Each link is named by the figure's label and value; the values are as readers see them (the article's words).
        assertThat(svg).contains("aria-label=\"单片GPU功耗 700W\"").contains(">5600W</text>");
        // Named and described in words for screen readers; no script, no event handlers.
        assertThat(svg)
                .contains("<title id=\"diagram-title-server-power\">服务器功耗的推导关系图</title>")
                .contains("每台服务器的GPU数用于计算服务器功耗。")
                .contains("单片GPU功耗用于计算服务器功耗。")
                .contains("viewBox=\"0 0 ")
                .doesNotContain("<script")
                .doesNotContain(" on");
        // The figure sits on the top layer, its inputs on the one below.
        Matcher boxes = Pattern.compile("<rect class=\"dg-box\" x=\"[0-9.]+\" y=\"([0-9.]+)\"")
                .matcher(svg);
        List<Double> ys =
                boxes.results().map(r -> Double.parseDouble(r.group(1))).toList();
        assertThat(ys).hasSize(3);
        assertThat(ys.get(0)).isLessThan(ys.get(1));
        assertThat(ys.get(1)).isEqualTo(ys.get(2));
    }

    @Test
    void layersByTheLongestPathAndLinksWithTheTemplatesRoot() {
        // server-power-share = gpu-power / server-power: gpu-power is used at depth 1 and 2, so drawn at 2.
        String svg = diagram(demo, "server-power-share", "../../..", Locale.ENGLISH);
        assertThat(count(svg, "<a class=\"dg-node")).isEqualTo(4);
        assertThat(count(svg, "<path class=\"dg-edge\"")).isEqualTo(4);
        assertThat(svg).contains("href=\"../../../articles/demo/figures/gpu-power\"");
        assertThat(svg)
                .contains("<title id=\"diagram-title-server-power-share\">How share of one GPU is derived</title>");
        Matcher boxes = Pattern.compile("<rect class=\"dg-box\" x=\"[0-9.]+\" y=\"([0-9.]+)\"")
                .matcher(svg);
        assertThat(boxes.results().map(r -> r.group(1)).distinct().count()).isEqualTo(3);
    }

    @Test
    void thereIsNoDiagramForASourcedFigure() {
        assertThat(DerivationDiagram.svg(demo, figure(demo, "gpu-power"), Links.server(ZH), messages, ZH))
                .isEmpty();
    }

    @Test
    void escapesEveryLabel(@TempDir Path library) throws IOException {
        Path claims = Files.createDirectories(library.resolve("claims/demo"));
        Files.createDirectories(library.resolve("articles"));
        Files.copy(ROOT.resolve("articles/demo.md"), library.resolve("articles/demo.md"));
        String yaml = Files.readString(ROOT.resolve("claims/demo/figures.yaml"), StandardCharsets.UTF_8)
                .replace(
                        "label: {zh: 单片GPU功耗, en: power per GPU}",
                        "label: {zh: \"功耗 <b>&amp; \\\"x\\\" </svg><script>\", en: \"<&>\\\"\"}");
        Files.writeString(claims.resolve("figures.yaml"), yaml, StandardCharsets.UTF_8);
        ReaderArticle article = load(library);
        assertThat(figure(article, "gpu-power").label().en()).isEqualTo("<&>\"");

        String svg = diagram(article, "server-power", "", Locale.ENGLISH);
        assertThat(svg)
                .contains("<title>&lt;&amp;&gt;&quot;</title>")
                .contains("aria-label=\"&lt;&amp;&gt;&quot; 700W\"")
                .contains(">&lt;&amp;&gt;&quot;</text>")
                .contains("&lt;&amp;&gt;&quot; is used to compute server power.");
        String zh = diagram(article, "server-power", "", ZH);
        assertThat(zh).doesNotContain("<b>").doesNotContain("<script").contains("&lt;/svg&gt;");
        assertThat(count(zh, "</svg>")).isEqualTo(1);
        for (ComparisonChart.Chart chart :
                ComparisonChart.charts(article, figure(article, "gpu-power"), messages, Locale.ENGLISH)) {
            assertThat(chart.svg()).doesNotContain("<&>").contains("&lt;&amp;&gt;&quot;");
        }
    }

    @Test
    void aRatioOfCompatibleQuantitiesIsDrawnAsTwoBarsInOneUnit() {
        List<ComparisonChart.Chart> charts =
                ComparisonChart.charts(demo, figure(demo, "server-power-share"), messages, ZH);
        assertThat(charts).hasSize(1);
        String svg = charts.get(0).svg();
        assertThat(charts.get(0).caption()).isEqualTo("单片占比：单片GPU功耗与服务器功耗");
        assertThat(svg).contains("role=\"img\"").contains("<title id=").contains("单片GPU功耗：700 W。 服务器功耗：5,600 W。");
        assertThat(count(svg, "<rect class=\"ch-bar\"")).isEqualTo(2);
        assertThat(svg).contains(">700 W</text>").contains(">5,600 W</text>");
        // 700 is an eighth of 5,600.
        List<Double> widths = Pattern.compile("<rect class=\"ch-bar\" x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"([0-9.]+)\"")
                .matcher(svg)
                .results()
                .map(r -> Double.parseDouble(r.group(1)))
                .toList();
        assertThat(widths.get(1) / widths.get(0)).isBetween(7.9, 8.1);
    }

    @Test
    void anInputOfRatiosIsShownBesideTheOtherSide() {
        List<ComparisonChart.Chart> charts =
                ComparisonChart.charts(demo, figure(demo, "server-power"), messages, Locale.ENGLISH);
        assertThat(charts).hasSize(1);
        assertThat(charts.get(0).caption()).isEqualTo("server power beside the figures it is compared with");
        String svg = charts.get(0).svg();
        assertThat(count(svg, "<g class=\"ch-row")).isEqualTo(2);
        assertThat(svg)
                .contains("<g class=\"ch-row ch-self\"")
                .contains(">5,600 W</text>")
                .contains(">700 W</text>");
        // A figure used in no ratio has no chart; nor does a product.
        assertThat(ComparisonChart.charts(demo, figure(demo, "gpus-per-server"), messages, ZH))
                .isEmpty();
    }

    @Test
    void aRangeIsDrawnAsAnIntervalFromZeroAndTheWhatIfValuesAreTheOnesDrawn() {
        ReaderArticle changed =
                new WhatIf().apply(demo, Map.of("gpu-power", "350..700 W")).article();
        List<ComparisonChart.Chart> charts =
                ComparisonChart.charts(changed, figure(changed, "server-power"), messages, ZH);
        assertThat(charts).extracting(ComparisonChart.Chart::caption).containsExactly("服务器功耗：区间，从0起算", "服务器功耗与拿它来比的数字");
        String range = charts.get(0).svg();
        assertThat(range)
                .contains("role=\"img\"")
                .contains("class=\"ch-bar-range ch-interval\"")
                .contains(">2,800</text>")
                .contains(">5,600 W</text>")
                .contains(">0</text>");
        // The interval starts halfway along a scale that ends at a round number at or above the high end.
        assertThat(range).contains("服务器功耗：2,800–5,600 W。");
        // The what-if values reach the diagram too.
        assertThat(diagram(changed, "server-power", "", ZH))
                .contains(">2.8–5.6千瓦</text>")
                .contains(">350–700瓦</text>");
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(ComparisonChart.niceStep(2632)).isEqualTo(5000);
        assertThat(ComparisonChart.niceStep(1400)).isEqualTo(2000);
        assertThat(ComparisonChart.niceStep(0.3)).isEqualTo(0.5);
        assertThat(ComparisonChart.niceStep(1000)).isEqualTo(1000);
    }
}
