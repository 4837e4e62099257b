package org.tandai.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tandai.store.CorpusCheck;
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
        description = "Count entities, mentions, claims (by verdict), sources (by form) and relations (by type), per document and in total.")
final class StatsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles, annotation files or corpus folders.")
    List<Path> paths;

    @Option(names = "--json", description = "Print one JSON object (totals at the top level, per document under perDocument).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> problems = new ArrayList<>();
        CorpusCheck check = new CorpusCheck(new SidecarStore());
        List<Path> articles = check.expand(paths, problems);
        Stats total = new Stats();
        JsonArray perDoc = new JsonArray();
        if (!json) {
            out.printf("%-40s %8s %8s %8s %8s %9s%n", "document", "entities", "mentions", "claims", "sources", "relations");
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
        if (json) {
            JsonObject o = toJson(total);
            o.add("perDocument", perDoc);
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o));
        } else {
            out.printf("%-40s %8d %8d %8d %8d %9d%n", "total (" + total.documents() + " documents)", total.entities(),
                    total.mentions(), total.claims(), total.sources(), total.relations());
            out.println("claims by verdict: " + format(total.claimsByVerdict()));
            out.println("sources by form:   " + format(total.sourcesByForm()));
            out.println("relations by type: " + format(total.relationsByType()));
        }
        problems.forEach(err::println);
        err.flush();
        return problems.isEmpty() ? 0 : 1;
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
        return o;
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
