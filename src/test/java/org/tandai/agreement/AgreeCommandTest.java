package org.tandai.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandai.agreement.TeamCorpus.at;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Entity;

/**
 * {@code tandai agree} through the real command line on team corpora written in a temporary folder,
 * with the figures computed by hand in the comments.
 */
class AgreeCommandTest {
    private static final double EPS = 1e-9;
    private static final String TEXT = "Budi Santoso said that rice prices rose in Jakarta on Monday. "
            + "Officials told reporters that aid will come to Medan soon.";

    @TempDir
    Path tmp;

    /** A layer with two types of entity, claims with two verdicts and two levels, and two sources. */
    private static AnnotatedDocument full(TeamCorpus c) {
        AnnotatedDocument d = c.doc();
        Entity budi = c.entity(d, "PERSON", at(0, 12));
        c.entity(d, "LOCATION", at(43, 50), at(109, 114));
        c.entity(d, "DATE", at(54, 60));
        c.claim(d, 23, 60, "true", "high");
        c.claim(d, 92, 119, "false", "low");
        c.source(d, budi, null, at(13, 22), at(23, 60));
        c.source(d, null, "officials", at(72, 91), at(92, 119));
        return d;
    }

    @Test
    void twoCopiesOfTheSameLayerScoreOneOnEveryMeasure() throws Exception {
        TeamCorpus c = new TeamCorpus(tmp.resolve("c"), "a.txt", TEXT);
        c.write("ani", full(c));
        c.write("budi", full(c));
        JsonObject j = c.json();
        assertEquals("[\"ani\",\"budi\"]", j.get("annotators").toString());
        List<String> checked = new ArrayList<>();
        everyMeasure(j, "", checked, (path, v) -> assertEquals(1.0, v, EPS, path));
        // Per document and per corpus: F1/precision/recall of 1 + 2 + 2 + 8 count blocks, 3 + 3 κ, 3 types of αU...
        assertTrue(checked.size() > 60, checked.toString());
        assertTrue(checked.stream().anyMatch(p -> p.endsWith("alphaU.PERSON")), checked.toString());
        assertTrue(checked.stream().anyMatch(p -> p.contains("allAnnotators.claims.verdictKappa")), checked.toString());
        JsonObject pair = j.getAsJsonArray("pairs").get(0).getAsJsonObject();
        assertEquals(4, pair.getAsJsonObject("entities").getAsJsonObject("exact").get("tp").getAsInt());
        assertEquals(2, pair.getAsJsonObject("sources").getAsJsonObject("exact").get("tp").getAsInt());
    }

    @Test
    void disjointLayersScoreZeroAndAlphaUPenalisesBothUnits() throws Exception {
        // Continuum "abcdefghij", L = 10. Ani marks PERSON at [0,2), Budi at [5,7).
        TeamCorpus c = new TeamCorpus(tmp.resolve("c"), "a.txt", "abcdefghij");
        AnnotatedDocument a = c.doc();
        c.entity(a, "PERSON", at(0, 2));
        c.claim(a, 0, 2, "true", "high");
        AnnotatedDocument b = c.doc();
        c.entity(b, "PERSON", at(5, 7));
        c.claim(b, 5, 7, "true", "high");
        c.write("ani", a);
        c.write("budi", b);
        JsonObject e = pair(c.json(), 0).getAsJsonObject("entities");
        assertCounts(e.getAsJsonObject("exact"), 0, 1, 1, 0.0, 0.0, 0.0);
        // No mention matches on span: κ on types has no items and is undefined.
        assertTrue(e.getAsJsonObject("typeKappa").get("value").isJsonNull());
        assertEquals(0, e.getAsJsonObject("typeKappa").get("items").getAsInt());
        // αU (Krippendorff 1995, as DKPro computes it), R = 2, L = 10:
        //  observed: unit [0,2) of ani lies in budi's gap [0,5): 2² = 4; unit [5,7) of budi lies in
        //  ani's gap [2,10): 2² = 4. D_O = 2·(4 + 4) / (R(R−1)·L²) = 16 / 200 = 0.08.
        //  expected: N = 2 units of length 2, Σ l(l−1) = 4; gaps: ani [8], budi [5, 3].
        //  each unit: (N−1)(2l³−3l²+l)/3 = 2, plus l²·Σ_{gap≥l}(gap−l+1) = 4·(7+4+2) = 52 → 54.
        //  D_E = (2/L)·108 / (R·L·(R·L−1) − 4) = 21.6 / 376.
        //  αU = 1 − 0.08·376/21.6 = 1 − 188/135 = −53/135.
        assertEquals(-53.0 / 135, e.getAsJsonObject("alphaU").get("PERSON").getAsDouble(), EPS);
        JsonObject claims = pair(c.json(), 0).getAsJsonObject("claims");
        assertCounts(claims.getAsJsonObject("overlap"), 0, 1, 1, 0.0, 0.0, 0.0);
        assertTrue(claims.getAsJsonObject("verdictKappa").get("value").isJsonNull());
    }

