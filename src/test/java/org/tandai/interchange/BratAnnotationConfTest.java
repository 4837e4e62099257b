package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;
import org.tandai.synth.SyntheticCorpus;

/**
 * The brat export passes brat's own verifier ({@link BratVerifier}, the checks of
 * {@code verify_annotations.py}) against the {@code annotation.conf} it writes: Tandai lets any
 * spans overlap (a claim inside a content span, a mention inside a claim, equal spans), so the
 * conf must say so with {@code <OVERLAP>}.
 */
class BratAnnotationConfTest {
    @TempDir
    Path dir;

    /** Exports the seed (a copy), the emoji fixture and two synthetic articles; returns .ann name → content. */
    private Map<String, String> export(Path out) throws IOException {
        SidecarStore.Loaded l = new SidecarStore().load(TestFiles.seed(dir.resolve("corpus")), TagSet.defaults());
        assertTrue(l.problems().isEmpty(), l.problems().toString());
        List<Article> articles = new ArrayList<>(List.of(new Article("seed", l.text(), l.document()), Fixtures.emojiArticle()));
        for (long s : new long[] {7, 11}) {
            SyntheticCorpus.Article syn = SyntheticCorpus.article("synth-" + s, s, 2_500, 40);
            articles.add(new Article(syn.name(), syn.text(), syn.document()));
        }
        try (Exporter ex = new BratExporter(out)) {
            for (Article a : articles) {
                ex.write(a, p -> { });
            }
            ex.finish();
        }
        Map<String, String> anns = new LinkedHashMap<>();
        for (Article a : articles) {
            anns.put(a.name(), Files.readString(out.resolve(a.name() + ".ann"), StandardCharsets.UTF_8));
        }
        return anns;
    }

    @Test
    void bratsVerifierFindsNoIssueInTheExportOfTheSeed() throws IOException {
        Path out = Files.createDirectories(dir.resolve("brat"));
        Map<String, String> anns = export(out);
        BratVerifier verifier = new BratVerifier(Files.readString(out.resolve("annotation.conf"), StandardCharsets.UTF_8));
        for (Map.Entry<String, String> a : anns.entrySet()) {
            assertEquals(List.of(), verifier.verify(a.getValue()), a.getKey() + ".ann");
        }
    }

    @Test
    void withoutOverlapRulesBratsVerifierRejectsTheSeedsNestedAndEqualSpans() throws IOException {
        Path out = Files.createDirectories(dir.resolve("brat"));
        Map<String, String> anns = export(out);
        String conf = Files.readString(out.resolve("annotation.conf"), StandardCharsets.UTF_8);
        String old = conf.lines().filter(line -> !line.startsWith("<OVERLAP>")).reduce("", (x, y) -> x + y + "\n");
        assertTrue(old.length() < conf.length(), "the conf declares <OVERLAP>");
        List<BratVerifier.Issue> issues = new BratVerifier(old).verify(anns.get("seed"));
        // What brat's verify_annotations.py reported on the seed's export before the conf declared overlaps.
        assertEquals(164, issues.size(), issues.toString());
        assertTrue(issues.stream().allMatch(i -> i.kind() == BratVerifier.Kind.ERROR));
        assertTrue(issues.stream().anyMatch(i -> i.message().startsWith("Error: Content cannot contain Claim")), issues.toString());
        assertTrue(issues.stream().anyMatch(i -> i.message().contains("cannot have identical span")), issues.toString());
    }

    @Test
    void theVerifierChecksTypesArgumentsAndAttributesToo() {
        BratVerifier v = new BratVerifier("""
                [entities]
                PERSON
                Claim
                [relations]
                Claimant\tArg1:Claim, Arg2:PERSON
                [events]
                Attribution\tSource?:PERSON, Content*:Claim
                [attributes]
                Verdict\tArg:Claim, Value:true|false
                """);
        List<String> messages = v.verify("""
                T1\tPERSON 0 4\tBudi
                T2\tClaim 10 20\tharga naik
                T3\tAttribution 5 9\tkata
                T4\tLOC 30 37\tJakarta
                E1\tAttribution:T3 Source:T1 Source2:T1 Content:T1
                R1\tClaimant Arg1:T1 Arg2:T2\t
                A1\tVerdict T1 true
                """).stream().map(BratVerifier.Issue::message).toList();
        assertEquals(List.of(
                "Error: LOC is not a known textbound type (check configuration?)",
                "Error: Attribution argument Content cannot be of type PERSON",
                "Error: Attribution cannot take multiple Source arguments",
                "Error: Claimant relation Arg1:PERSON Arg2:Claim not allowed",
                "Error: PERSON cannot take a Verdict attribute"), reorder(messages));
    }

    /** The verifier reports relations after event arguments in brat's order; the assertion lists them by check. */
    private static List<String> reorder(List<String> messages) {
        List<String> out = new ArrayList<>();
        for (String prefix : List.of("Error: LOC", "Error: Attribution argument", "Error: Attribution cannot",
                "Error: Claimant", "Error: PERSON cannot take")) {
            messages.stream().filter(m -> m.startsWith(prefix)).forEach(out::add);
        }
        assertEquals(messages.size(), out.size(), messages.toString());
        return out;
    }
}
