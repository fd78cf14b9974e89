import org.evidencereader.nlp.HanLpSentenceSplitter;

/**
 * What HanLP's first use costs: the first sentence split loads HanLP's classes and whatever
 * dictionaries splitting needs; the second shows the steady cost. Run by startup.py with the
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
        System.out.printf("first split %.1f ms (%d sentences), second split %.3f ms (%d sentences)%n",
                (t1 - t0) / 1e6, first, (t2 - t1) / 1e6, second);
    }
}
