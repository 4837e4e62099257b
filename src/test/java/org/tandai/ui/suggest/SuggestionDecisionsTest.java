package org.tandai.ui.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.Status;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;
import org.tandai.suggest.Suggestion;
import org.tandai.suggest.SuggestionKeys;
import org.tandai.suggest.Suggestions;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Edits;

/** The one step an accept or reject makes, without a toolkit (decision 1010). */
class SuggestionDecisionsTest {
    private final ArticleText text = ArticleText.of("Kim bertemu Putin. Kim berkata, Putin tersenyum. Putin pergi.");
    private final DocumentSession s = new DocumentSession(Path.of("a.txt"), text,
            SidecarStore.newDocument(Path.of("a.txt"), text), TagSet.defaults(), null, "ani",
            Clock.fixed(Instant.parse("2026-12-02T00:00:00Z"), ZoneOffset.UTC), org.tandai.i18n.Messages.english());
    private final Map<String, String> ids = new HashMap<>();

    private Pending mention(String name, String type, int start, int end) {
        Entity e = new Entity(null, name, type);
        e.setStatus(Status.SUGGESTED);
        e.mentions().add(Span.of(text, start, end));
        return new Pending(new Suggestion(SuggestionKeys.of(e), Suggestion.ENTITIES, 0.9, e, null), null);
    }

    private boolean apply(SuggestionDecisions step) {
        return s.apply("decide", step.changes());
    }

    @Test
    void acceptingMentionsOfOneNewNameMakesOneAcceptedEntityStampedWithTheAnnotator() {
        SuggestionDecisions step = new SuggestionDecisions(s, ids);
        String a = step.accept(mention("Putin", "PERSON", 12, 17));
        String b = step.accept(mention("Putin", "PERSON", 32, 37));
        assertTrue(apply(step));
        assertEquals(a, b);
        Entity putin = s.entity(a);
        assertEquals(2, putin.mentions().size());
        assertEquals(Status.ACCEPTED, putin.status());
        assertEquals("ani", putin.createdBy());
        assertEquals("ani", putin.updatedBy());
        assertEquals(0.9, ((com.google.gson.JsonPrimitive) putin.extras().get(Suggestions.CONFIDENCE)).getAsDouble());
        s.history().undo();
        assertNull(s.entity(a), "one undo takes the whole step back");
    }

    @Test
    void aMentionJoinsTheEntityNamedInJoins() {
        String kim = new Edits(s).newEntity("Kim Jong Un", "PERSON", Span.of(text, 0, 3));
        Pending p = mention("Kim", "PERSON", 19, 22);
        p.annotation().extras().put(Suggestions.JOINS, new com.google.gson.JsonPrimitive(kim));
        SuggestionDecisions step = new SuggestionDecisions(s, ids);
        assertEquals(kim, step.accept(p));
        assertTrue(apply(step));
        assertEquals(2, s.entity(kim).mentions().size());
        assertEquals(1, s.document().entities().size());
    }

    @Test
    void aRejectionIsAddedAsRejectedAndAViaToAnAcceptedSuggestionIsKept() {
        Source relay = new Source(null);
        relay.setCue(Span.of(text, 23, 29));
        Source relayed = new Source(null);
        relayed.setCue(Span.of(text, 38, 47));
        Pending first = new Pending(new Suggestion("k1", Suggestion.ATTRIBUTIONS, 0.7, relay, null), null);
        Pending second = new Pending(new Suggestion("k2", Suggestion.ATTRIBUTIONS, 0.6, relayed, "k1"), null);
        Pending third = new Pending(new Suggestion("k3", Suggestion.ATTRIBUTIONS, 0.5, relayed.copy(), "k9"), null);
        SuggestionDecisions step = new SuggestionDecisions(s, ids);
        String r = step.accept(first);
        String d = step.accept(second);
        String x = step.reject(third);
        assertTrue(apply(step));
        assertEquals(r, s.source(d).via());
        assertEquals(Status.REJECTED, s.source(x).status());
        assertNull(s.source(x).via(), "a via to a suggestion not accepted is left empty");
    }

    @Test
    void aSuggestionAlreadyInTheSidecarOnlyChangesItsStatus() {
        String id = new Edits(s).newEntity("Kim", "PERSON", Span.of(text, 0, 3));
        Entity inFile = s.entity(id).copy();
        inFile.setStatus(Status.SUGGESTED);
        s.apply("suggested", List.of(org.tandai.ui.common.Change.replace(s.entity(id), inFile)));
        Pending p = new Pending(new Suggestion(SuggestionKeys.of(inFile), Suggestion.ENTITIES, 0.5, inFile, null), id);
        SuggestionDecisions step = new SuggestionDecisions(s, ids);
        assertEquals(id, step.reject(p));
        assertTrue(apply(step));
        assertEquals(Status.REJECTED, s.entity(id).status());
        assertEquals(1, s.document().entities().size());
    }
}
