package io.planlens.generate;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchRun {
    @Test
    void run() {
        String n = System.getProperty("scratch.n");
        if (n == null) return;
        if (System.getProperty("scratch.copy") != null) {
            var corpus = new CorpusGenerator().generateInMemory(Integer.parseInt(n), 7L);
            for (var g : corpus) {
                if (!g.nearCopy) continue;
                for (var o : corpus) if (o.unit == g.unit && o.year == g.year - 1) {
                    System.out.println("=== ORIG " + o.id + "\n" + o.text.substring(0, 1500));
                    System.out.println("=== COPY " + g.id + "\n" + g.text.substring(0, 1500));
                }
                break;
            }
            return;
        }
        GenerationSummary s = new CorpusGenerator().generate(Integer.parseInt(n), 42L, Path.of(System.getProperty("scratch.out")));
        System.out.println(s);
    }
}
