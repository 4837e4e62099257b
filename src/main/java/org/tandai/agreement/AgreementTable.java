package org.tandai.agreement;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.tandai.store.Layer;

/**
 * The text form of {@code agree}: one row per pair and document, then the corpus per pair with the
 * counts, αU per type, and every annotator at once. Undefined values print as {@code n/a}.
 */
public final class AgreementTable {
    private static final String ROW = "%-32s %-12s %-12s %7s %7s %8s %9s %7s %7s %8s%n";
    private final PrintWriter out;

    public AgreementTable(PrintWriter out) {
        this.out = out;
    }

    public void begin(List<Layer> parties) {
        out.println("layers: " + String.join(", ", parties.stream().map(Layer::label).toList()));
        out.println();
        out.printf(ROW, "document", "a", "b", "ent F1", "type κ", "claim F1", "verdict κ", "check κ", "src F1",
                "src F1~");
    }

    public void document(AgreementRun.DocumentResult d) {
        String name = d.article().getFileName().toString();
        if (d.pairs().isEmpty()) {
            out.printf("%-32s %s%n", name, d.layers().size() == 1 ? "only " + d.layers().get(0).label() + " annotated it"
                    : "no layer could be read");
            return;
        }
        for (AgreementRun.PairResult p : d.pairs()) {
            row(name, p);
        }
    }

    private void row(String first, AgreementRun.PairResult p) {
        PairScores s = p.scores();
        out.printf(ROW, first, p.a().label(), p.b().label(), f(s.entities().exact().f1()),
                f(s.entities().typeKappa().value()), f(s.claims().overlap().f1()), f(s.claims().verdictKappa().value()),
                f(s.claims().checkWorthinessKappa().value()), f(s.sources().triples().exact().f1()),
                f(s.sources().triples().overlap().f1()));
    }

    public void end(AgreementRun run) {
        out.println();
        out.println("corpus (" + run.documents() + " document(s) compared)");
        out.printf(ROW, "pair over documents", "a", "b", "ent F1", "type κ", "claim F1", "verdict κ", "check κ", "src F1",
                "src F1~");
        for (AgreementRun.PairResult p : run.totals()) {
            row(p.scores().documents() + " document(s)", p);
        }
        out.println();
        out.println("counts (tp/fp/fn, b against a)");
        for (AgreementRun.PairResult p : run.totals()) {
            PairScores s = p.scores();
            out.printf("  %s–%s: mentions %s; claims by overlap %s; sources %s exact, %s by overlap; "
                            + "speaker %s, cue %s, content %s (by overlap)%n", p.a().label(), p.b().label(),
                    c(s.entities().exact()), c(s.claims().overlap()), c(s.sources().triples().exact()),
                    c(s.sources().triples().overlap()), c(s.sources().speaker().overlap()), c(s.sources().cue().overlap()),
                    c(s.sources().content().overlap()));
        }
        alphaTable(run);
        GroupScores g = run.allAnnotators();
        out.println();
        if (run.annotators().size() < 2) {
            out.println("every annotator at once: n/a (fewer than two annotators)");
        } else {
            out.printf("every annotator at once (%d document(s) all annotated): Fleiss' κ on types %s, on verdicts %s, "
                            + "on check-worthiness %s; αU %s%n", g.documents(), f(g.typeKappa().value()),
                    f(g.verdictKappa().value()), f(g.checkWorthinessKappa().value()), alphas(g.alphaU()));
        }
        PairScores sum = Overall.annotatorPairs(run);
        out.printf("overall, summed over the %d pair(s) of annotators: mentions F1 %s, claims F1 %s, sources F1 %s exact, "
                        + "%s by overlap%n", Overall.annotatorPairCount(run), f(sum.entities().exact().f1()),
                f(sum.claims().overlap().f1()), f(sum.sources().triples().exact().f1()),
                f(sum.sources().triples().overlap().f1()));
        out.flush();
    }

    private void alphaTable(AgreementRun run) {
        TreeSet<String> types = new TreeSet<>();
        for (AgreementRun.PairResult p : run.totals()) {
            types.addAll(p.scores().entities().alphaU().means().keySet());
        }
        if (types.isEmpty()) {
            return;
        }
        out.println();
        out.println("αU per type (mean over the documents where it is defined)");
        StringBuilder head = new StringBuilder(String.format("  %-25s", "pair"));
        for (String t : types) {
            head.append(String.format(" %12s", cut(t)));
        }
        out.println(head);
        for (AgreementRun.PairResult p : run.totals()) {
            Map<String, Double> m = p.scores().entities().alphaU().means();
            StringBuilder line = new StringBuilder(String.format("  %-25s", p.a().label() + "–" + p.b().label()));
            for (String t : types) {
                line.append(String.format(" %12s", f(m.get(t))));
            }
            out.println(line);
        }
    }

    private static String alphas(Mean m) {
        List<String> parts = new ArrayList<>();
        m.means().forEach((k, v) -> parts.add(k + " " + f(v)));
        return parts.isEmpty() ? "n/a" : String.join(", ", parts);
    }

    private static String cut(String s) {
        return s.length() <= 12 ? s : s.substring(0, 11) + "…";
    }

    private static String c(Counts c) {
        return c.tp() + "/" + c.fp() + "/" + c.fn();
    }

    static String f(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }
}
