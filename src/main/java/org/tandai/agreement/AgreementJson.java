package org.tandai.agreement;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.tandai.store.Layer;

/**
 * Writes {@code agree --json} as one object, streamed so that 10,000 documents never sit in memory
 * together: {@code annotators}, {@code curated}, {@code documents} (as they are computed), then
 * {@code pairs} and {@code overall}. The shape is documented in docs/agreement.md, "JSON".
 * Undefined values are written as {@code null}.
 */
public final class AgreementJson {
    private final JsonWriter w;

    public AgreementJson(Writer out) {
        this.w = new JsonWriter(out);
        w.setIndent("  ");
        w.setSerializeNulls(true);
        w.setHtmlSafe(false);
    }

    /** The head, up to the opening of the {@code documents} list. */
    public void begin(List<Layer> annotators, boolean curated) throws IOException {
        w.beginObject();
        w.name("annotators");
        labels(annotators);
        w.name("curated").value(curated);
        w.name("documents").beginArray();
    }

    public void document(AgreementRun.DocumentResult d) throws IOException {
        w.beginObject();
        w.name("file").value(d.article().toString());
        w.name("layers");
        labels(d.layers());
        w.name("pairs").beginArray();
        for (AgreementRun.PairResult p : d.pairs()) {
            pair(p, false);
        }
        w.endArray();
        w.name("allAnnotators");
        group(d.allAnnotators(), false);
        w.endObject();
    }

    /** Closes {@code documents} and writes {@code pairs} and {@code overall}. */
    public void end(AgreementRun run) throws IOException {
        w.endArray();
        w.name("pairs").beginArray();
        for (AgreementRun.PairResult p : run.totals()) {
            pair(p, true);
        }
        w.endArray();
        w.name("overall").beginObject();
        w.name("documents").value(run.documents());
        PairScores sum = Overall.annotatorPairs(run);
        w.name("annotatorPairs").beginObject();
        w.name("pairs").value(Overall.annotatorPairCount(run));
        w.name("entities").beginObject();
        counts("exact", sum.entities().exact());
        w.endObject();
        w.name("claims").beginObject();
        counts("exact", sum.claims().exact());
        counts("overlap", sum.claims().overlap());
        w.endObject();
        w.name("sources").beginObject();
        both(sum.sources().triples());
        w.endObject();
        w.endObject();
        w.name("allAnnotators");
        group(run.annotators().size() >= 2 ? run.allAnnotators() : null, true);
        w.endObject();
        w.endObject();
        w.flush();
    }

    private void pair(AgreementRun.PairResult p, boolean corpus) throws IOException {
        PairScores s = p.scores();
        w.beginObject();
        w.name("a").value(p.a().label());
        w.name("b").value(p.b().label());
        if (corpus) {
            w.name("documents").value(s.documents());
        }
        w.name("entities").beginObject();
        counts("exact", s.entities().exact());
        coefficient("typeKappa", s.entities().typeKappa());
        alpha(s.entities().alphaU(), corpus);
        w.endObject();
        w.name("claims").beginObject();
        counts("exact", s.claims().exact());
        counts("overlap", s.claims().overlap());
        coefficient("verdictKappa", s.claims().verdictKappa());
        coefficient("checkWorthinessKappa", s.claims().checkWorthinessKappa());
        w.endObject();
        w.name("sources").beginObject();
        both(s.sources().triples());
        part("speaker", s.sources().speaker());
        part("cue", s.sources().cue());
        part("content", s.sources().content());
        w.endObject();
        w.endObject();
    }

    private void group(GroupScores g, boolean corpus) throws IOException {
        if (g == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        if (corpus) {
            w.name("documents").value(g.documents());
        }
        w.name("entities").beginObject();
        coefficient("typeKappa", g.typeKappa());
        alpha(g.alphaU(), corpus);
        w.endObject();
        w.name("claims").beginObject();
        coefficient("verdictKappa", g.verdictKappa());
        coefficient("checkWorthinessKappa", g.checkWorthinessKappa());
        w.endObject();
        w.endObject();
    }

    private void alpha(Mean m, boolean corpus) throws IOException {
        w.name("alphaU").beginObject();
        for (Map.Entry<String, Double> e : m.means().entrySet()) {
            number(e.getKey(), e.getValue());
        }
        w.endObject();
        if (corpus) {
            w.name("alphaUDocuments").beginObject();
            for (Map.Entry<String, Integer> e : m.documents().entrySet()) {
                w.name(e.getKey()).value(e.getValue());
            }
            w.endObject();
        }
    }

    private void part(String name, SourceScores.Both b) throws IOException {
        w.name(name).beginObject();
        both(b);
        w.endObject();
    }

    private void both(SourceScores.Both b) throws IOException {
        counts("exact", b.exact());
        counts("overlap", b.overlap());
    }

    private void counts(String name, Counts c) throws IOException {
        w.name(name).beginObject();
        w.name("tp").value(c.tp());
        w.name("fp").value(c.fp());
        w.name("fn").value(c.fn());
        number("precision", c.precision());
        number("recall", c.recall());
        number("f1", c.f1());
        w.endObject();
    }

    private void coefficient(String name, CategoryTable.Coefficient c) throws IOException {
        w.name(name).beginObject();
        number("value", c.value());
        w.name("items").value(c.items());
        w.endObject();
    }

    private void number(String name, Double v) throws IOException {
        w.name(name);
        if (v == null) {
            w.nullValue();
        } else {
            w.value(v.doubleValue());
        }
    }

    private void labels(List<Layer> layers) throws IOException {
        w.beginArray();
        for (Layer l : layers) {
            w.value(l.label());
        }
        w.endArray();
    }
}