    @Test
    void shiftedBoundariesFailExactMatchingButMatchByOverlapAndGetPartialAlphaU() throws Exception {
        TeamCorpus c = new TeamCorpus(tmp.resolve("c"), "a.txt", "abcdefghij");
        AnnotatedDocument a = c.doc();
        c.entity(a, "PERSON", at(0, 4));
        c.claim(a, 0, 6, "true", "high");
        c.source(a, null, "officials", at(7, 9), at(0, 6));
        AnnotatedDocument b = c.doc();
        c.entity(b, "PERSON", at(1, 4));
        c.claim(b, 1, 6, "true", "high");
        c.source(b, null, "Officials ", at(7, 9), at(1, 6));
        c.write("ani", a);
        c.write("budi", b);
        JsonObject p = pair(c.json(), 0);
        JsonObject e = p.getAsJsonObject("entities");
        assertCounts(e.getAsJsonObject("exact"), 0, 1, 1, 0.0, 0.0, 0.0);
        // αU, L = 10: ani [0,4), budi [1,4).
        //  observed: the two units overlap, begin difference −1, end difference 0: (−1)² + 0² = 1.
        //  D_O = 2·1 / (2·100) = 0.01.
        //  expected: lengths 4 and 3, Σ l(l−1) = 12 + 6 = 18; gaps: ani [6], budi [1, 6].
        //  l = 4: (16·8 − 3·16 + 4)/3 = 28, plus 16·((6−4+1) + (6−4+1)) = 96 → 124.
        //  l = 3: (2·27 − 27 + 3)/3 = 10, plus 9·((6−3+1) + (6−3+1)) = 72 → 82.
        //  D_E = (2/10)·206 / (2·10·19 − 18) = 41.2 / 362.
        //  αU = 1 − 0.01·362/41.2 = 1 − 362/4120 = 1879/2060 ≈ 0.912: partial credit, where exact F1 is 0.
        assertEquals(1879.0 / 2060, e.getAsJsonObject("alphaU").get("PERSON").getAsDouble(), EPS);
        JsonObject claims = p.getAsJsonObject("claims");
        assertCounts(claims.getAsJsonObject("exact"), 0, 1, 1, 0.0, 0.0, 0.0);
        assertCounts(claims.getAsJsonObject("overlap"), 1, 0, 0, 1.0, 1.0, 1.0);
        JsonObject s = p.getAsJsonObject("sources");
        // Same cue, same speaker description (case and spaces aside), content shifted by one.
        assertCounts(s.getAsJsonObject("exact"), 0, 1, 1, 0.0, 0.0, 0.0);
        assertCounts(s.getAsJsonObject("overlap"), 1, 0, 0, 1.0, 1.0, 1.0);
        assertCounts(s.getAsJsonObject("cue").getAsJsonObject("exact"), 1, 0, 0, 1.0, 1.0, 1.0);
        assertCounts(s.getAsJsonObject("content").getAsJsonObject("exact"), 0, 1, 1, 0.0, 0.0, 0.0);
        assertCounts(s.getAsJsonObject("speaker").getAsJsonObject("exact"), 1, 0, 0, 1.0, 1.0, 1.0);
    }

    @Test
    void aTypeDisagreementLowersKappaAndExactF1() throws Exception {
        TeamCorpus c = new TeamCorpus(tmp.resolve("c"), "a.txt", TEXT);
        // Four mentions at the same spans; ani: PERSON PERSON LOCATION LOCATION,
        // budi: PERSON LOCATION LOCATION LOCATION.
        AnnotatedDocument a = c.doc();
        c.entity(a, "PERSON", at(0, 4), at(5, 12));
        c.entity(a, "LOCATION", at(43, 50), at(109, 114));
        // Three claims at the same spans; verdicts ani: true false false, budi: true false true.
        c.claim(a, 0, 12, "true", "high");
        c.claim(a, 23, 60, "false", "high");
        c.claim(a, 92, 119, "false", "high");
        AnnotatedDocument b = c.doc();
        c.entity(b, "PERSON", at(0, 4));
        c.entity(b, "LOCATION", at(5, 12), at(43, 50), at(109, 114));
        c.claim(b, 0, 12, "true", "high");
        c.claim(b, 23, 60, "false", "high");
        c.claim(b, 92, 119, "true", "high");
        c.write("ani", a);
        c.write("budi", b);
        JsonObject p = pair(c.json(), 0);
        JsonObject e = p.getAsJsonObject("entities");
        // Span and type agree on 3 of 4: tp 3, fp 1, fn 1; P = R = F1 = 3/4.
        assertCounts(e.getAsJsonObject("exact"), 3, 1, 1, 0.75, 0.75, 0.75);
        // κ on types: items (P,P) (P,L) (L,L) (L,L): A_O = 3/4. Marginals ani P 2 L 2, budi P 1 L 3:
        // A_E = (2·1 + 2·3)/4² = 1/2. κ = (3/4 − 1/2)/(1 − 1/2) = 1/2.
        assertEquals(0.5, e.getAsJsonObject("typeKappa").get("value").getAsDouble(), EPS);
        assertEquals(4, e.getAsJsonObject("typeKappa").get("items").getAsInt());
        // κ on verdicts: A_O = 2/3; ani t 1 f 2, budi t 2 f 1: A_E = (1·2 + 2·1)/9 = 4/9;
        // κ = (2/3 − 4/9)/(1 − 4/9) = (2/9)/(5/9) = 2/5.
        JsonObject claims = p.getAsJsonObject("claims");
        assertEquals(0.4, claims.getAsJsonObject("verdictKappa").get("value").getAsDouble(), EPS);
        // Every claim is "high": A_E = 1, so κ on check-worthiness is undefined, not 1.
        assertTrue(claims.getAsJsonObject("checkWorthinessKappa").get("value").isJsonNull());
        assertEquals(3, claims.getAsJsonObject("checkWorthinessKappa").get("items").getAsInt());
    }

