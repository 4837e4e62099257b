package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.store.Problem;

/** Our own test articles and access to the third-party files in ../shared/data. */
public final class Fixtures {
    /** Two paragraphs with an emoji before every span of the second, typographic quotes and a nested attribution. */
    static final String EMOJI_TEXT = "“Harga beras naik 20 persen 😀,” kata Budi Santoso di Jakarta, Senin (2/12/2024).\n"
            + "Menurut Yonhap 🇰🇷, Kim mengatakan ekspor naik ke-72 kali senilai Rp10.000 miliar.";

    private Fixtures() {
    }

    public static Path shared(String relative) {
        String base = System.getProperty("tandai.test.sharedData", "../shared/data");
        Path p = Path.of(base).resolve(relative);
        assumeTrue(Files.exists(p), "shared data not available: " + p);
        return p;
    }

    static int at(String text, String needle) {
        int i = text.indexOf(needle);
        assertTrue(i >= 0, needle);
        return text.codePointCount(0, i);
    }

    static int end(String text, String needle) {
        return at(text, needle) + needle.codePointCount(0, needle.length());
    }

    /** The emoji article with entities (one overlapping another), a claim, two sources joined by via. */
    static Article emojiArticle() {
        Imported imp = new Imported("emoji", org.tandai.model.ArticleText.of(EMOJI_TEXT));
        String t = EMOJI_TEXT;
        Entity budi = imp.entity("PERSON", at(t, "Budi Santoso"), end(t, "Budi Santoso"));
        budi.setExternalId("https://www.wikidata.org/wiki/Q42");
        imp.entity("LOCATION", at(t, "Jakarta"), end(t, "Jakarta"));
        Entity yonhap = imp.entity("MEDIA", at(t, "Yonhap"), end(t, "Yonhap"));
        Entity kim = imp.entity("PERSON", at(t, "Kim"), end(t, "Kim"));
        imp.entity("OTHER", at(t, "Budi"), end(t, "Budi"));
        Claim c = imp.claim(at(t, "Harga beras naik 20 persen"), end(t, "Harga beras naik 20 persen"));
        c.setVerdict("mostly-false");
        c.setCheckWorthiness("high");
        c.setClaimant(budi.id());
        c.setStatement("Harga beras naik 20 persen");
        Source s1 = imp.source();
        s1.setCue(imp.span(at(t, "kata"), end(t, "kata")));
        s1.setSpeaker(budi.id());
        s1.claimIds().add(c.id());
        s1.setForm("direct");
        Source yon = imp.source();
        yon.setCue(imp.span(at(t, "Menurut"), end(t, "Menurut")));
        yon.setSpeaker(yonhap.id());
        yon.setForm("media");
        Source s2 = imp.source();
        s2.setCue(imp.span(at(t, "mengatakan"), end(t, "mengatakan")));
        s2.setSpeaker(kim.id());
        s2.setContent(imp.span(at(t, "ekspor naik"), end(t, "miliar")));
        s2.setVia(yon.id());
        s2.setForm("indirect");
        s2.setNote("relayed by Yonhap");
        return imp.article();
    }

    /** Collects problems for assertions. */
    static final class Collect implements Consumer<Problem> {
        final List<Problem> all = new ArrayList<>();

        @Override
        public void accept(Problem p) {
            all.add(p);
        }

        List<Problem> errors() {
            return all.stream().filter(Problem::isError).toList();
        }

        boolean mentions(String s) {
            return all.stream().anyMatch(p -> p.toString().contains(s));
        }
    }

    /** Imports one source file into memory. */
    static List<Article> importFile(Importer importer, Path file, Consumer<Problem> problems) throws IOException {
        List<Article> out = new ArrayList<>();
        importer.read(file, a -> out.add(a), problems);
        return out;
    }
}
