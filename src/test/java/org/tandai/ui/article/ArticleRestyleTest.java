package org.tandai.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.DocumentSession;

/** Which stretches of the text the article pane restyles after a selection or an edit (no toolkit needed). */
class ArticleRestyleTest {
    private static final String FILLER = "Lorem ipsum dolor sit amet. ".repeat(4000);

    @Test
    void selectingAnEntityWithMentionsAtBothEndsRestylesOnlyAroundThem() {
        ArticleText text = ArticleText.of("Budi datang. " + FILLER + "Budi pulang.");
        AnnotatedDocument doc = SidecarStore.newDocument(Path.of("a.txt"), text);
        Entity budi = new Entity(doc.newId(Kind.ENTITY), "Budi", "PERSON");
        int last = text.text().lastIndexOf("Budi");
        budi.mentions().add(Span.of(text, 0, 4));
        budi.mentions().add(Span.of(text, last, last + 4));
        doc.add(budi);
        AnnotationSelection selection = new AnnotationSelection();
        ArticleViewModel vm = new ArticleViewModel(selection);
        List<int[]> restyled = new ArrayList<>();
        vm.setRestyler((a, b) -> restyled.add(new int[] {a, b}));
        vm.sessionProperty().set(new DocumentSession(Path.of("a.txt"), text, doc, TagSet.defaults(), null, "t", Clock.systemUTC(), org.tandai.i18n.Messages.english()));
        restyled.clear();

        selection.select(budi.id(), null);

        assertEquals(2, restyled.size(), "one restyle per mention, not one over the whole article");
        assertEquals(0, restyled.get(0)[0]);
        assertEquals(4, restyled.get(0)[1]);
        assertEquals(last, restyled.get(1)[0]);
        assertEquals(last + 4, restyled.get(1)[1]);
        assertTrue(vm.styles(0, 4).getStyleSpan(0).getStyle().contains("selected"));
        assertTrue(vm.styles(last, last + 4).getStyleSpan(0).getStyle().contains("selected"));
    }
}