    @Test
    void aMissingAttributionCostsRecall() throws Exception {
        TeamCorpus c = new TeamCorpus(tmp.resolve("c"), "a.txt", TEXT);
        c.write("ani", full(c));
        AnnotatedDocument b = full(c);
        b.sources().remove(1);
        c.write("budi", b);
        JsonObject s = pair(c.json(), 0).getAsJsonObject("sources");
        // ani has 2 attributions, budi 1 of them: tp 1, fp 0, fn 1; P = 1, R = 1/2, F1 = 2·1/(2·1 + 0 + 1) = 2/3.
        for (String part : List.of("speaker", "cue", "content")) {
            assertCounts(s.getAsJsonObject(part).getAsJsonObject("exact"), 1, 0, 1, 1.0, 0.5, 2.0 / 3);
        }
        assertCounts(s.getAsJsonObject("exact"), 1, 0, 1, 1.0, 0.5, 2.0 / 3);
        assertCounts(s.getAsJsonObject("overlap"), 1, 0, 1, 1.0, 0.5, 2.0 / 3);
    }

    @Test
    void threeAnnotatorsGetFleissKappaAndTheCuratedLayerIsAParty() throws Exception {
        TeamCorpus c = new TeamCorpus(tmp.resolve("c"), "a.txt", TEXT);
        // Two mention spans marked by all three; types: span 1 P P P, span 2 P P L.
        String[][] types = {{"PERSON", "PERSON"}, {"PERSON", "PERSON"}, {"PERSON", "LOCATION"}};
        String[] slugs = {"ani", "budi", "citra"};
        for (int r = 0; r < 3; r++) {
            AnnotatedDocument d = c.doc();
            c.entity(d, types[r][0], at(0, 12));
            c.entity(d, types[r][1], at(43, 50));
            c.write(slugs[r], d);
        }
        AnnotatedDocument curated = c.doc();
        c.entity(curated, "PERSON", at(0, 12));
        c.entity(curated, "LOCATION", at(43, 50));
        c.write("curated", curated);
        JsonObject j = c.json();
        assertEquals("[\"ani\",\"budi\",\"citra\"]", j.get("annotators").toString());
        assertTrue(j.get("curated").getAsBoolean());
        // Pairs among 4 parties: 6, the curated layer last.
        assertEquals(6, j.getAsJsonArray("pairs").size());
        assertEquals("curated", pair(j, 5).get("b").getAsString());
        // Fleiss: P_1 = 1, P_2 = (2² + 1² − 3)/(3·2) = 1/3, mean 2/3; p_P = 5/6, p_L = 1/6,
        // P_e = 25/36 + 1/36 = 13/18; κ = (2/3 − 13/18)/(1 − 13/18) = (−1/18)/(5/18) = −1/5.
        JsonObject all = j.getAsJsonObject("overall").getAsJsonObject("allAnnotators");
        assertEquals(-0.2, all.getAsJsonObject("entities").getAsJsonObject("typeKappa").get("value").getAsDouble(), EPS);
        // Summed over the 3 annotator pairs (curated left out): ani–budi 2/0/0, ani–citra 1/1/1, budi–citra 1/1/1.
        JsonObject sum = j.getAsJsonObject("overall").getAsJsonObject("annotatorPairs");
        assertCounts(sum.getAsJsonObject("entities").getAsJsonObject("exact"), 4, 2, 2, 4.0 / 6, 4.0 / 6, 4.0 / 6);
    }

