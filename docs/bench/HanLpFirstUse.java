import org.evidencereader.nlp.HanLpSentenceSplitter;
import org.evidencereader.nlp.HanLpTokenizer;

/**
 * What HanLP's first use costs, in a fresh JVM: the first sentence split (HanLP's classes; splitting
 * needs no dictionary), then the tokenizer the coverage detector uses (a Viterbi segmenter: building
 * it and its first use read the portable jar's core dictionary, bigram table and custom dictionary),
 * then a second use of each for the steady cost. The application builds one splitter and one
 * tokenizer and keeps them, so the dictionaries are read once per process. Run by startup.py with the
 * application's classpath (java HanLpFirstUse.java, Java's single-file launcher).
 */
public class HanLpFirstUse {
    public static void main(String[] args) {
        String text = "每片H100的功耗为700W,相当于72万张H100,总功耗就将达到50.4万千瓦。这是大亚湾核电基地的8.2%。";
        long t0 = System.nanoTime();
        var splitter = new HanLpSentenceSplitter();
        int first = splitter.split(text).size();
        long t1 = System.nanoTime();
        int second = splitter.split(text + text).size();
        long t2 = System.nanoTime();
        var tokenizer = new HanLpTokenizer();
        long t3 = System.nanoTime();
        int words = tokenizer.tokenize(text).size();
        long t4 = System.nanoTime();
        int again = tokenizer.tokenize(text + text).size();
        long t5 = System.nanoTime();
        System.out.printf("first split %.1f ms (%d sentences), second split %.3f ms (%d sentences); "
                        + "tokenizer built in %.0f ms, first tokenize (dictionaries) %.0f ms (%d words), second %.2f ms (%d words)%n",
                (t1 - t0) / 1e6, first, (t2 - t1) / 1e6, second, (t3 - t2) / 1e6, (t4 - t3) / 1e6, words,
                (t5 - t4) / 1e6, again);
    }
}
