package org.evidencereader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.evidencereader.draft.Draft;
import org.evidencereader.draft.DraftWriter;
import org.evidencereader.draft.Drafter;
import org.evidencereader.draft.IdStyle;
import org.evidencereader.library.LibraryLoader;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.library.ReaderArticle;

/**
 * {@code draft <slug>}: a claim file of drafts for every number of the article that no figure or
 * not-claim covers, written to {@code claims/<slug>/draft.yaml} (or {@code --out}). It never
 * overwrites a file. Exit status 0 when written, 1 when it could not be (the file exists, the
 * article cannot be read), 2 for a usage mistake (an unknown slug or option).
 */
public final class DraftCommand {

    public static final String NAME = "draft";
    static final String DEFAULT_FILE = DraftWriter.DEFAULT_FILE;

    private final PrintStream out;
    private final PrintStream err;

    public DraftCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        Path articles = Path.of("articles");
        Path claims = Path.of("claims");
        Optional<Path> target = Optional.empty();
        IdStyle style = IdStyle.PINYIN;
        String slug = null;
        for (String arg : args) {
            if (arg.startsWith("--reader.articles-dir=")) {
                articles = Path.of(arg.substring("--reader.articles-dir=".length()));
            } else if (arg.startsWith("--reader.claims-dir=")) {
                claims = Path.of(arg.substring("--reader.claims-dir=".length()));
            } else if (arg.startsWith("--out=") && arg.length() > "--out=".length()) {
                target = Optional.of(Path.of(arg.substring("--out=".length())));
            } else if (arg.startsWith("--ids=")) {
                Optional<IdStyle> chosen = IdStyle.fromCode(arg.substring("--ids=".length()));
                if (chosen.isEmpty()) {
                    return usageError(
                            "draft: --ids takes 'pinyin' or 'english', not '" + arg.substring("--ids=".length()) + "'");
                }
                style = chosen.get();
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.println(usage());
                return 0;
            } else if (!arg.startsWith("-") && slug == null) {
                slug = arg;
            } else {
                return usageError("draft: unknown " + (arg.startsWith("-") ? "option" : "argument") + " '" + arg + "'");
            }
        }
        if (slug == null) {
            return usageError("draft: name the article to draft claims for (its file name without .md)");
        }
        Path articleFile = articles.resolve(slug + ".md");
        if (!isSlug(slug) || !Files.isRegularFile(articleFile)) {
            return usageError("draft: there is no article '" + slug + "' (no file "
                    + articleFile.toAbsolutePath().normalize() + ")" + available(articles));
        }
        Path file = target.orElse(claims.resolve(slug).resolve(DEFAULT_FILE));
        if (Files.exists(file)) {
            err.println(
                    "draft: " + file + " already exists and is never overwritten: move it away, or give --out=FILE");
            return 1;
        }
        LibrarySnapshot snapshot = LibraryLoader.standard(articles, claims, 1).load();
        Optional<ReaderArticle> article = snapshot.article(slug);
        if (article.isEmpty()) {
            err.println("draft: " + articleFile + " could not be read; `validate` says why:");
            snapshot.diagnostics().stream().filter(d -> d.isError()).limit(10).forEach(err::println);
            return 1;
        }
        Drafter drafter = Drafter.withHanLp();
        List<Draft> drafts = drafter.draft(article.get(), style);
        String command = "java -jar evidence-reader.jar draft " + slug
                + (style == IdStyle.PINYIN ? "" : " --ids=" + style.code());
        String yaml = DraftWriter.write(article.get().article().file(), command, drafts);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            // CREATE_NEW: a file that appeared since the check above is still never overwritten
            Files.writeString(
                    file, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            err.println(
                    "draft: " + file + " already exists and is never overwritten: move it away, or give --out=FILE");
            return 1;
        } catch (IOException e) {
            err.println("draft: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        long figures =
                drafts.stream().filter(Draft.FigureDraft.class::isInstance).count();
        out.println("draft: wrote " + file + " with " + figures + " figure(s) and " + (drafts.size() - figures)
                + " not-claim(s) to check; `validate` lists each TODO left");
        return 0;
    }

    /** A slug names a file in the articles folder, never a path out of it. */
    private static boolean isSlug(String slug) {
        return !slug.isEmpty() && !slug.contains("/") && !slug.contains("\\") && !slug.startsWith(".");
    }

    private static String available(Path articles) {
        try (var files = Files.list(articles)) {
            List<String> slugs = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .limit(10)
                    .toList();
            return slugs.isEmpty() ? "" : "; articles: " + String.join(", ", slugs);
        } catch (IOException e) {
            return "";
        }
    }

    private int usageError(String message) {
        err.println(message);
        err.println(usage());
        return 2;
    }

    static String usage() {
        return "usage: java -jar evidence-reader.jar draft <slug> [--out=FILE] [--ids=pinyin|english]"
                + " [--reader.articles-dir=DIR] [--reader.claims-dir=DIR]";
    }
}
