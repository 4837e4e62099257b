package org.tandai.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tandai.TestFiles;
import org.tandai.model.Anchor;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.Problem;
import org.tandai.store.SidecarReader;
import org.tandai.store.Validator;

/**
 * Issue 14 item 4: deleting, swapping and editing paragraphs of an annotated article, then
 * re-anchoring, must never place a span confidently where its text did not go. Measured on a copy
 * of the committed seed (src/test/resources/fixtures/seed) and on a text full of repeated names.
 */
class DriftLandingTest {
    static final String SEED = "fixtures/seed/000_39d3cf8f1d629551";

    static String seedText() {
        return read(SEED + ".txt");
    }

    static AnnotatedDocument seedDocument() {
        return SidecarReader.read("seed", read(SEED + ".annotations.json")).document();
    }

    private static String read(String resource) {
        try {
            return Files.readString(TestFiles.resource(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edits a fresh copy of the seed, re-anchors it, checks the validator and adds the outcome to the tally. */
    static AnnotatedDocument run(String original, AnnotatedDocument doc, Consumer<EditedText> edit, Landings tally) {
        EditedText edited = new EditedText(original);
        edit.accept(edited);
        ArticleText now = ArticleText.of(edited.text());
        ReanchorReport report = new Reanchorer().reanchor(doc, now);
        tally.add(report, edited, doc);
        List<Problem> errors = Validator.validate("a", now, doc, TagSet.defaults()).stream().filter(Problem::isError).toList();
        assertEquals(List.of(), errors, "re-anchored document must validate");
        return doc;
    }

    @Test
    void deletingAnyParagraphOfTheSeedLandsNoSpanWronglyAndMovesTheRest() {
        String text = seedText();
        int paragraphs = new EditedText(text).paragraphs().size();
        Landings tally = new Landings();
        for (int p = 0; p < paragraphs; p++) {
            int para = p;
            run(text, seedDocument(), e -> {
                int[] r = e.paragraphs().get(para);
                e.delete(r[0], r[1]);
            }, tally);
        }
        System.out.println("seed, each paragraph deleted: " + tally);
        assertEquals(0, tally.wrong + tally.shared + tally.inside, String.join("\n", tally.wrongOnes));
        assertEquals(0, tally.orphanedSurvivors, tally + "\n" + String.join("\n", tally.notMoved));
        assertEquals(0, tally.reviewElsewhere, tally + "\n" + String.join("\n", tally.notMoved));
    }

    @Test
    void swappingParagraphsOfTheSeedMovesEverySpanWithItsParagraph() {
        String text = seedText();
        int paragraphs = new EditedText(text).paragraphs().size();
        Landings tally = new Landings();
        for (int a = 0; a + 1 < paragraphs; a++) {
            for (int b = a + 1; b < paragraphs; b += 3) {
                int pa = a;
                int pb = b;
                run(text, seedDocument(), e -> e.swap(e.paragraphs().get(pa), e.paragraphs().get(pb)), tally);
            }
        }
        System.out.println("seed, paragraphs swapped: " + tally);
        assertEquals(0, tally.wrong + tally.shared + tally.inside, String.join("\n", tally.wrongOnes));
        assertEquals(tally.total(), tally.moved, "every span moves with its paragraph: " + tally + "\n"
                + String.join("\n", tally.notMoved));
    }

    static final String NAMES = "Kim bertemu Putin di Moskow. Kim dan Putin berbicara.\n"
            + "Menurut Kim, Putin setuju. Putin berkata Kim benar.\n"
            + "Rusia dan Korea Utara dekat. Rusia, kata Kim, adalah kawan. Putin diam.\n"
            + "Kim pulang. Putin tinggal. Rusia menunggu Kim dan Putin.\n";

    /** Every occurrence of "Kim", "Putin" and "Rusia" in {@link #NAMES} is a mention of its entity. */
    static AnnotatedDocument names(String text) {
        ArticleText t = ArticleText.of(text);
        AnnotatedDocument doc = new AnnotatedDocument(new DocumentInfo("names.txt", t.sha256(), "id"));
        String[][] entities = {{"e1", "Kim"}, {"e2", "Putin"}, {"e3", "Rusia"}, {"e4", "Korea Utara"}};
        for (String[] e : entities) {
            Entity entity = new Entity(e[0], e[1], e[0].equals("e3") || e[0].equals("e4") ? "LOCATION" : "PERSON");
            for (int u = text.indexOf(e[1]); u >= 0; u = text.indexOf(e[1], u + 1)) {
                entity.mentions().add(Span.of(t, t.toCodePoint(u), t.toCodePoint(u + e[1].length())));
            }
            doc.add(entity);
        }
        return doc;
    }

    @Test
    void repeatedShortNamesInADeletedParagraphAreNeverMovedOntoOtherOccurrences() {
        Landings tally = new Landings();
        int paragraphs = new EditedText(NAMES).paragraphs().size();
        for (int p = 0; p < paragraphs; p++) {
            int para = p;
            AnnotatedDocument doc = run(NAMES, names(NAMES), e -> {
                int[] r = e.paragraphs().get(para);
                e.delete(r[0], r[1]);
            }, tally);
            for (Entity e : doc.entities()) {
                long confident = e.mentions().stream().filter(m -> m.anchor() == Anchor.OK).count();
                long distinct = e.mentions().stream().filter(m -> m.anchor() == Anchor.OK).map(Span::start).distinct().count();
                assertEquals(confident, distinct, e.id() + " has two mentions at one place after deleting paragraph " + p);
            }
        }
        for (int a = 0; a + 1 < paragraphs; a++) {
            int pa = a;
            run(NAMES, names(NAMES), e -> e.swap(e.paragraphs().get(pa), e.paragraphs().get(pa + 1)), tally);
        }
        System.out.println("repeated names, paragraphs deleted and swapped: " + tally);
        assertEquals(0, tally.wrong + tally.shared + tally.inside, String.join("\n", tally.wrongOnes));
        assertTrue(tally.moved >= tally.total() * 3 / 4, "most spans still move: " + tally);
    }
}
