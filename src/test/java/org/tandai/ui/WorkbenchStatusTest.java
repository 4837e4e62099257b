package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Span;

/** The status bar's counts: singular for one, relations shown once there are some. */
class WorkbenchStatusTest {
    @Test
    void oneIsSingularAndRelationsAppearOnceThereAreSome() {
        ArticleText text = ArticleText.of("Budi berkata harga naik.");
        AnnotatedDocument d = new AnnotatedDocument(new DocumentInfo("a.txt", text.sha256(), "id"));
        Entity budi = new Entity("e1", "Budi", "PERSON");
        budi.mentions().add(Span.of(text, 0, 4));
        d.add(budi);
        d.add(new Claim("c1", Span.of(text, 13, 23), "harga naik"));
        assertEquals("1 entity \u00b7 1 mention \u00b7 1 claim \u00b7 0 sources", WorkbenchStatus.counts(org.tandai.i18n.Messages.english(), d));
        d.add(new Claim("c2", Span.of(text, 13, 18), "harga"));
        d.add(new Relation("r1", "supports", "c2", "c1"));
        assertEquals("1 entity \u00b7 1 mention \u00b7 2 claims \u00b7 0 sources \u00b7 1 relation", WorkbenchStatus.counts(org.tandai.i18n.Messages.english(), d));
    }
}
