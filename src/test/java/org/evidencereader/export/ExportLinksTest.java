package org.evidencereader.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.evidencereader.site.Links;
import org.evidencereader.site.Route;
import org.evidencereader.site.SupportedLocales;
import org.junit.jupiter.api.Test;

class ExportLinksTest {

    private final ExportLayout layout = new ExportLayout();

    @Test
    void linksGoUpToTheLanguagesTopThenDownToTheTargetsFile() {
        Links figure = layout.on(new Route.Figure("demo", "gpu-power"), SupportedLocales.CHINESE);
        assertThat(figure.figure("demo", "server-power"))
                .isEqualTo("../../../../articles/demo/figures/server-power/index.html");
        assertThat(figure.article("demo")).isEqualTo("../../../../articles/demo/index.html");
        assertThat(figure.library()).isEqualTo("../../../../index.html");
        assertThat(figure.ledgerCsv("demo")).isEqualTo("../../../../articles/demo/ledger.csv");
        assertThat(layout.on(new Route.Library(), SupportedLocales.CHINESE).diagnostics())
                .isEqualTo("./diagnostics/index.html");
        assertThat(layout.on(new Route.NotFound(), Locale.ENGLISH).library()).isEqualTo("./index.html");
    }

    @Test
    void assetsAreOnceAtTheTopAndTheLanguageSwitchLeadsToTheSamePageInTheOtherTree() {
        Links zh = layout.on(new Route.Article("demo"), SupportedLocales.CHINESE);
        Links en = layout.on(new Route.Article("demo"), Locale.ENGLISH);
        assertThat(zh.assetRoot()).isEqualTo("../..");
        assertThat(en.assetRoot()).isEqualTo("../../..");
        assertThat(zh.otherLanguage()).isEqualTo("../../en/articles/demo/index.html");
        assertThat(en.otherLanguage()).isEqualTo("../../../articles/demo/index.html");
        assertThat(layout.on(new Route.NotFound(), SupportedLocales.CHINESE).otherLanguage())
                .isEqualTo("./en/404.html");
        assertThat(zh.exported()).isTrue();
    }

    @Test
    void anAddressThatNeedsTheServerHasNoExportedLink() {
        Links zh = layout.on(new Route.Article("demo"), SupportedLocales.CHINESE);
        assertThatThrownBy(() -> zh.articleWhatIf("demo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ArticleWhatIf");
    }
}
