package org.tandai.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.tandai.model.ArticleText;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.ArticleReader;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Edits;
import org.tandai.ui.common.SourceDraft;

/**
 * Example annotations of the bundled seed, made through the same edits the window uses. Only for
 * the screenshot when the seed's own annotation file is not in the checkout yet.
 */
final class SeedDemo {
    private final ArticleText text;
    private final DocumentSession s;
    private final Edits edits;

    private SeedDemo(Path article) throws Exception {
        text = ArticleReader.read(article);
        s = new DocumentSession(article, text, SidecarStore.newDocument(article, text), TagSet.defaults(), null,
                "demo", Clock.systemUTC());
        edits = new Edits(s);
    }

    private Span span(String quote, int nth) {
        int i = -1;
        for (int k = 0; k <= nth; k++) {
            i = text.text().indexOf(quote, i + 1);
            if (i < 0) {
                throw new IllegalStateException("not in seed: " + quote);
            }
        }
        return Span.of(text, text.toCodePoint(i), text.toCodePoint(i + quote.length()));
    }

    private String entity(String name, String type, String quote) {
        String id = edits.newEntity(name, type, span(quote, 0));
        edits.markAllOccurrences(id);
        return id;
    }

    static void annotate(Path article) throws Exception {
        new SeedDemo(article).run();
    }

    private void run() throws Exception {
        String kim = entity("Kim Jong Un", "PERSON", "Kim Jong Un");
        edits.addMention(kim, span("Kim", 1));
        edits.markAllOccurrences(kim);
        String putin = entity("Vladimir Putin", "PERSON", "Vladimir Putin");
        edits.addMention(putin, span("Putin", 1));
        edits.markAllOccurrences(putin);
        entity("Pyongyang", "LOCATION", "Pyongyang");
        entity("Moskow", "LOCATION", "Moskow");
        entity("Rusia", "LOCATION", "Rusia");
        entity("Ukraina", "LOCATION", "Ukraina");
        entity("Korea Utara", "LOCATION", "Korea Utara");
        String yonhap = entity("Yonhap", "MEDIA", "Berita Yonhap");
        String kcna = entity("KCNA", "MEDIA", "KCNA");
        String lewis = entity("Jeffrey Lewis", "PERSON", "Jeffrey Lewis");
        entity("James Martin Center for Nonproliferation Studies", "ORGANIZATION",
                "Pusat Studi Pencegahan Penyebaran Senjata Nuklir James Martin");
        entity("Kang Dae-sik", "PERSON", "Kang Dae-sik");
        entity("Selasa", "DATE", "hari Selasa");
        String nuclear = edits.newClaim(span("Pyongyang akan mempercepat langkah-langkah untuk menjadikan negaranya "
                + "sebagai kekuatan militer super dengan senjata nuklir", 0), "North Korea will accelerate becoming a nuclear military superpower");
        String ties = edits.newClaim(span("hubungan tersebut telah menjadi \u201ctak terkalahkan dan abadi\u201d", 0),
                "Ties between North Korea and Russia have become invincible and eternal");
        String missiles = edits.newClaim(span("Rusia telah mendeploy rudal-rudal Korea Utara di Ukraina", 0),
                "Russia has deployed North Korean missiles in Ukraine");
        edits.update(nuclear, "demo", org.tandai.model.Claim.class, c -> {
            c.setClaimant(kim);
            c.setCheckWorthiness("high");
            c.setVerdict("unverified");
        });
        edits.update(ties, "demo", org.tandai.model.Claim.class, c -> c.setClaimant(kim));
        edits.update(missiles, "demo", org.tandai.model.Claim.class, c -> {
            c.setCheckWorthiness("high");
            c.setVerdict("mostly-true");
        });
        edits.newSource(new SourceDraft(span("mengatakan", 0), kim, null, null, null, null, List.of(nuclear), null, "indirect", null));
        String viaYonhap = edits.newSource(new SourceDraft(span("Menurut", 0), yonhap, null, null, null, null, List.of(), null, "media", null));
        String viaKcna = edits.newSource(new SourceDraft(span("mengutip", 0), kcna, null, null, null, null, List.of(), null, "media", viaYonhap));
        edits.newSource(new SourceDraft(span("mengatakan", 1), kim, null, null, null, null, List.of(ties), null, "indirect", viaKcna));
        edits.newSource(new SourceDraft(span("tambahnya", 0), kim, null, null, null, null, List.of(), span("Pertemuan dan ikatan "
                + "persaudaraan antara kita\u2026 akan memberikan kontribusi positif untuk lebih mengkonsolidasikan dasar abadi "
                + "persahabatan antara RDK dan Rusia", 0), "direct", null));
        edits.newSource(new SourceDraft(span("mengatakan", 2), lewis, null, null, null, null, List.of(), null, "indirect", null));
        new SidecarStore().save(s.article(), s.document());
    }
}
