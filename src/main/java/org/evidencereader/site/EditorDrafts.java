package org.evidencereader.site;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencereader.draft.DraftWriter;
import org.evidencereader.draft.Drafter;
import org.evidencereader.draft.IdStyle;
import org.evidencereader.library.ReaderArticle;

/**
 * What an editor's reader page offers for the numbers nobody annotated: the drafts {@code draft}
 * would write (the same {@link Drafter}, ids in pinyin as the command's default), computed when the
 * page is rendered. Made only in editing mode, so readers' pages pay nothing for it.
 */
public final class EditorDrafts {

    /**
     * The uncovered numbers of one page that get a draft: enough for an article being annotated,
     * while a long one nobody has started on (thousands of numbers) is rendered in seconds, not
     * hours; the page points to {@code draft} for the rest.
     */
    static final int PER_PAGE = 100;

    private final Drafter drafter;
    private final Path claimsDir;

    public EditorDrafts(Path claimsDir) {
        this.drafter = Drafter.withHanLp();
        this.claimsDir = claimsDir;
    }

    PageDrafts of(ReaderArticle article) {
        Path file = claimsDir.resolve(article.slug()).resolve(DraftWriter.DEFAULT_FILE);
        return PageDrafts.of(
                article, drafter.drafted(article, IdStyle.PINYIN, PER_PAGE), shown(file), Files.isRegularFile(file));
    }

    /** The file as the editor names it: relative to the folder the server was started in, when it is inside. */
    private static String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return (absolute.startsWith(here) ? here.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }
}
