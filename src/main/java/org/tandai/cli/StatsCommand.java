package org.tandai.cli;

import org.tandai.i18n.Messages;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tandai.store.CorpusCheck;
import org.tandai.store.CorpusLayout;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Layer;
import org.tandai.store.StoreException;
import org.tandai.store.Problem;
import org.tandai.store.SidecarStore;
import org.tandai.store.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandai stats [--json] PATH...}: counts per document and in total. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Count entities, mentions, claims (by verdict and check-worthiness), sources (by form and speaker) and relations",
                "(by type), per document and in total,",
                "in one layer (--layer; the curated or sole layer by default). For each corpus folder it also lists",
                "its layers (curated and annotators/SLUG/) with their totals."})
final class StatsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles, annotation files or corpus folders.")
    List<Path> paths;

    @Option(names = "--json", description = "Print one JSON object (totals at the top level, per document under perDocument).")
    boolean json;

    @picocli.CommandLine.Mixin
    LayerOption layer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> problems = new ArrayList<>();
        CorpusCheck check = new CorpusCheck(new SidecarStore());
        Layer chosen = layer.resolve(spec, paths);
        List<DocumentFiles> articles = check.expand(paths, chosen, problems);
        Stats total = new Stats();
        Messages m = TandaiCommand.messages(spec);
        JsonArray perDoc = new JsonArray();
        if (!json) {
            out.printf("%-40s %8s %8s %8s %8s %9s%n", m.get("cli.stats.document"), m.get("cli.stats.entities"), m.get("cli.stats.mentions"),
                    m.get("cli.stats.claims"), m.get("cli.stats.sources"), m.get("cli.stats.relations"));
        }
        check.visit(articles, v -> {
            if (v.loaded() == null || v.loaded().document() == null) {
                v.problems().stream().filter(Problem::isError).forEach(problems::add);
                return;
            }
            Stats s = Stats.of(v.loaded().document());
            total.add(s);
            String name = v.article().getFileName().toString();
            if (json) {
                JsonObject d = toJson(s);
                d.remove("documents");
                d.addProperty("file", v.article().toString());
                perDoc.add(d);
            } else {
                out.printf("%-40s %8d %8d %8d %8d %9d%n", name, s.entities(), s.mentions(), s.claims(), s.sources(),
                        s.relations());
            }
        });
        JsonArray layers = new JsonArray();
        java.io.StringWriter layerLines = new java.io.StringWriter();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                layers(check, p, layers, new PrintWriter(layerLines, true));
            }
        }
        if (json) {
            JsonObject o = toJson(total);
            o.addProperty("layer", chosen.label());
            o.add("perDocument", perDoc);
            o.add("layers", layers);
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o));
        } else {
            out.printf("%-40s %8d %8d %8d %8d %9d%n", m.get("cli.stats.total", total.documents()), total.entities(),
                    total.mentions(), total.claims(), total.sources(), total.relations());
            out.println(m.get("cli.stats.byVerdict", format(total.claimsByVerdict())));
            out.println(m.get("cli.stats.byForm", format(total.sourcesByForm())));
            out.println(m.get("cli.stats.byType", format(total.relationsByType())));
            out.println(m.get("cli.stats.byCheckWorthiness", format(total.claimsByCheckWorthiness())));
            out.println(m.get("cli.stats.speakers", format(top(total, TOP_SPEAKERS))));
            out.print(layerLines);
        }
        problems.forEach(err::println);
        err.flush();
        return problems.isEmpty() ? 0 : 1;
    }

    /**
     * The layers of one corpus folder, curated first, each with its totals: a line each (text), or
     * an object each in {@code layers} ({@code corpus}, {@code layer} and the counts).
     */
    private void layers(CorpusCheck check, Path corpus, JsonArray into, PrintWriter out) {
        List<Layer> all = new ArrayList<>(List.of(Layer.CURATED));
        try {
            all.addAll(CorpusLayout.withTeamFlag(corpus, false).annotatorLayers());
        } catch (StoreException e) {
            spec.commandLine().getErr().println(e.problem());
        }
        if (!json) {
            out.println(TandaiCommand.messages(spec).get("cli.stats.layersOf", corpus));
        }
        for (Layer l : all) {
            Stats s = new Stats();
            check.visit(check.expand(List.of(corpus), l, new ArrayList<>()), v -> {
                if (v.loaded() != null && v.loaded().document() != null) {
                    s.add(Stats.of(v.loaded().document()));
                }
            });
            if (json) {
                JsonObject o = toJson(s);
                o.addProperty("corpus", corpus.toString());
                o.addProperty("layer", l.label());
                into.add(o);
            } else {
                out.printf("  %-20s %s%n", l.label(), TandaiCommand.messages(spec).get("cli.stats.layerLine", s.documents(), s.entities(),
                        s.mentions(), s.claims(), s.sources(), s.relations()));
            }
        }
    }

    private static JsonObject toJson(Stats s) {
        JsonObject o = new JsonObject();
        o.addProperty("documents", s.documents());
        o.addProperty("entities", s.entities());
        o.addProperty("mentions", s.mentions());
        o.addProperty("claims", s.claims());
        o.addProperty("sources", s.sources());
        JsonObject byVerdict = new JsonObject();
        s.claimsByVerdict().forEach(byVerdict::addProperty);
        o.add("claimsByVerdict", byVerdict);
        JsonObject byForm = new JsonObject();
        s.sourcesByForm().forEach(byForm::addProperty);
        o.add("sourcesByForm", byForm);
        o.addProperty("relations", s.relations());
        JsonObject byType = new JsonObject();
        s.relationsByType().forEach(byType::addProperty);
        o.add("relationsByType", byType);
        JsonObject byWorthiness = new JsonObject();
        s.claimsByCheckWorthiness().forEach(byWorthiness::addProperty);
        o.add("claimsByCheckWorthiness", byWorthiness);
        JsonObject speakers = new JsonObject();
        s.speakers().forEach(speakers::addProperty);
        o.add("speakers", speakers);
        return o;
    }

    /** How many speakers the text output lists; the JSON has them all. */
    static final int TOP_SPEAKERS = 10;

    private static Map<String, Integer> top(Stats s, int n) {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        s.topSpeakers(n).forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    private static String format(Map<String, Integer> m) {
        if (m.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }
}
