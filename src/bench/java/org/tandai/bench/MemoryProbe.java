package org.tandai.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Entity;
import org.tandai.model.TagSet;
import org.tandai.store.ArticleReader;
import org.tandai.store.DocumentFiles;
import org.tandai.store.SidecarStore;

/**
 * Target 8: heap retained per annotation by a loaded document. Opens the 1 MB / 10,000-annotation
 * article {@value #COPIES} times the way the window does ({@link SidecarStore#load}: text, sidecar,
 * validation) and keeps every document with its text. The growth of used heap after full GCs,
 * minus the same number of article texts measured alone, divided by copies × annotations, is the
 * retained size per annotation. Everything the document holds is included (spans, ids, labels,
 * timestamps, extras maps, lists); only the article text is excluded. Mentions, claims and sources
 * each count as one annotation, as the generator counts them. For comparison it also measures the
 * document as the bare {@link SidecarStore#readSidecar} returns it, before spans share the text.
 */
final class MemoryProbe {
    static final int COPIES = 20;

    record Result(long annotations, double bytesPerAnnotation, double bytesPerAnnotationUnshared,
                  double textBytes, String histogram) {
    }

    private MemoryProbe() {
    }

    static Result run() throws Exception {
        Path article = BenchInputs.longArticle();
        Path sidecar = DocumentFiles.curated(article).sidecar();
        SidecarStore store = new SidecarStore();
        TagSet tags = TagSet.defaults();
        // Warm up class loading and the code paths so their one-off allocations are not counted.
        long annotations = countAnnotations(store.load(article, tags).document());
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();

        long before = usedAfterGc(mem);
        List<Object> held = new ArrayList<>();
        for (int i = 0; i < COPIES; i++) {
            held.add(ArticleReader.read(article));
        }
        double textBytes = (double) (usedAfterGc(mem) - before) / COPIES;
        held.clear();

        before = usedAfterGc(mem);
        for (int i = 0; i < COPIES; i++) {
            SidecarStore.Loaded loaded = store.load(article, tags);
            held.add(loaded.text());
            held.add(loaded.document());
        }
        long after = usedAfterGc(mem);
        String histogram = histogram();
        double perAnnotation = ((double) (after - before) / COPIES - textBytes) / annotations;
        held.clear();

        before = usedAfterGc(mem);
        for (int i = 0; i < COPIES; i++) {
            held.add(SidecarStore.readSidecar(sidecar).document());
        }
        double unshared = (double) (usedAfterGc(mem) - before) / COPIES / annotations;
        return new Result(annotations, perAnnotation, unshared, textBytes, histogram);
    }
    static long countAnnotations(AnnotatedDocument doc) {
        long n = doc.claims().size() + doc.sources().size();
        for (Entity e : doc.entities()) {
            n += e.mentions().size();
        }
        return n;
    }

    private static long usedAfterGc(MemoryMXBean mem) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, mem.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** The top of a class histogram of this JVM (jcmd GC.class_histogram), to show what the bytes are. */
    private static String histogram() {
        try {
            Process p = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            List<String> lines = new String(p.getInputStream().readAllBytes()).lines().limit(18).toList();
            p.waitFor();
            return String.join("\n", lines);
        } catch (Exception e) {
            return "(no histogram: " + e.getMessage() + ")";
        }
    }
}
