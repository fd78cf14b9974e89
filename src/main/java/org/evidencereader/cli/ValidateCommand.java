package org.evidencereader.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.DiagnosticGroup;
import org.evidencereader.library.LibraryLoader;
import org.evidencereader.library.LibrarySnapshot;

/**
 * {@code validate}: reads every article and claim file the way the server would, without starting
 * it, and prints each problem as {@code path:line:column: error|warning: message}, a problem that
 * follows from another indented under it. Exit status 1
 * when there is any error, 0 otherwise (2 for a usage mistake, such as a folder that does not exist).
 * Messages are in English unless {@code --lang=zh} or a Chinese system locale asks for Chinese.
 */
public final class ValidateCommand {

    public static final String NAME = "validate";
    /** Before a problem that follows from the one printed above it. */
    static final String FOLLOW_ON_INDENT = "    ";

    private final PrintStream out;
    private final PrintStream err;
    private final Locale systemLocale;

    /** English diagnostics unless {@code --lang} asks for Chinese: the form CI logs expect. */
    public ValidateCommand(PrintStream out, PrintStream err) {
        this(out, err, Locale.ROOT);
    }

    /** Diagnostics in {@code systemLocale}'s language (Chinese for zh, otherwise English) unless {@code --lang} says. */
    public ValidateCommand(PrintStream out, PrintStream err, Locale systemLocale) {
        this.out = out;
        this.err = err;
        this.systemLocale = systemLocale;
    }

    public int run(List<String> args) {
        Path articles = Path.of("articles");
        Path claims = Path.of("claims");
        Locale language = systemLocale.getLanguage().equals("zh") ? Locale.CHINESE : Locale.ENGLISH;
        for (String arg : args) {
            if (arg.startsWith("--reader.articles-dir=")) {
                articles = Path.of(arg.substring("--reader.articles-dir=".length()));
            } else if (arg.startsWith("--reader.claims-dir=")) {
                claims = Path.of(arg.substring("--reader.claims-dir=".length()));
            } else if (arg.startsWith("--lang=")) {
                String lang = arg.substring("--lang=".length());
                if (!lang.equals("zh") && !lang.equals("en")) {
                    err.println("validate: --lang takes zh or en, not '" + lang + "'");
                    err.println(usage());
                    return 2;
                }
                language = Locale.forLanguageTag(lang);
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.println(usage());
                return 0;
            } else {
                err.println("validate: unknown option '" + arg + "'");
                err.println(usage());
                return 2;
            }
        }
        // A mistyped folder would otherwise check nothing and pass: in CI, the worst answer.
        for (Path folder : List.of(articles, claims)) {
            if (!Files.isDirectory(folder)) {
                err.println("validate: there is no folder "
                        + folder.toAbsolutePath().normalize()
                        + (folder == articles
                                ? " to read articles from (--reader.articles-dir)"
                                : " to read claim files from (--reader.claims-dir)"));
                err.println(usage());
                return 2;
            }
        }
        LibrarySnapshot snapshot = LibraryLoader.standard(articles, claims).load();
        List<Diagnostic> problems = snapshot.diagnostics().stream()
                .sorted(Comparator.comparing(Diagnostic::file)
                        .thenComparingInt(Diagnostic::line)
                        .thenComparingInt(Diagnostic::column))
                .toList();
        // A problem that only follows from another is printed under it, indented: fix the first one first.
        for (DiagnosticGroup group : DiagnosticGroup.of(problems)) {
            out.println(group.cause().in(language));
            for (Diagnostic followOn : group.followOns()) {
                out.println(FOLLOW_ON_INDENT + followOn.in(language));
            }
        }
        long errors = problems.stream().filter(Diagnostic::isError).count();
        int figures =
                snapshot.articles().stream().mapToInt(a -> a.figures().size()).sum();
        err.println("validate: " + errors + " error(s), " + (problems.size() - errors) + " warning(s) in "
                + snapshot.articles().size() + " article(s) with " + figures + " figure(s)");
        return errors > 0 ? 1 : 0;
    }

    private static String usage() {
        return "usage: java -jar evidence-reader.jar validate [--reader.articles-dir=DIR] [--reader.claims-dir=DIR] [--lang=zh|en]";
    }
}
