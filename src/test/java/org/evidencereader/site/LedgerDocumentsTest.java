package org.evidencereader.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencereader.TestFiles;
import org.evidencereader.library.Library;
import org.evidencereader.library.LibraryLoader;
import org.evidencereader.library.ReaderArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's CSV is opened in spreadsheets, which run a cell that starts like a formula. */
class LedgerDocumentsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/library");

    @TempDir
    Path dir;

    private ReaderArticle article(String claims) throws Exception {
        Path articles = TestFiles.copyTree(FIXTURES.resolve("articles"), dir.resolve("articles"));
        Path claimsDir = Files.createDirectories(dir.resolve("claims/demo"));
        Files.writeString(claimsDir.resolve("figures.yaml"), claims);
        return new Library(LibraryLoader.standard(articles, dir.resolve("claims")))
                .current()
                .article("demo")
                .orElseThrow();
    }

    @Test
    void cellsThatAFormulaWouldStartWithAreQuotedAndNumbersStayNumbers() throws Exception {
        ReaderArticle article = article("""
                sources:
                  datasheet:
                    title: GPU datasheet
                    publisher: "@SUM(1+1)*cmd|' /C calc'!A0"
                    url: https://example.org/datasheet
                    accessed: 2026-11-24
                figures:
                  gpus-per-server:
                    label: {zh: '=HYPERLINK("http://evil.example","x")', en: "+1+cmd|' /C calc'!A0"}
                    quote: 装有8片GPU
                    value: 8 GPU
                    source: datasheet
                    note: "-2+3+cmd|' /C calc'!A0"
                  gpu-power:
                    label: {zh: "\\t=1+1", en: "\\r=1+1"}
                    quote: 每片功耗为700W
                    value: -38.49 W
                    source: datasheet
                """);

        String csv = LedgerDocuments.csv(article);

        assertThat(csv)
                .contains("'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")")
                .contains("\"'+1+cmd|' /C calc'!A0\"")
                .contains("\"'-2+3+cmd|' /C calc'!A0\"")
                .contains("'@SUM(1+1)*cmd|' /C calc'!A0: GPU datasheet")
                .contains("'\t=1+1")
                .contains("'\r=1+1")
                .contains(",-38.49,-38.49,W,");
        assertThat(csv).doesNotContainPattern("(^|,|\")[=+@]").doesNotContainPattern("(^|,)\"?-[^0-9]");
        // The JSON ledger is data for programs: its text is as written.
        assertThat(LedgerDocuments.rows(article).get(0).label()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"x\")");
    }

    @Test
    void plainNumbersInTextCellsAreLeftAsTheyAre() {
        assertThat(LedgerDocuments.spreadsheetCell("-38.49")).isEqualTo("-38.49");
        assertThat(LedgerDocuments.spreadsheetCell("+7")).isEqualTo("+7");
        assertThat(LedgerDocuments.spreadsheetCell("-1.5e3")).isEqualTo("-1.5e3");
        assertThat(LedgerDocuments.spreadsheetCell("-38.49%")).isEqualTo("-38.49%");
        assertThat(LedgerDocuments.spreadsheetCell("-38.49%+1")).isEqualTo("'-38.49%+1");
        assertThat(LedgerDocuments.spreadsheetCell("-")).isEqualTo("'-");
        assertThat(LedgerDocuments.spreadsheetCell("=1")).isEqualTo("'=1");
        assertThat(LedgerDocuments.spreadsheetCell("a=1")).isEqualTo("a=1");
        assertThat(LedgerDocuments.spreadsheetCell("")).isEmpty();
        assertThat(LedgerDocuments.spreadsheetCell(null)).isNull();
    }
}
