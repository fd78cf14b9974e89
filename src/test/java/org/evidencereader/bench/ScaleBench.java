package org.evidencereader.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.evidencereader.anchor.Anchorer;
import org.evidencereader.article.ArticleParser;
import org.evidencereader.article.Passage;
import org.evidencereader.article.PassageKind;
import org.evidencereader.claim.ClaimFileReader;
import org.evidencereader.detect.Detector;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.library.ArticleAssembler;
import org.evidencereader.library.Library;
import org.evidencereader.library.LibraryLoader;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.library.ReaderArticle;
import org.evidencereader.nlp.HanLpSentenceSplitter;
import org.evidencereader.nlp.HanLpTokenizer;

/**
 * The scale benchmark of the library alone (docs/benchmarks.md, "Scale"): generates N synthetic
 * articles ({@link SyntheticLibrary}) unless DIR already holds them, then
 * <ol>
 *   <li>times {@code LibraryLoader.standard(...).load()} LOADS times (the first includes class loading and HanLP's first use);</li>
 *   <li>times the same load with an assembler without the detector, and the detector alone over every passage:
 *       what coverage detection costs;</li>
 *   <li>reads the heap after load with {@code jcmd <pid> GC.run} and {@code GC.heap_info}, the snapshot held;</li>
 *   <li>rewrites one claim file EDITS times and times {@code Library.reload(List.of(slug))}.</li>
 * </ol>
 * Not a test: run it by hand, with the heap limit of the target ({@code -Xmx768m}).
 *
 * <pre>java -Xmx768m -cp target/test-classes:target/classes:$(cat target/test-cp.txt) \
 *     org.evidencereader.bench.ScaleBench N [DIR] [LOADS=3] [EDITS=20]</pre>
 */
public final class ScaleBench {

    private ScaleBench() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("scale-" + n + "-");
        int loads = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int edits = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        if (!Files.isDirectory(dir.resolve("articles"))) {
            long t = System.nanoTime();
            SyntheticLibrary.write(dir, n);
            System.out.printf(Locale.ROOT, "generated %d articles in %s (%.1f s)%n", n, dir, seconds(t));
        }
        Path articles = dir.resolve("articles");
        Path claims = dir.resolve("claims");
        System.out.printf(
                Locale.ROOT,
                "N=%d  processors=%d  max heap=%d MiB%n",
                n,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        LibrarySnapshot snapshot = null;
        for (int i = 0; i < loads; i++) {
            snapshot = null;
            long t = System.nanoTime();
            snapshot = LibraryLoader.standard(articles, claims).load();
            System.out.printf(Locale.ROOT, "load %d (standard, with coverage): %.2f s%n", i + 1, seconds(t));
        }
        report(snapshot);
        System.out.printf(
                Locale.ROOT, "heap after load, snapshot held (jcmd GC.run; GC.heap_info): %s%n", heapAfterGc());

        LibraryLoader withoutDetector = new LibraryLoader(
                articles,
                claims,
                new ArticleParser(new HanLpSentenceSplitter()),
                new ClaimFileReader(),
                new ArticleAssembler(new Anchorer()),
                Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < Math.max(1, loads - 1); i++) {
            long t = System.nanoTime();
            withoutDetector.load();
            System.out.printf(Locale.ROOT, "load %d without the detector (no coverage): %.2f s%n", i + 1, seconds(t));
        }
        Detector detector = new Detector(new HanLpTokenizer());
        for (int round = 0; round < 2; round++) {
            long t = System.nanoTime();
            long mentions = 0;
            int passages = 0;
            for (ReaderArticle article : snapshot.articles()) {
                for (Passage passage : article.article().passages()) {
                    if (passage.kind() != PassageKind.CODE) {
                        mentions += detector.detect(passage.text()).size();
                        passages++;
                    }
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "detector alone, round %d: %d passages, %d numbers, %.2f s%n",
                    round + 1,
                    passages,
                    mentions,
                    seconds(t));
        }

        Library library = new Library(LibraryLoader.standard(articles, claims));
        String slug = SyntheticLibrary.slug(0);
        Path claim = SyntheticLibrary.editableClaimFile(dir, 0);
        String original = Files.readString(claim, StandardCharsets.UTF_8);
        String watts = original.replaceAll("(?s).*?value: (\\d+) W.*", "$1");
        List<Double> samples = new ArrayList<>();
        try {
            for (int i = 0; i < edits; i++) {
                String edited = i % 2 == 0
                        ? original.replace("value: " + watts + " W", "value: " + (Integer.parseInt(watts) + 1) + " W")
                        : original;
                Files.writeString(claim, edited, StandardCharsets.UTF_8);
                long t = System.nanoTime();
                LibrarySnapshot next = library.reload(List.of(slug));
                samples.add((System.nanoTime() - t) / 1e6);
                if (next.article(slug).isEmpty()) {
                    throw new IllegalStateException("the edited article is gone");
                }
            }
        } finally {
            Files.writeString(claim, original, StandardCharsets.UTF_8);
        }
        Collections.sort(samples);
        System.out.printf(
                Locale.ROOT,
                "reload(List.of(%s)) × %d: median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms%n",
                slug,
                edits,
                samples.get(samples.size() / 2),
                samples.get((int) (0.9 * (samples.size() - 1))),
                samples.get(0),
                samples.get(samples.size() - 1));
        System.out.println(
                "articles still loaded: " + library.current().articles().size());
    }

    private static void report(LibrarySnapshot snapshot) {
        int figures = 0;
        long errors = 0;
        long warnings = 0;
        String firstProblem = null;
        for (ReaderArticle article : snapshot.articles()) {
            figures += article.figures().size();
            for (Diagnostic d : article.diagnostics()) {
                if (d.isError()) {
                    errors++;
                } else {
                    warnings++;
                }
                if (firstProblem == null || System.getProperty("scale.all-problems") != null) {
                    if (firstProblem != null) {
                        System.out.println("  " + d);
                    }
                    firstProblem = d.toString();
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "loaded %d articles, %d figures, %d unreadable, %d errors, %d warnings%s%n",
                snapshot.articles().size(),
                figures,
                snapshot.unreadable().size(),
                errors,
                warnings,
                firstProblem == null ? "" : " (first: " + firstProblem + ")");
    }

    private static String heapAfterGc() throws IOException, InterruptedException {
        String pid = String.valueOf(ProcessHandle.current().pid());
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
        String used = m.find()
                ? String.format(
                        Locale.ROOT,
                        "%.1f MiB used of %.1f MiB committed",
                        Long.parseLong(m.group(2)) / 1024.0,
                        Long.parseLong(m.group(1)) / 1024.0)
                : info;
        return used
                + String.format(
                        Locale.ROOT,
                        " (MemoryMXBean: %.1f MiB)",
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0);
    }

    private static String jcmd(String pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", pid, command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
