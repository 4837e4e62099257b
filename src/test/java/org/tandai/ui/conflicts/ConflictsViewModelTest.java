package org.tandai.ui.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandai.store.DocumentFiles;
import org.tandai.TestFiles;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Conflict;
import org.tandai.store.ArticleReader;
import org.tandai.store.SidecarStore;
import org.tandai.store.SidecarWriter;
import org.tandai.ui.FakeDialogs;
import org.tandai.ui.common.DocumentSession;

/** Resolving merge conflicts without a toolkit: what "take theirs" does for each kind of conflict, and undo. */
class ConflictsViewModelTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> status = new ArrayList<>();

    private DocumentSession session;

    private ConflictsViewModel open(AnnotatedDocument doc) throws Exception {
        DocumentSession s = new DocumentSession(TestFiles.seedArticle(), ArticleReader.read(TestFiles.seedArticle()), doc,
                org.tandai.model.TagSet.defaults(), null, "tester", Clock.systemUTC(), org.tandai.i18n.Messages.english());
        ConflictsViewModel vm = new ConflictsViewModel(dialogs, status::add, org.tandai.i18n.Messages.english());
        vm.setSession(s);
        session = s;
        return vm;
    }

    private static AnnotatedDocument seed() throws Exception {
        return SidecarStore.readSidecar(DocumentFiles.curated(TestFiles.seedArticle()).sidecar()).document();
    }

    @Test
    void theirsDeletionOfAWholeAnnotationDeletesItAndItsReferencesAndUndoRestoresBoth() throws Exception {
        AnnotatedDocument doc = seed();
        String c2 = SidecarWriter.annotationJson(doc.claim("c2"));
        doc.conflicts().add(new Conflict("c2", null, JsonParser.parseString(c2), JsonParser.parseString(c2.replace(
                "\"unverified\"", "\"true\"")), null));
        ConflictsViewModel vm = open(doc);
        assertTrue(doc.source("s1").claimIds().contains("c2"));
        assertTrue(vm.takeTheirs(vm.conflicts().get(0)));
        assertNull(doc.claim("c2"));
        assertFalse(doc.source("s1").claimIds().contains("c2"), "the deletion cleans the references to it");
        assertTrue(vm.conflicts().isEmpty());
        session.history().undo();
        assertEquals("unverified", doc.claim("c2").verdict());
        assertTrue(doc.source("s1").claimIds().contains("c2"));
        assertEquals(1, vm.conflicts().size(), "the list follows undo");
    }

    @Test
    void aTopLevelFieldAndAFieldOfAnAnnotationTakeTheirValue() throws Exception {
        AnnotatedDocument doc = seed();
        doc.extras().put("x-project", new JsonPrimitive("ours"));
        doc.conflicts().add(new Conflict(null, "x-project", null, new JsonPrimitive("ours"), new JsonPrimitive("theirs")));
        doc.conflicts().add(new Conflict("e1", "externalId", null, new JsonPrimitive("wikidata:Q56226"), null));
        ConflictsViewModel vm = open(doc);
        assertTrue(vm.takeTheirs(vm.conflicts().get(0)));
        assertEquals(new JsonPrimitive("theirs"), doc.extras().get("x-project"));
        assertTrue(vm.takeTheirs(vm.conflicts().get(0)));
        assertNull(doc.entity("e1").externalId(), "theirs has none: the field is left out");
        assertEquals("Kim Jong Un", doc.entity("e1").name(), "the other fields stay");
        assertTrue(status.get(status.size() - 1).contains("no conflicts left"), status.toString());
    }

    @Test
    void aValueTheReaderRefusesIsReportedAndChangesNothing() throws Exception {
        AnnotatedDocument doc = seed();
        doc.conflicts().add(new Conflict("e1", "mentions", null, null, new JsonPrimitive(3)));
        ConflictsViewModel vm = open(doc);
        assertFalse(vm.takeTheirs(vm.conflicts().get(0)));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("e1.mentions"), dialogs.errors.toString());
        assertEquals(1, doc.conflicts().size());
    }
}
