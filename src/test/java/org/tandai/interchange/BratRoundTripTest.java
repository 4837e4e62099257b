package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandai.model.Source;
import org.tandai.model.TagSet;

class BratRoundTripTest {

    private static final String TUTORIALS = "brat-example-data/example-data/tutorials";

    /**
     * The 26 tutorial documents (13 in each of brat's bio and news collections), named here rather than
     * listed from disk, so that without {@code ../shared/data} each one is reported as a skipped test
     * instead of the whole set vanishing. {@link #everyTutorialFileOnDiskIsListed} keeps the list true.
     */
    private static final List<String> TUTORIAL_NAMES = List.of("000-introduction", "010-navigation", "020-top_bar",
            "030-login", "040-text_span_annotation", "050-editing_text_span_annotations", "060-relation_annotation",
            "070-editing_relation_annotations", "080-event-annotation", "090-event_structures",
            "100-attribute_annotation", "110-note_annotation", "999-complete");

    static Stream<String> tutorialFiles() {
        return Stream.of("bio", "news").flatMap(c -> TUTORIAL_NAMES.stream().map(n -> c + "/" + n + ".ann"));
    }

    @Test
    void everyTutorialFileOnDiskIsListed() throws IOException {
        Path root = Fixtures.shared(TUTORIALS);
        try (Stream<Path> s = Files.walk(root)) {
            assertEquals(tutorialFiles().sorted().toList(), s.filter(p -> p.toString().endsWith(".ann"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tutorialFiles")
    void tutorialKeepsEverySpanTypeEventAttributeRelationAndNote(String name) throws IOException {
        Path ann = Fixtures.shared(TUTORIALS + "/" + name);
        Fixtures.Collect problems = new Fixtures.Collect();
        List<Article> articles = Fixtures.importFile(new BratImporter(TagSet.defaults()), ann, problems);
        assertEquals(1, articles.size());
        assertTrue(problems.errors().isEmpty(), problems.all.toString());
        String exported = new BratExporter(ann.getParent()).annText(articles.get(0), problems);
        String original = Files.readString(ann, StandardCharsets.UTF_8);
        Map<String, List<String>> want = Structure.of(original);
        Map<String, List<String>> got = Structure.of(exported);
        for (String kind : List.of("T", "E", "A", "R", "*", "N", "#")) {
            assertEquals(want.getOrDefault(kind, List.of()), got.getOrDefault(kind, List.of()), kind + " lines of " + ann);
        }
        assertEquals(articles.get(0).text().text(), Files.readString(ann.resolveSibling(
                ann.getFileName().toString().replace(".ann", ".txt"))), "text unchanged (LF, no BOM)");
    }

    @Test
    void ourAttributionsSurviveBratBothWays(@TempDir Path dir) throws IOException {
        Article a = Fixtures.emojiArticle();
        Fixtures.Collect problems = new Fixtures.Collect();
        BratExporter exporter = new BratExporter(dir);
        exporter.write(a, problems);
        exporter.finish();
        String ann = Files.readString(dir.resolve("emoji.ann"));
        assertTrue(ann.contains("\tAttribution:"), ann);
        assertTrue(ann.matches("(?s).*E\\d\tAttribution:(T\\d+) Source:T\\d+ Cue:\\1 Content:T\\d+.*"), ann);
        assertTrue(ann.contains("Verdict T"), ann);
        assertTrue(Files.readString(dir.resolve("annotation.conf")).contains("Attribution\t"));
        List<Article> back = Fixtures.importFile(new BratImporter(TagSet.defaults()), dir.resolve("emoji.ann"), problems);
        assertTrue(problems.errors().isEmpty(), problems.all.toString());
        Article b = back.get(0);
        assertEquals(a.doc().entities().size(), b.doc().entities().size());
        assertEquals(a.doc().claims().get(0).verdict(), b.doc().claims().get(0).verdict());
        assertEquals("Budi Santoso", b.doc().entity(b.doc().claims().get(0).claimant()).name());
        assertEquals(a.doc().sources().size(), b.doc().sources().size());
        Source kim = b.doc().sources().stream().filter(s -> s.content() != null).findFirst().orElseThrow();
        assertEquals("Kim", b.doc().entity(kim.speaker()).name());
        assertEquals("Menurut", b.doc().source(kim.via()).cue().exact());
        assertEquals("relayed by Yonhap", kim.note());
        assertEquals("indirect", kim.form());
        assertEquals("https://www.wikidata.org/wiki/Q42", b.doc().entity(b.doc().claims().get(0).claimant()).externalId());
        // A second export gives the same .ann: nothing drifts.
        assertEquals(ann, new BratExporter(dir).annText(b, problems));
    }

    @Test
    void bomAndCrlfSourceOffsetsAreMappedToTheNormalizedText(@TempDir Path dir) throws IOException {
        // brat counts code points of the raw file: BOM and CR included.
        String raw = "\uFEFFKata Budi.\r\nMenurut Sri 😀 di Jakarta.\r\n";
        Files.writeString(dir.resolve("x.txt"), raw, StandardCharsets.UTF_8);
        int sri = raw.codePointCount(0, raw.indexOf("Sri"));
        int jak = raw.codePointCount(0, raw.indexOf("Jakarta"));
        Files.writeString(dir.resolve("x.ann"), "T1\tPerson " + sri + " " + (sri + 3) + "\tSri\r\nT2\tGPE "
                + jak + " " + (jak + 7) + "\tJakarta\r\n", StandardCharsets.UTF_8);
        Fixtures.Collect problems = new Fixtures.Collect();
        Article a = Fixtures.importFile(new BratImporter(TagSet.defaults()), dir.resolve("x.ann"), problems).get(0);
        assertTrue(problems.all.isEmpty(), problems.all.toString());
        assertEquals("Sri", a.doc().entities().get(0).mentions().get(0).exact());
        assertEquals("Jakarta", a.doc().entities().get(1).mentions().get(0).exact());
        assertEquals(a.text().text().codePointCount(0, a.text().text().indexOf("Jakarta")),
                a.doc().entities().get(1).mentions().get(0).start());
    }

    @Test
    void offsetsThatDisagreeWithTheQuotedTextAreRepairedWithALocatedWarning(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("y.txt"), "Kata Budi Santoso di Jakarta.");
        Files.writeString(dir.resolve("y.ann"), "T1\tPerson 4 16\tBudi Santoso\nT2\tGPE 21 99\tJakarta\nX9\tjunk\n");
        Fixtures.Collect problems = new Fixtures.Collect();
        Article a = Fixtures.importFile(new BratImporter(TagSet.defaults()), dir.resolve("y.ann"), problems).get(0);
        assertEquals("Budi Santoso", a.doc().entities().get(0).mentions().get(0).exact());
        assertTrue(problems.mentions("y.ann: line 1: warning: T1 offsets 4..16 disagree"), problems.all.toString());
        assertTrue(problems.mentions("y.ann: line 2: T2 offsets 21..99 are outside the text"), problems.all.toString());
        assertTrue(problems.mentions("y.ann: line 3: cannot read \"X9"), problems.all.toString());
        assertEquals(1, a.doc().entities().size());
    }

    @Test
    void aSpanAcrossALineBreakIsWrittenOnOneLineAndReadBackWithoutComplaint(@TempDir Path dir) throws IOException {
        Imported imp = new Imported("nl", org.tandai.model.ArticleText.of("Kata Budi\tdi\nJakarta hari ini."));
        imp.claim(5, 20).setNote("line one\nline two");
        Fixtures.Collect problems = new Fixtures.Collect();
        BratExporter ex = new BratExporter(dir);
        ex.write(imp.article(), problems);
        String ann = Files.readString(dir.resolve("nl.ann"));
        assertEquals(2, ann.lines().count(), ann);
        assertTrue(ann.startsWith("T1\tClaim 5 20\tBudi di Jakarta\n"), ann);
        Article back = Fixtures.importFile(new BratImporter(TagSet.defaults()), dir.resolve("nl.ann"), problems).get(0);
        assertTrue(problems.all.isEmpty(), problems.all.toString());
        assertEquals("Budi\tdi\nJakarta", back.doc().claims().get(0).span().exact());
        assertEquals("line one line two", back.doc().claims().get(0).note());
    }

    /** An independent reading of .ann content, by kind, with ids replaced by what they point at. */
    static final class Structure {
        static Map<String, List<String>> of(String ann) {
            Map<String, String> key = new HashMap<>();
            List<String[]> lines = new ArrayList<>();
            for (String l : ann.split("\r?\n")) {
                if (!l.isBlank()) {
                    lines.add(l.split("\t", -1));
                }
            }
            for (String[] f : lines) {
                if (f[0].startsWith("T")) {
                    key.put(f[0], f[1] + "|" + f[2]);
                }
            }
            // Events may point at events defined later: resolve until stable.
            for (int round = 0; round < 5; round++) {
                for (String[] f : lines) {
                    if (f[0].startsWith("E")) {
                        key.put(f[0], "E(" + eventBody(f[1], key) + ")");
                    } else if (f[0].startsWith("R")) {
                        key.put(f[0], "R(" + f[1].strip().replaceAll("Arg(\\d):(\\S+)", "$1") + ")");
                    }
                }
            }
            Map<String, List<String>> out = new HashMap<>();
            for (String[] f : lines) {
                String kind = f[0].substring(0, 1);
                String[] mid = f[1].strip().split(" ");
                String value = switch (kind) {
                    case "T" -> key.get(f[0]);
                    case "E" -> key.get(f[0]);
                    case "R" -> mid[0] + " " + resolve(mid[1].split(":")[1], key) + " " + resolve(mid[2].split(":")[1], key);
                    case "*" -> mid[0] + " " + sortedRefs(mid, key);
                    case "A", "M" -> mid[0] + " " + resolve(mid[1], key) + (mid.length > 2 ? " " + mid[2] : "");
                    case "N" -> mid[0] + " " + resolve(mid[1], key) + " " + mid[2] + " " + f[2];
                    case "#" -> mid[0] + " " + resolve(mid[1], key) + " " + f[2].strip();
                    default -> String.join("\t", f);
                };
                out.computeIfAbsent(kind.equals("M") ? "A" : kind, k -> new ArrayList<>()).add(value);
            }
            out.values().forEach(Collections::sort);
            return out;
        }

        private static String eventBody(String body, Map<String, String> key) {
            String[] parts = body.strip().split(" ");
            String[] tr = parts[0].split(":");
            List<String> args = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                String[] ra = parts[i].split(":");
                args.add(ra[0] + "=" + resolve(ra[1], key));
            }
            Collections.sort(args);
            return tr[0] + "@" + key.get(tr[1]) + " " + args;
        }

        private static String sortedRefs(String[] mid, Map<String, String> key) {
            List<String> refs = new ArrayList<>();
            for (int i = 1; i < mid.length; i++) {
                refs.add(resolve(mid[i], key));
            }
            Collections.sort(refs);
            return refs.toString();
        }

        private static String resolve(String id, Map<String, String> key) {
            return key.getOrDefault(id, "?" + id);
        }
    }
}
