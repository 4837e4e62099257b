package org.tandai.bench;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tandai.agreement.AgreementJson;
import org.tandai.agreement.AgreementRun;
import org.tandai.agreement.Targets;
import org.tandai.store.Layer;

/**
 * Issue 11 (scale): {@code agree} over a generated team corpus of 10,000 articles with 5
 * annotators' layers and a curated layer each, against a floor that reads the same files (the
 * article and every layer's sidecar) and parses each sidecar with Gson, interleaved in the same
 * run ({@link RatioProbe}); then the peak RSS of a real {@code agree --json} child process.
 */
final class AgreeProbe {
    static final int ANNOTATORS = 5;

    private final Path dir;
    private final Targets targets;

    AgreeProbe() throws IOException {
        dir = BenchInputs.teamCorpus();
        targets = Targets.find(List.of(dir), p -> { });
    }

    /** The floor: read every file agree reads, parse every sidecar into a Gson tree. */
    long floorReadAndParse() throws IOException {
        long n = 0;
        for (Targets.Target t : targets.targets()) {
            n += Files.readString(t.article(), StandardCharsets.UTF_8).length();
            for (Layer l : t.layers()) {
                try (Reader in = Files.newBufferedReader(t.layout().sidecar(t.article(), l), StandardCharsets.UTF_8)) {
                    n += JsonParser.parseReader(in).getAsJsonObject().size();
                }
            }
        }
        return n;
    }

    /** What {@code tandai agree --json DIR} does, output discarded: find the layers, read, score, write JSON. */
    int agree() throws IOException {
        Targets found = Targets.find(List.of(dir), p -> { });
        AgreementRun run = new AgreementRun(found);
        AgreementJson json = new AgreementJson(Writer.nullWriter());
        json.begin(found.annotators(), found.curated());
        int[] docs = {0};
        run.run(found, Runtime.getRuntime().availableProcessors(), d -> {
            try {
                json.document(d);
                docs[0]++;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, p -> { });
        json.end(run);
        return docs[0];
    }

    static void run(Summary summary) throws Exception {
        AgreeProbe probe = new AgreeProbe();
        int files = 0;
        for (Targets.Target t : probe.targets.targets()) {
            files += 1 + t.layers().size();
        }
        RatioProbe.Result r = RatioProbe.run("agree vs read-and-Gson-parse floor", 1, 3, probe::floorReadAndParse,
                probe::agree);
        List<RssProbe.Result> rss = new ArrayList<>();
        Launch how = Launch.launcher() != null ? Launch.launcher() : Launch.plainJar();
        for (int i = 0; i < 2; i++) {
            rss.add(RssProbe.run(how, List.of("agree", "--json", probe.dir.toString())));
        }
        summary.agree(r, probe.targets.targets().size(), files, Runtime.getRuntime().availableProcessors(), how, rss);
    }
}
