package org.evidencereader.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.springframework.aot.AotDetector;

/**
 * What the jar's arguments ask for: a sub-command ({@code validate}, {@code draft}, {@code export}), or the web
 * server, which takes only Spring options ({@code --server.port=8081}, {@code --reader.watch=false}).
 * Anything else (a mistyped sub-command, a stray word) prints the usage and exits with 2: starting
 * a server on port 8080 for {@code draft x} leaves a user waiting for a command that never ran.
 */
public final class CommandLine {

    /** A Spring option as the server takes it: {@code --name=value}, or {@code --name} alone for true. */
    private static final Pattern SPRING_OPTION =
            Pattern.compile("--[A-Za-z][A-Za-z0-9._\\-\\[\\]]*(=.*)?", Pattern.DOTALL);

    private final PrintStream out;
    private final PrintStream err;
    private final Class<?> application;

    public CommandLine(PrintStream out, PrintStream err, Class<?> application) {
        this.out = out;
        this.err = err;
        this.application = application;
    }

    /** Runs the sub-command the arguments name and returns its exit status; empty when they ask for the server. */
    public OptionalInt run(String[] args) {
        if (args.length == 0) {
            return OptionalInt.empty();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case ValidateCommand.NAME -> {
                // No server, no Spring context: read the files, print the problems, exit.
                return OptionalInt.of(new ValidateCommand(out, err, Locale.getDefault()).run(rest));
            }
            case DraftCommand.NAME -> {
                // No server: read the files, write claim drafts for the numbers nobody annotated, exit.
                return OptionalInt.of(new DraftCommand(out, err).run(rest));
            }
            case ExportCommand.NAME -> {
                // No web server: a Spring context without one renders the pages and writes them as files.
                // The jar's build-time bean definitions are the server's, so never for this context.
                System.setProperty(AotDetector.AOT_ENABLED, "false");
                return OptionalInt.of(new ExportCommand(out, err, application).run(rest));
            }
            case "--help", "-h", "help" -> {
                out.println(usage());
                return OptionalInt.of(0);
            }
            default -> {
                for (String arg : args) {
                    if (!SPRING_OPTION.matcher(arg).matches()) {
                        err.println("evidence-reader: unknown " + (arg.startsWith("-") ? "option" : "command") + " '"
                                + arg + "'");
                        err.println(usage());
                        return OptionalInt.of(2);
                    }
                }
                return OptionalInt.empty();
            }
        }
    }

    static String usage() {
        return String.join(
                System.lineSeparator(),
                "usage: java -jar evidence-reader.jar [--server.port=PORT] [--reader.articles-dir=DIR] [--reader.claims-dir=DIR] …",
                "           starts the web server (every option is a Spring property: --name=value)",
                "       java -jar evidence-reader.jar validate [--reader.articles-dir=DIR] [--reader.claims-dir=DIR]",
                "           checks every article and claim file and prints each problem",
                "       java -jar evidence-reader.jar draft <slug> [--out=FILE] [--ids=pinyin|english] [--reader.articles-dir=DIR] [--reader.claims-dir=DIR]",
                "           writes claim drafts for every number of the article nobody annotated (claims/<slug>/draft.yaml)",
                "       java -jar evidence-reader.jar export --out=DIR [--force] [--reader.articles-dir=DIR] [--reader.claims-dir=DIR]",
                "           writes the whole site as static files to DIR");
    }
}