    @Test
    void textOutputIsATableWithNaForUndefinedValues() throws Exception {
        TeamCorpus c = new TeamCorpus(tmp.resolve("c"), "a.txt", TEXT);
        AnnotatedDocument a = c.doc();
        c.entity(a, "PERSON", at(0, 12));
        c.write("ani", a);
        c.write("budi", a);
        TeamCorpus.Run r = TeamCorpus.agree(c.dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("layers: ani, budi"), r.out());
        // One type only: κ on types is undefined; no claims: claim F1 undefined.
        assertTrue(r.out().matches("(?s).*a\\.txt\\s+ani\\s+budi\\s+1\\.000\\s+n/a\\s+n/a.*"), r.out());
    }

    @Test
    void fewerThanTwoLayersIsAClearMessage() throws Exception {
        TeamCorpus c = new TeamCorpus(tmp.resolve("c"), "a.txt", TEXT);
        c.write("curated", full(c));
        TeamCorpus.Run r = TeamCorpus.agree(c.dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("fewer than two layers to compare (found curated)"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnreadableLayerIsNamedWithItsPlaceAndTheOthersAreStillCompared() throws Exception {
        TeamCorpus c = new TeamCorpus(tmp.resolve("c"), "a.txt", TEXT);
        c.write("ani", full(c));
        c.write("budi", full(c));
        c.write("curated", full(c));
        Path broken = c.dir.resolve("annotators/budi/a.annotations.json");
        Files.writeString(broken, "{\"format\": \"tandai-annotations\",\n  \"version\": ");
        byte[] before = Files.readAllBytes(broken);
        TeamCorpus.Run r = TeamCorpus.agree("--json", c.dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(broken.toString() + ": line 2"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        JsonObject j = com.google.gson.JsonParser.parseString(r.out()).getAsJsonObject();
        JsonObject doc = j.getAsJsonArray("documents").get(0).getAsJsonObject();
        assertEquals("[\"ani\",\"curated\"]", doc.get("layers").toString());
        assertEquals(1, doc.getAsJsonArray("pairs").size());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(broken)), "agree never writes");
    }

    @Test
    void anArticleOrAnyOfItsSidecarsNamesTheSameDocument() throws Exception {
        TeamCorpus c = new TeamCorpus(tmp.resolve("c"), "a.txt", TEXT);
        c.write("ani", full(c));
        c.write("budi", full(c));
        c.write("curated", full(c));
        for (Path p : List.of(c.article, c.dir.resolve("annotators/budi/a.annotations.json"),
                c.dir.resolve("a.annotations.json"))) {
            TeamCorpus.Run r = TeamCorpus.agree("--json", p.toString());
            assertEquals(0, r.exit(), r.err());
            JsonObject j = com.google.gson.JsonParser.parseString(r.out()).getAsJsonObject();
            assertEquals(1, j.getAsJsonArray("documents").size(), p.toString());
            assertEquals(3, j.getAsJsonArray("pairs").size(), p.toString());
        }
    }

    @Test
    void aMissingPathIsNamed() {
        TeamCorpus.Run r = TeamCorpus.agree(tmp.resolve("nope").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(tmp.resolve("nope") + ": file: no such file or folder"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }

    private static JsonObject pair(JsonObject j, int i) {
        return j.getAsJsonArray("pairs").get(i).getAsJsonObject();
    }

    private static void assertCounts(JsonObject c, int tp, int fp, int fn, double p, double r, double f1) {
        assertEquals(tp, c.get("tp").getAsInt(), c.toString());
        assertEquals(fp, c.get("fp").getAsInt(), c.toString());
        assertEquals(fn, c.get("fn").getAsInt(), c.toString());
        assertEquals(p, c.get("precision").getAsDouble(), EPS, c.toString());
        assertEquals(r, c.get("recall").getAsDouble(), EPS, c.toString());
        assertEquals(f1, c.get("f1").getAsDouble(), EPS, c.toString());
    }

    /** Calls {@code check} on every measure in the tree: precision, recall, f1, κ values and αU values. */
    private static void everyMeasure(JsonElement e, String path, List<String> seen, Check check) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
                String p = path + "." + m.getKey();
                boolean measure = List.of("precision", "recall", "f1", "value").contains(m.getKey())
                        || path.endsWith(".alphaU");
                if (measure) {
                    seen.add(p);
                    assertFalse(m.getValue().isJsonNull(), p + " is null");
                    check.accept(p, m.getValue().getAsDouble());
                } else {
                    everyMeasure(m.getValue(), p, seen, check);
                }
            }
        } else if (e.isJsonArray()) {
            for (int i = 0; i < e.getAsJsonArray().size(); i++) {
                everyMeasure(e.getAsJsonArray().get(i), path + "[" + i + "]", seen, check);
            }
        }
    }

    private interface Check {
        void accept(String path, double value);
    }
}
