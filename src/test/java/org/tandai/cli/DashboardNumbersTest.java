package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.dashboard.CorpusSummaries;
import org.tandai.dashboard.CorpusSummary;
import org.tandai.store.Layer;
import org.tandai.store.SidecarStore;
import org.tandai.store.Stats;
import org.tandai.synth.SyntheticTeam;
import picocli.CommandLine;

/**
 * The dashboard and {@code tandai stats --json} give the same numbers on the same corpus: the
 * seed corpus (one layer) and a generated team corpus (every annotator's layer), including the
 * numbers stats gained for the dashboard (claims by check-worthiness, sources per speaker).
 */
class DashboardNumbersTest {
    @TempDir
    Path tmp;

    private JsonObject stats(String... args) {
        StringWriter o = new StringWriter();
        CommandLine cl = TandaiCommand.commandLine(options -> 0);
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        String[] all = new String[args.length + 2];
        all[0] = "stats";
        all[1] = "--json";
        System.arraycopy(args, 0, all, 2, args.length);
        assertEquals(0, cl.execute(all), o.toString());
        return JsonParser.parseString(o.toString()).getAsJsonObject();
    }

    private static Map<String, Integer> map(JsonObject o, String field) {
        Map<String, Integer> m = new TreeMap<>();
        o.getAsJsonObject(field).entrySet().forEach(e -> m.put(e.getKey(), e.getValue().getAsInt()));
        return m;
    }

    private static void assertSame(JsonObject json, Stats s) {
        assertEquals(json.get("documents").getAsInt(), s.documents());
        assertEquals(json.get("entities").getAsInt(), s.entities());
        assertEquals(json.get("mentions").getAsInt(), s.mentions());
        assertEquals(json.get("claims").getAsInt(), s.claims());
        assertEquals(json.get("sources").getAsInt(), s.sources());
        assertEquals(json.get("relations").getAsInt(), s.relations());
        assertEquals(map(json, "claimsByVerdict"), s.claimsByVerdict());
        assertEquals(map(json, "sourcesByForm"), s.sourcesByForm());
        assertEquals(map(json, "claimsByCheckWorthiness"), s.claimsByCheckWorthiness());
        assertEquals(map(json, "speakers"), s.speakers());
    }

    @Test
    void theSeedCorpusGivesTheNumbersOfStats() throws Exception {
        Path folder = TestFiles.seed(tmp.resolve("seeds")).getParent();
        CorpusSummary s = new CorpusSummaries(new SidecarStore()).compute(folder, Layer.CURATED, (n, t) -> { });
        JsonObject json = stats(folder.toString());
        assertSame(json, s.totals());
        assertEquals(1, s.articles());
        assertEquals(0, s.done());
        assertEquals(22, s.totals().claims());
        assertTrue(s.totals().speakers().values().stream().mapToInt(Integer::intValue).sum() > 0,
                "the seed's sources name speakers: " + s.totals().speakers());
        assertNull(s.agreement(), "one layer: no agreement");
    }

    @Test
    void aTeamCorpusGivesEveryLayersNumbersOfStats() throws Exception {
        Path folder = tmp.resolve("team");
        SyntheticTeam.write(folder, "t", 4, 7L, 1500, 12, 3);
        CorpusSummary s = new CorpusSummaries(new SidecarStore()).compute(folder, Layer.CURATED, (n, t) -> { });
        for (int i = 1; i <= 3; i++) {
            Layer l = SyntheticTeam.annotator(i);
            assertSame(stats("--layer", l.label(), folder.toString()), s.perLayer().get(l));
        }
        assertSame(stats(folder.toString()), s.totals());
        assertEquals(4, s.articles());
        assertEquals(3, s.agreement().size(), "three annotators make three pairs");
        assertEquals("annotator-1\u2013annotator-2", s.agreement().get(0).label());
        assertEquals(4, s.agreement().get(0).documents());
        assertTrue(s.agreement().get(0).entities() > 0 && s.agreement().get(0).entities() <= 1);
    }
}
