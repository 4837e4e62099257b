package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConllRoundTripTest {

    /** Token and tag rows of a CoNLL file, without blank and -DOCSTART- lines. */
    static List<String> rows(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String s = l.strip();
            if (!s.isEmpty() && !s.startsWith("-DOCSTART-")) {
                // NERP has tokens with spaces in tab-separated files; Tandai keeps them as no-break spaces.
                String[] c = s.indexOf('\t') >= 0 ? s.split("\t+") : s.split(" +");
                out.add(c[0].replace('\u00A0', ' ') + " " + c[c.length - 1]);
            }
        }
        return out;
    }

    static Path roundTrip(Path source, Path dir, Fixtures.Collect problems) throws IOException {
        List<Article> articles = Fixtures.importFile(new ConllImporter(), source, problems);
        try (ConllExporter ex = new ConllExporter(dir)) {
            for (Article a : articles) {
                ex.write(a, problems);
            }
            ex.finish();
        }
        return dir.resolve("corpus.conll");
    }

    @ParameterizedTest
    @ValueSource(strings = {"indonlu-nergrit/test_preprocess.txt", "indonlu-nergrit/valid_preprocess.txt"})
    void nergritKeepsEveryTokenAndTag(String file, @TempDir Path dir) throws IOException {
        Path source = Fixtures.shared(file);
        Fixtures.Collect problems = new Fixtures.Collect();
        Path out = roundTrip(source, dir, problems);
        assertTrue(problems.all.isEmpty(), problems.all.toString());
        List<String> want = rows(source);
        List<String> got = rows(out);
        assertEquals(want.size(), got.size());
        assertEquals(want, got);
        assertTrue(want.size() > 5000, "a real file: " + want.size() + " tokens");
    }

    @Test
    void nerpIllFormedTagsAreReportedWithTheirLineAndRepairedToIob2(@TempDir Path dir) throws IOException {
        Path source = Fixtures.shared("indonlu-nerp/valid_preprocess.txt");
        Fixtures.Collect problems = new Fixtures.Collect();
        Path out = roundTrip(source, dir, problems);
        assertTrue(problems.mentions("valid_preprocess.txt: line 211: warning: I-FNB without a preceding B-FNB"),
                problems.all.toString());
        List<String> want = rows(source);
        List<String> got = rows(out);
        assertEquals(want.size(), got.size());
        int repaired = 0;
        for (int i = 0; i < want.size(); i++) {
            String[] w = want.get(i).split(" ");
            String[] g = got.get(i).split(" ");
            assertEquals(w[0], g[0], "token " + i);
            if (!w[1].equals(g[1])) {
                assertEquals(w[1].replaceFirst("^I-", "B-"), g[1], "only a span-starting I- may change, row " + i);
                repaired++;
            }
        }
        assertEquals(problems.all.stream().filter(p -> p.message().contains("without a preceding")).count(), repaired);
        assertTrue(problems.mentions("valid_preprocess.txt: line 92: warning: token \"ketua umum\" contains a space"),
                problems.all.toString());
    }

    @Test
    void docstartSplitsDocumentsAndIob1AndBioesAreRead(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("mixed.conll");
        // CRLF, 4 columns, IOB1 in the first document; BIOES in the second.
        Files.writeString(f, "-DOCSTART- -X- -X- O\r\n\r\nEU NNP B-NP I-ORG\r\nrejects VBZ B-VP O\r\nGerman JJ B-NP I-MISC\r\n\r\n"
                + "-DOCSTART- -X- -X- O\r\n\r\nBudi S-PER\r\nSantoso O\r\ndi O\r\nKota B-LOC\r\nBaru E-LOC\r\n");
        Fixtures.Collect problems = new Fixtures.Collect();
        List<Article> docs = Fixtures.importFile(new ConllImporter(), f, problems);
        assertTrue(problems.all.isEmpty(), problems.all.toString());
        assertEquals(2, docs.size());
        assertEquals("EU rejects German", docs.get(0).text().text());
        assertEquals(List.of("ORG", "MISC"), docs.get(0).doc().entities().stream().map(e -> e.type()).toList());
        assertEquals(List.of("Budi", "Kota Baru"), docs.get(1).doc().entities().stream().map(e -> e.name()).toList());
        assertEquals("mixed-2", docs.get(1).name());
    }

    @Test
    void doccanosInvalidConllGetsALocatedErrorAndTheRestImports() throws IOException {
        Path source = Fixtures.shared("doccano/backend/data_import/tests/data/sequence_labeling/labeling.invalid.conll");
        Fixtures.Collect problems = new Fixtures.Collect();
        List<Article> docs = Fixtures.importFile(new ConllImporter(), source, problems);
        assertEquals(1, problems.all.size(), problems.all.toString());
        assertTrue(problems.mentions("labeling.invalid.conll: line 1: tag \"SOCCERO\" is not O"), problems.all.toString());
        assertEquals(List.of("JAPAN", "CHINA", "Nadim Ladki", "AL-AIN", "United Arab Emirates"),
                docs.get(0).doc().entities().stream().map(e -> e.name()).toList());
    }

    @Test
    void spansOffTokenBoundariesAreReportedNotShifted(@TempDir Path dir) throws IOException {
        Article a = Fixtures.emojiArticle();
        String t = Fixtures.EMOJI_TEXT;
        org.tandai.model.Entity money = new org.tandai.model.Entity("e99", "Rp10", "OTHER");
        money.mentions().add(org.tandai.model.Span.of(a.text(), Fixtures.at(t, "Rp10"), Fixtures.end(t, "Rp10")));
        a.doc().add(money);
        Fixtures.Collect problems = new Fixtures.Collect();
        try (ConllExporter ex = new ConllExporter(dir)) {
            ex.write(a, problems);
            ex.finish();
        }
        String conll = Files.readString(dir.resolve("corpus.conll"));
        assertTrue(conll.startsWith("-DOCSTART- O\n\n“ O\nHarga O\n"), conll);
        assertTrue(conll.contains("Budi B-PERSON\nSantoso I-PERSON\n"), conll);
        assertTrue(conll.contains("😀 O\n, O\n” O\nkata O\n"), conll);
        // "Budi" (OTHER) overlaps "Budi Santoso": CoNLL cannot nest, so it is reported.
        assertTrue(problems.mentions("overlaps another entity span"), problems.all.toString());
        assertTrue(problems.mentions("emoji.txt: e99.mentions[0]: warning: \"Rp10\" (") 
                && problems.mentions("does not fall on token boundaries"), problems.all.toString());
        assertTrue(conll.contains("Rp10.000 O\n"), conll);
    }
}
