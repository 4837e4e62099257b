package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.Anchor;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.store.DocumentFiles;
import org.tandai.store.SidecarReader;
import org.tandai.store.SidecarStore;
import org.tandai.store.SidecarWriter;

/**
 * Issue 14 item 4 through the real command line: a paragraph deleted from the annotated seed
 * (copied from src/test/resources/fixtures/seed), then {@code tandai reanchor}. The mentions that
 * were in it must be orphaned with their old quotes, never moved onto other occurrences of the
 * same words; and {@code validate} must report two mentions of one entity at one place.
 */
class ReanchorDeletedParagraphTest {
    static final String NAME = "000_39d3cf8f1d629551";

    @TempDir
    Path dir;

    @Test
    void deletedParagraphOrphansItsMentionsInsteadOfMovingThemOntoOtherOccurrences() throws Exception {
        TestFiles.copyFixture("seed", dir);
        Path article = dir.resolve(NAME + ".txt");
        String old = Files.readString(article);
        String deleted = old.lines().filter(l -> l.startsWith("Secara terpisah pada hari Selasa, Kim")).findFirst().orElseThrow() + "\n";
        int from = old.codePointCount(0, old.indexOf(deleted));
        int to = from + deleted.codePointCount(0, deleted.length());
        Files.writeString(article, old.replace(deleted, ""), StandardCharsets.UTF_8);
        ArticleText now = ArticleText.of(Files.readString(article));

        CliRun run = CliRun.of("reanchor", dir.toString());

        assertEquals(3, run.exit(), run.out() + run.err());
        assertFalse(run.hasStackTrace(), run.err());
        AnnotatedDocument saved = SidecarReader.read("x", Files.readString(DocumentFiles.curated(article).sidecar())).document();
        int orphans = 0;
        for (Entity e : saved.entities()) {
            Set<Integer> starts = new HashSet<>();
            Set<Integer> ends = new HashSet<>();
            List<Span> mentions = e.mentions();
            for (int i = 0; i < mentions.size(); i++) {
                Span m = mentions.get(i);
                String where = e.id() + ".mentions[" + i + "] \"" + m.exact() + "\" " + m.start() + ".." + m.end();
                if (m.anchor() == Anchor.ORPHANED) {
                    orphans++;
                    assertTrue(m.start() >= from && m.end() <= to, where + " is orphaned, but its text was not deleted");
                    continue;
                }
                assertEquals(m.exact(), now.slice(m.start(), m.end()), where);
                assertTrue(starts.add(m.start()) && ends.add(m.end()), where + " shares its place with another mention of " + e.id());
            }
        }
        // Kim, hari Selasa and Pyongyang were mentioned in the deleted paragraph.
        assertEquals(Anchor.ORPHANED, saved.entity("e8").mentions().get(0).anchor());
        assertEquals("hari Selasa", saved.entity("e8").mentions().get(0).exact());
        assertEquals(Anchor.OK, saved.entity("e8").mentions().get(1).anchor(), "the other \"hari Selasa\" keeps its own place");
        assertEquals(Anchor.ORPHANED, saved.entity("e1").mentions().get(2).anchor());
        assertEquals(Anchor.ORPHANED, saved.entity("e4").mentions().get(1).anchor());
        assertEquals(3, orphans, "exactly the three mentions of the deleted paragraph");
        assertTrue(run.out().contains(" orphaned"), run.out());

        CliRun validate = CliRun.of("validate", dir.toString());
        assertEquals(0, validate.exit(), validate.err());
    }

    @Test
    void validateReportsTwoMentionsOfOneEntityAtOnePlaceByEntityAndIndex() throws Exception {
        Path article = ReanchorCommandTest.corpus(dir, ReanchorCommandTest.TEXT);
        Path sidecar = DocumentFiles.curated(article).sidecar();
        AnnotatedDocument doc = SidecarReader.read("x", Files.readString(sidecar)).document();
        ArticleText t = ArticleText.of(ReanchorCommandTest.TEXT);
        Entity putin = doc.entity("e1");
        putin.mentions().add(ReanchorCommandTest.span(t, "Vladimir Putin"));
        putin.mentions().add(ReanchorCommandTest.span(t, "Putin"));
        Files.writeString(sidecar, SidecarWriter.toJson(doc), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(sidecar);

        CliRun validate = CliRun.of("validate", dir.toString());

        assertEquals(1, validate.exit(), validate.out() + validate.err());
        assertTrue(validate.err().contains("a.annotations.json: e1.mentions[1]: mention 34..48 (\"Vladimir Putin\") shares its start "
                + "with e1.mentions[0] 34..48: two mentions of one entity at one place"), validate.err());
        assertTrue(validate.err().contains("a.annotations.json: e1.mentions[2]: mention 43..48 (\"Putin\") shares its end "
                + "with e1.mentions[0] 34..48"), validate.err());
        assertFalse(validate.hasStackTrace(), validate.err());
        assertArrayEquals(before, Files.readAllBytes(sidecar), "validate changes nothing");
    }
}
