package org.tandai.ui.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarWriter;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.SameThreadTaskRunner;

/** The Curate view's logic without a toolkit: it asks its host for the curated layer before it reads or edits. */
class CurateViewModelTest {
    @TempDir
    Path dir;

    private final List<String> calls = new ArrayList<>();

    private final CurateHost host = new CurateHost() {
        @Override
        public void ensureCuratedOpen(Runnable then) {
            calls.add("ensureCuratedOpen");
            then.run();
        }

        @Override
        public void reveal(Span span) {
            calls.add("reveal " + span.start() + "-" + span.end());
        }

        @Override
        public void status(String message) {
            calls.add("status " + message);
        }
    };

    private void layer(String slug, ArticleText text, String verdict) throws Exception {
        AnnotatedDocument d = new AnnotatedDocument(new DocumentInfo("a.txt", text.sha256(), null));
        Claim c = new Claim("c1", Span.of(text, 0, 4), "Rain");
        c.setVerdict(verdict);
        c.setCreatedBy(slug);
        d.add(c);
        Path f = dir.resolve("annotators/" + slug + "/a.annotations.json");
        Files.createDirectories(f.getParent());
        Files.writeString(f, SidecarWriter.toJson(d));
    }

    @Test
    void takingAVersionAsksForTheCuratedLayerStampsTheCuratorAndUndoes() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Rain fell today.");
        ArticleText text = ArticleText.of("Rain fell today.");
        layer("ani", text, "true");
        layer("budi", text, "false");
        DocumentSession s = new DocumentSession(article, text, new AnnotatedDocument(new DocumentInfo("a.txt", text.sha256(), null)),
                TagSet.defaults(), null, "Curator Cara", Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC), org.tandai.i18n.Messages.english());
        CurateViewModel vm = new CurateViewModel(host, new SimpleObjectProperty<>(s), new SameThreadTaskRunner(),
                org.tandai.i18n.Messages.english());
        vm.open();
        assertEquals("ensureCuratedOpen", calls.get(0), "the curated layer first, then the reading");
        assertEquals(List.of("ani", "budi"), vm.parties());
        assertEquals(1, vm.rows().size());
        assertEquals("disagreement", vm.rows().get(0).stateText());
        assertEquals("Corpus: 1 disagreement \u00b7 0 incomplete left in 1 article", vm.corpusProgressProperty().get());

        vm.select(vm.rows().get(0));
        assertEquals("reveal 0-4", calls.get(calls.size() - 1));
        calls.clear();
        vm.take("budi");
        assertEquals("ensureCuratedOpen", calls.get(0));
        Claim taken = s.document().claims().get(0);
        assertEquals("false", taken.verdict());
        assertEquals("Curator Cara", taken.createdBy(), "the curator made it, not budi");
        assertEquals(Instant.parse("2026-12-02T10:00:00Z"), taken.createdAt());
        assertEquals("resolved (disagreement)", vm.rows().get(0).stateText());
        assertEquals("This article: 0 disagreements \u00b7 0 incomplete left \u00b7 0 agreed to accept \u00b7 1 resolved",
                vm.articleProgressProperty().get());
        vm.take("budi");
        assertTrue(vm.messageProperty().get().startsWith("The curated layer already has budi's version"), vm.messageProperty().get());
        assertEquals(1, s.history().size(), "nothing applied twice");
        s.history().undo();
        assertEquals(0, s.document().size());
        assertEquals("disagreement", vm.rows().get(0).stateText());
    }
}
