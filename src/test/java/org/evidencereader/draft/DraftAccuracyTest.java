package org.evidencereader.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftAccuracyTest {

    @Test
    void draftsEveryPlacedFigureOfTheShippedArticleWithAUniqueQuoteAndMostValuesRight(@TempDir Path work)
            throws IOException {
        DraftAccuracy.Result result = DraftAccuracy.measure(Path.of("articles"), Path.of("claims"), "baidu-sora", work);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        DraftAccuracy.print(result, new PrintStream(table, true, StandardCharsets.UTF_8));
        String report = table.toString(StandardCharsets.UTF_8);

        assertThat(result.rows())
                .as(report)
                .isNotEmpty()
                .allMatch(row -> row.drafted().isPresent() && row.quoteUnique());
        assertThat(result.count(DraftAccuracy.Row::value))
                .as(report)
                .isGreaterThanOrEqualTo(result.rows().size() * 8L / 10);
        assertThat(result.notClaimsDrafted()).as(report).isEqualTo(result.notClaims());
        assertThat(report)
                .contains("figures placed in the text: " + result.rows().size() + ";");
    }
}
