package org.tandai.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandai.model.ArticleText;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Edits;
import org.tandai.ui.common.SourceDraft;

/** The pre-filled "new source" form, without a toolkit. */
class SourceDraftGuessTest {
    private final ArticleText text = ArticleText.of(
            "\u201cHarga beras naik 20 persen,\u201d kata Budi Santoso di Jakarta.\nMenurut BPS, inflasi 3 persen.");
    private final DocumentSession s = new DocumentSession(Path.of("a.txt"), text,
            SidecarStore.newDocument(Path.of("a.txt"), text), TagSet.defaults(), null, "ani", Clock.systemUTC(), org.tandai.i18n.Messages.english());

    private Span span(String q) {
        int i = text.text().indexOf(q);
        return Span.of(text, i, i + q.length());
    }

    @Test
    void speakerAfterTheCueAndTheQuotedContentArePrefilled() {
        Edits e = new Edits(s);
        String jakarta = e.newEntity("Jakarta", "LOCATION", span("Jakarta"));
        String budi = e.newEntity("Budi Santoso", "PERSON", span("Budi Santoso"));
        SourceDraft d = AnnotateActions.draftFor(s, span("kata"));
        assertEquals(budi, d.speakerId(), "the mention right after the cue, not " + jakarta);
        assertEquals("direct", d.form());
        assertEquals("Harga beras naik 20 persen,", d.content().exact());
    }

    @Test
    void claimsOfTheCuesParagraphAreLinkedInsteadOfContent() {
        Edits e = new Edits(s);
        String c1 = e.newClaim(span("inflasi 3 persen"), "inflasi 3 persen");
        e.newClaim(span("Harga beras naik 20 persen"), "Harga beras naik");
        SourceDraft d = AnnotateActions.draftFor(s, span("Menurut"));
        assertEquals(List.of(c1), d.claimIds());
        assertEquals("indirect", d.form());
        assertNull(d.content());
    }

    @Test
    void theSpeakerOfAThatCueIsTheMentionBeforeIt() {
        ArticleText t = ArticleText.of("Laporan itu juga menyebut Kim menunjukkan bahwa Korea Utara akan menguji rudal.");
        DocumentSession d = new DocumentSession(Path.of("b.txt"), t, SidecarStore.newDocument(Path.of("b.txt"), t),
                TagSet.defaults(), null, "ani", Clock.systemUTC(), org.tandai.i18n.Messages.english());
        Edits e = new Edits(d);
        String kim = e.newEntity("Kim Jong Un", "PERSON", at(t, "Kim"));
        e.newEntity("North Korea", "LOCATION", at(t, "Korea Utara"));
        assertEquals(kim, AnnotateActions.draftFor(d, at(t, "menunjukkan bahwa")).speakerId(), "not the entity after the cue");
        String said = e.newEntity("Budi", "PERSON", at(t, "Laporan"));
        assertEquals(kim, AnnotateActions.draftFor(d, at(t, "menunjukkan bahwa")).speakerId(), "the nearest before: " + said);
    }

    private static Span at(ArticleText t, String q) {
        int i = t.text().indexOf(q);
        return Span.of(t, i, i + q.length());
    }
}
